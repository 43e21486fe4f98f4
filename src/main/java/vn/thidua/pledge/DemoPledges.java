package vn.thidua.pledge;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.org.DemoOrganisation;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;

/**
 * With {@code THIDUA_DEMO=true}, the seed plan gets the registrations of the demo school, once, in the mixed states
 * of a real registration round in February 2022: most people approved, some submitted and waiting, a few drafts, one
 * returned for changes, one withdrawn, and the faculties and offices registered as collectives.
 */
public class DemoPledges {

    private static final Logger LOG = Logger.getLogger(DemoPledges.class);

    @Inject
    ThiduaConfig config;
    @Inject
    DemoOrganisation organisation;
    @Inject
    PledgeRepository pledges;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    /** After the demo plan (DemoPlans observes at APPLICATION + 600). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        if (config.demo()) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        pledges.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(7401005)").getSingleResult();
        @SuppressWarnings("unchecked")
        List<java.util.UUID> plan = pledges.getEntityManager().createNativeQuery(
                "SELECT p.id FROM plan p JOIN org_unit u ON u.id = p.issuing_unit_id "
                        + "WHERE p.number = '99-KH/TCT' AND u.code = 'TCT'").getResultList();
        if (plan.isEmpty() || pledges.count("planId", plan.get(0)) > 0) {
            return;
        }
        DemoOrganisation.DemoTree school = organisation.tree("TCT").orElseThrow();
        OffsetDateTime submitted = OffsetDateTime.of(2022, 2, 25, 9, 0, 0, 0, ZoneOffset.ofHours(7));
        OffsetDateTime decided = OffsetDateTime.of(2022, 3, 2, 14, 0, 0, 0, ZoneOffset.ofHours(7));
        int index = 0;
        for (OrgDirectory.PersonRef person : school.people()) {
            boolean leader = person.position() != null && (person.position().startsWith("Hiệu trưởng")
                    || person.position().startsWith("Trưởng khoa") || person.position().startsWith("Trưởng phòng"));
            List<String> titles = leader ? List.of("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER")
                    : List.of("ADVANCED_WORKER");
            Pledge pledge = pledge(plan.get(0), SubjectKind.PERSON, person.id(), person.unitId(), person.fullName(),
                    titles, List.of(new Commitment("GD5T", leader
                            ? "Lãnh đạo đơn vị hoàn thành xuất sắc nhiệm vụ; có ít nhất một sáng kiến được công nhận"
                            : "Hoàn thành tốt nhiệm vụ được giao; thực hiện văn hóa công sở")));
            switch (index++ % 10) {
                case 0, 1, 2, 3, 4 -> approve(pledge, submitted, decided);
                case 5, 6 -> submit(pledge, submitted);
                case 7 -> pledge.status = PledgeStatus.DRAFT;
                case 8 -> {
                    submit(pledge, submitted);
                    pledge.status = PledgeStatus.RETURNED;
                    pledge.statusReason = "Bổ sung cam kết cho phong trào “Giảng dạy tốt, nghiên cứu tốt, học tập tốt, "
                            + "quản lý tốt, phục vụ tốt”";
                    pledge.decidedBy = "tct.unithead";
                    pledge.decidedAt = decided;
                }
                default -> {
                    submit(pledge, submitted);
                    pledge.status = PledgeStatus.WITHDRAWN;
                }
            }
            save(pledge);
        }
        int unitIndex = 0;
        for (OrgDirectory.UnitRef unit : school.units()) {
            if (unit.code().equals("TCT")) {
                continue;
            }
            Pledge pledge = pledge(plan.get(0), SubjectKind.UNIT, null, unit.id(), unit.name(),
                    List.of("ADVANCED_COLLECTIVE"), List.of());
            if (unitIndex++ % 3 == 2) {
                submit(pledge, submitted);
            } else {
                approve(pledge, submitted, decided);
                pledge.decidedBy = "tct.board";
            }
            save(pledge);
        }
        LOG.infof("Loaded the demo registrations of plan 99-KH/TCT: %d pledges", pledges.count("planId", plan.get(0)));
    }

    private static Pledge pledge(java.util.UUID planId, SubjectKind kind, java.util.UUID personId,
            java.util.UUID unitId, String name, List<String> titles, List<Commitment> commitments) {
        Pledge pledge = new Pledge();
        pledge.id = java.util.UUID.randomUUID();
        pledge.planId = planId;
        pledge.subjectKind = kind;
        pledge.personId = personId;
        pledge.unitId = unitId;
        pledge.subjectName = name;
        pledge.titles = new java.util.ArrayList<>(titles);
        pledge.commitments = new java.util.ArrayList<>(commitments);
        pledge.createdBy = "tct.unithead";
        pledge.createdAt = OffsetDateTime.of(2022, 2, 18, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        pledge.updatedAt = pledge.createdAt;
        return pledge;
    }

    private static void submit(Pledge pledge, OffsetDateTime at) {
        pledge.status = PledgeStatus.SUBMITTED;
        pledge.submittedBy = "tct.unithead";
        pledge.submittedAt = at;
    }

    private static void approve(Pledge pledge, OffsetDateTime submitted, OffsetDateTime decided) {
        submit(pledge, submitted);
        pledge.status = PledgeStatus.APPROVED;
        pledge.decidedBy = "tct.unithead";
        pledge.decidedAt = decided;
    }

    private void save(Pledge pledge) {
        pledges.persist(pledge);
        PledgeResponse state = PledgeResponse.from(pledge);
        audit.recordAs(null, "pledge.created", "pledge", pledge.id.toString(), pledge.unitId, null, state);
        outbox.record(new DomainEvent("pledge." + pledge.status.name().toLowerCase(java.util.Locale.ROOT), "pledge",
                pledge.id.toString(), pledge.unitId, state));
    }
}
