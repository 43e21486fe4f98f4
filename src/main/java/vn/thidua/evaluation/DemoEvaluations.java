package vn.thidua.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.org.SubjectKind;
import vn.thidua.pledge.PledgeResponse;
import vn.thidua.pledge.PledgeService;

/**
 * With {@code THIDUA_DEMO=true}, the evaluations of the seed plan 99-KH/TCT as the school held them in December 2022,
 * once: every approved pledge evaluated, reviewed at its unit's meeting with the attestations made and submitted to
 * the council ({@code DemoCouncil} holds its session), except two:
 * one person still at the self-assessment (nothing attested yet) and one whose unit did not attest solidarity. With
 * the demo school's records ({@code DemoHistory}) the eligibility of the plan then shows every kind of outcome.
 */
@ApplicationScoped
public class DemoEvaluations {

    private static final Logger LOG = Logger.getLogger(DemoEvaluations.class);
    private static final OffsetDateTime REVIEWED = OffsetDateTime.of(2022, 12, 20, 15, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final OffsetDateTime SUBMITTED = REVIEWED.plusDays(1);
    /** Still self-assessed: the unit has not met yet. */
    static final Set<String> NOT_REVIEWED = Set.of("TCT-013");
    /** The unit did not attest solidarity and activity in the movements. */
    static final Set<String> NOT_ATTESTED = Set.of("TCT-018");

    @Inject
    ThiduaConfig config;
    @Inject
    EvaluationRepository evaluations;
    @Inject
    PledgeService pledges;

    /** After the demo records (DemoHistory observes at APPLICATION + 800). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (config.demo()) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        var em = evaluations.getEntityManager();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7401007)").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> plan = em.createNativeQuery("SELECT p.id, u.path FROM plan p JOIN org_unit u ON "
                + "u.id = p.issuing_unit_id WHERE p.number = '99-KH/TCT' AND u.code = 'TCT'").getResultList();
        if (plan.isEmpty() || evaluations.count("planId", plan.get(0)[0]) > 0) {
            return;
        }
        UUID planId = (UUID) plan.get(0)[0];
        @SuppressWarnings("unchecked")
        List<Object[]> codes = em.createNativeQuery("SELECT p.id, p.code FROM person p JOIN org_unit u ON u.id = p.unit_id "
                + "WHERE u.path LIKE ?1").setParameter(1, plan.get(0)[1] + "%").getResultList();
        java.util.Map<UUID, String> codeOf = new java.util.HashMap<>();
        codes.forEach(row -> codeOf.put((UUID) row[0], (String) row[1]));
        List<Evaluation> made = new ArrayList<>();
        for (PledgeResponse pledge : pledges.approvedWithin(planId, null, (String) plan.get(0)[1])) {
            String code = pledge.personId() == null ? null : codeOf.get(pledge.personId());
            Evaluation evaluation = new Evaluation();
            evaluation.id = UUID.randomUUID();
            evaluation.planId = planId;
            evaluation.subjectKind = pledge.subjectKind();
            evaluation.personId = pledge.personId();
            evaluation.unitId = pledge.unitId();
            evaluation.subjectName = pledge.subjectName();
            evaluation.pledgeId = pledge.id();
            evaluation.createdBy = "tct.unithead";
            evaluation.createdAt = REVIEWED.minusDays(10);
            evaluation.achievements = pledge.subjectKind() == SubjectKind.PERSON
                    ? "Hoàn thành các nhiệm vụ được giao năm 2022; thực hiện tốt phong trào “Giảng dạy tốt, nghiên cứu "
                            + "tốt, học tập tốt, quản lý tốt, phục vụ tốt”"
                    : "Đơn vị hoàn thành tốt nhiệm vụ năm học 2022";
            evaluation.status = EvaluationStatus.SELF_ASSESSED;
            evaluation.selfAssessedBy = "tct.unithead";
            evaluation.selfAssessedAt = REVIEWED.minusDays(5);
            if (code == null || !NOT_REVIEWED.contains(code)) {
                evaluation.status = EvaluationStatus.UNIT_REVIEWED;
                evaluation.proposedTitles = new ArrayList<>(pledge.titles());
                evaluation.meetingDate = LocalDate.of(2022, 12, 20);
                evaluation.votesTotal = 20;
                evaluation.votesFor = 18;
                evaluation.votesAgainst = 2;
                evaluation.reviewedBy = "tct.unithead";
                evaluation.reviewedAt = REVIEWED;
                AttestationKey key = pledge.subjectKind() == SubjectKind.PERSON
                        ? AttestationKey.SOLIDARITY_AND_MOVEMENTS : AttestationKey.COMPLIANCE;
                evaluation.attestations.put(key, new Attestation(code == null || !NOT_ATTESTED.contains(code),
                        "tct.unithead", REVIEWED, null));
                evaluation.status = EvaluationStatus.SUBMITTED_TO_COUNCIL;
                evaluation.submittedBy = "tct.board";
                evaluation.submittedAt = SUBMITTED;
            }
            evaluation.updatedAt = evaluation.selfAssessedAt;
            made.add(evaluation);
        }
        evaluations.persistAll(made);
        LOG.infof("Loaded the demo evaluations of plan 99-KH/TCT: %d", made.size());
    }
}
