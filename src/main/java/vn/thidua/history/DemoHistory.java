package vn.thidua.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.org.DemoOrganisation;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;

/**
 * With {@code THIDUA_DEMO=true}, the demo school's records of 2020–2022 as its personnel office keeps them, once: every
 * person's annual assessments, the titles conferred in 2020 and 2021, the initiatives recognised, one reprimand and
 * one disciplinary procedure still pending; chosen so that the eligibility of the 2022 plan shows every kind of
 * outcome (see README, "Evaluations and eligibility"). Written by {@code demo}, IMPORTED as past records are.
 */
@ApplicationScoped
public class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class);
    private static final String BY = "demo";
    /** The school's leaders: rated excellent in 2022, with an initiative of their own. */
    static final Set<String> LEADERS = Set.of("TCT-001", "TCT-002", "TCT-003", "TCT-011", "TCT-015", "TCT-020",
            "TCT-024", "TCT-028");
    /** Rated only "completed" in 2022. */
    static final Set<String> COMPLETED = Set.of("TCT-009", "TCT-010");
    /** Recruited in 2022: five months of service. */
    static final String RECRUIT = "TCT-029";
    static final String REPRIMANDED = "TCT-022";
    static final String UNDER_PROCEDURE = "TCT-026";

    @Inject
    ThiduaConfig config;
    @Inject
    DemoOrganisation organisation;
    @Inject
    EntityManager em;

    /** After the demo registrations (DemoPledges observes at APPLICATION + 700). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) StartupEvent event) {
        if (config.demo()) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7401006)").getSingleResult();
        var school = organisation.tree("TCT");
        if (school.isEmpty() || !em.createQuery("select a.id from AnnualAssessment a where a.createdBy = :by",
                UUID.class).setParameter("by", BY).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        for (OrgDirectory.PersonRef person : school.get().people()) {
            String code = person.code();
            if (!code.equals(RECRUIT)) {
                assess(person, 2020, Rating.GOOD, 12);
                assess(person, 2021, LEADERS.contains(code) ? Rating.EXCELLENT : Rating.GOOD, 12);
                award(person, 2020, "ADVANCED_WORKER", "15-QĐ/TCT", LocalDate.of(2021, 1, 15));
                award(person, 2021, "ADVANCED_WORKER", "12-QĐ/TCT", LocalDate.of(2022, 1, 14));
            }
            Rating rating = LEADERS.contains(code) ? Rating.EXCELLENT
                    : COMPLETED.contains(code) ? Rating.COMPLETED : Rating.GOOD;
            assess(person, 2022, rating, code.equals(RECRUIT) ? 5 : 12);
            if (LEADERS.contains(code) && !code.equals("TCT-003")) {
                initiative(person, 2022, EffectLevel.BASE, "Đổi mới công tác của " + person.unitName()
                        + " năm 2022 (" + code + ")", "98-QĐ/TCT", LocalDate.of(2022, 11, 25));
            }
        }
        Map<String, OrgDirectory.PersonRef> byCode = new java.util.HashMap<>();
        school.get().people().forEach(p -> byCode.put(p.code(), p));
        // the head of the faculty of mass mobilisation: CSTĐCS in 2020 and 2021 and a province-wide initiative, a
        // candidate for CSTĐ tỉnh in 2022
        OrgDirectory.PersonRef principal = byCode.get("TCT-028");
        award(principal, 2020, "GRASSROOTS_EMULATION_FIGHTER", "16-QĐ/TCT", LocalDate.of(2021, 1, 15));
        award(principal, 2021, "GRASSROOTS_EMULATION_FIGHTER", "13-QĐ/TCT", LocalDate.of(2022, 1, 14));
        initiative(principal, 2021, EffectLevel.PROVINCE, "Mô hình bồi dưỡng lý luận chính trị cho cán bộ cơ sở "
                + "vùng đồng bào dân tộc thiểu số", "1520/QĐ-UBND", LocalDate.of(2021, 12, 10));
        // a vice-principal with a gap year; a head of faculty whose 2020 title was annulled
        award(byCode.get("TCT-002"), 2020, "GRASSROOTS_EMULATION_FIGHTER", "16-QĐ/TCT", LocalDate.of(2021, 1, 15));
        AwardRecord annulled = award(byCode.get("TCT-015"), 2020, "GRASSROOTS_EMULATION_FIGHTER", "16-QĐ/TCT",
                LocalDate.of(2021, 1, 15));
        annulled.revokedOn = LocalDate.of(2022, 3, 1);
        annulled.revocationNumber = "41-QĐ/TCT";
        annulled.revocationReason = "Sáng kiến làm căn cứ khen thưởng không đúng tác giả";
        award(byCode.get("TCT-015"), 2021, "GRASSROOTS_EMULATION_FIGHTER", "13-QĐ/TCT", LocalDate.of(2022, 1, 14));
        DisciplinaryRecord reprimand = subject(new DisciplinaryRecord(), byCode.get(REPRIMANDED));
        reprimand.measure = DisciplineMeasure.REPRIMAND;
        reprimand.decidedOn = LocalDate.of(2022, 4, 15);
        reprimand.servedUntil = LocalDate.of(2022, 10, 14);
        reprimand.decisionNumber = "35-QĐ/TCT";
        em.persist(reprimand);
        DisciplinaryProceeding pending = subject(new DisciplinaryProceeding(), byCode.get(UNDER_PROCEDURE));
        pending.kind = ProceedingKind.DISCIPLINE;
        pending.openedOn = LocalDate.of(2022, 12, 5);
        pending.reference = "Thông báo 07/TB-UBKT";
        em.persist(pending);
        for (OrgDirectory.UnitRef unit : school.get().units()) {
            AnnualAssessment assessment = unit(new AnnualAssessment(), unit);
            assessment.year = 2022;
            assessment.rating = Set.of("TCT", "TCT-KLLCS").contains(unit.code()) ? Rating.EXCELLENT : Rating.GOOD;
            em.persist(assessment);
        }
        LOG.infof("Loaded the demo school's records of 2020–2022 (%d people)", school.get().people().size());
    }

    private void assess(OrgDirectory.PersonRef person, int year, Rating rating, int months) {
        AnnualAssessment assessment = subject(new AnnualAssessment(), person);
        assessment.year = year;
        assessment.rating = rating;
        assessment.monthsEmployed = months;
        em.persist(assessment);
    }

    private AwardRecord award(OrgDirectory.PersonRef person, int year, String code, String number, LocalDate date) {
        AwardRecord award = subject(new AwardRecord(), person);
        award.year = year;
        award.awardCode = code;
        award.decisionNumber = number;
        award.decisionDate = date;
        award.authority = "Hiệu trưởng Trường Chính trị tỉnh Lai Châu";
        award.source = AwardSource.IMPORTED;
        em.persist(award);
        return award;
    }

    private void initiative(OrgDirectory.PersonRef author, int year, EffectLevel level, String title, String number,
            LocalDate recognised) {
        Initiative initiative = new Initiative();
        initiative.created(BY);
        initiative.unitId = author.unitId();
        initiative.kind = InitiativeKind.INITIATIVE;
        initiative.title = title;
        initiative.authorIds = new java.util.LinkedHashSet<>(List.of(author.id()));
        initiative.recognisedBy = level == EffectLevel.PROVINCE ? "Ủy ban nhân dân tỉnh Lai Châu"
                : "Hội đồng sáng kiến Trường Chính trị tỉnh Lai Châu";
        initiative.decisionNumber = number;
        initiative.recognisedOn = recognised;
        initiative.year = year;
        initiative.level = level;
        em.persist(initiative);
    }

    private static <R extends SubjectRecord> R subject(R record, OrgDirectory.PersonRef person) {
        record.created(BY);
        record.subjectKind = SubjectKind.PERSON;
        record.personId = person.id();
        record.unitId = person.unitId();
        return record;
    }

    private static <R extends SubjectRecord> R unit(R record, OrgDirectory.UnitRef unit) {
        record.created(BY);
        record.subjectKind = SubjectKind.UNIT;
        record.unitId = unit.id();
        return record;
    }
}
