package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.eligibility.Facts.criterion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.catalog.RuleSetFixtures;
import vn.thidua.evaluation.AttestationKey;
import vn.thidua.history.DisciplineMeasure;
import vn.thidua.history.EffectLevel;
import vn.thidua.history.Rating;

/**
 * The rule sets the migration seeds, run through the engine: every criterion names a rule the engine knows with
 * parameters it can read, every sentence has its wording in both languages, and the differences between the regimes
 * come out as the law has them.
 */
class SeededRuleSetsTest {

    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";

    static RuleSetDefinition set(String code) {
        return RuleSetFixtures.seeded().get(code);
    }

    /** A year inside the set's validity. */
    static int yearOf(RuleSetDefinition set) {
        LocalDate to = set.validTo() == null ? set.validFrom().plusYears(1) : set.validTo();
        return to.getYear();
    }

    /** A small unit whose people exercise every rule: ratings, initiatives, chains, discipline, attestations. */
    static List<Facts.Subject> unitAndPeople(int year) {
        Facts.Subject unit = Facts.unit("Khoa Xây dựng Đảng").rated(year, Rating.EXCELLENT)
                .attested(AttestationKey.COMPLIANCE, true).registered("EXCELLENT_COLLECTIVE");
        List<Facts.Subject> all = new ArrayList<>(List.of(unit));
        Rating[] ratings = Rating.values();
        for (int i = 0; i < 12; i++) {
            Facts.Subject person = Facts.person("Giảng viên " + i, unit).rated(year, ratings[i % 4], 4 + i)
                    .rated(year - 1, Rating.EXCELLENT).registered(i % 3 == 0 ? "PROVINCE_EMULATION_FIGHTER" : CSTDCS)
                    .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, i % 5 != 0)
                    .awarded(year - 1, CSTDCS).awarded(year - 2, CSTDCS).initiative(year, EffectLevel.values()[i % 3]);
            if (i == 7) {
                person.disciplined(DisciplineMeasure.WARNING, LocalDate.of(year, 3, 1), LocalDate.of(year, 8, 31));
            }
            if (i == 8) {
                person.proceeding(LocalDate.of(year, 10, 1), null);
            }
            all.add(person);
        }
        return all;
    }

    @TestFactory
    List<DynamicTest> everySeededSetRunsOverEveryTitle() {
        List<DynamicTest> tests = new ArrayList<>();
        RuleSetFixtures.seeded().values().forEach(set -> tests.add(DynamicTest.dynamicTest(set.code(), () -> {
            int year = yearOf(set);
            List<Facts.Subject> all = unitAndPeople(year);
            EligibilityEngine engine = Facts.engine(set, Period.year(year), all.subList(1, all.size()),
                    all.subList(0, 1));
            EligibilityText vi = new EligibilityText(Locale.forLanguageTag("vi"), Map.of());
            EligibilityText en = new EligibilityText(Locale.ENGLISH, Map.of());
            int titles = 0;
            for (Facts.Subject subject : all) {
                for (TitleResult title : engine.judge(subject.id)) {
                    titles++;
                    vi.summary(title);
                    en.summary(title);
                    title.criteria().forEach(c -> {
                        vi.sentence(c);
                        en.sentence(c);
                    });
                }
            }
            assertTrue(titles >= 12 * 5, set.code() + " judged " + titles + " titles");
        })));
        return tests;
    }

    /** An excellent advanced worker without an initiative, registered for CSTĐCS, in the set's year. */
    static TitleResult excellentWithoutInitiative(String code) {
        RuleSetDefinition set = set(code);
        int year = yearOf(set);
        Facts.Subject person = Facts.person("Lò Thị Mai").rated(year, Rating.EXCELLENT).registered(CSTDCS)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        return Facts.engine(set, Period.year(year), List.of(person), List.of()).judge(person.id, CSTDCS);
    }

    @Test
    void underThe2022LawAnExcellentRatingSufficesForCstdcs() {
        assertEquals(Outcome.PASS, excellentWithoutInitiative("LAW2022_ND98").outcome());
        assertEquals(Outcome.PASS, excellentWithoutInitiative("LAW2022_ND152").outcome());
        assertTrue(excellentWithoutInitiative("LAW2022_ND152").awaitingCouncil());
    }

    @Test
    void theOldRegimeAndTheReportedAmendmentAlsoRequireAnInitiative() {
        assertEquals(Outcome.FAIL, excellentWithoutInitiative("LAW2013_ND91").outcome());
        assertEquals(Outcome.FAIL, excellentWithoutInitiative("LAW2026_AMEND").outcome());
    }

    @Test
    void onlyTheOldRegimeCapsGrassrootsFighters() {
        assertTrue(set("LAW2013_ND91").settings().get("quota." + CSTDCS).has("ratio"));
        assertTrue(set("LAW2022_ND152").settings().get("quota." + CSTDCS).isNull());
    }

    @Test
    void theCouncilVoteThresholdsOfTheSeedAreStated() {
        int year = yearOf(set("LAW2022_ND152"));
        Facts.Subject person = Facts.person("Lò Thị Mai").rated(year, Rating.EXCELLENT).registered(CSTDCS)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        TitleResult result = Facts.engine(set("LAW2022_ND152"), Period.year(year), List.of(person), List.of())
                .judge(person.id, CSTDCS);
        CriterionResult vote = criterion(result, "vote");
        assertEquals("ALL_MEMBERS", vote.values().get("base"));
        assertEquals(0, new java.math.BigDecimal("0.8").compareTo((java.math.BigDecimal) vote.values().get("minRatio")));
        assertEquals("Chờ Hội đồng Thi đua – Khen thưởng bỏ phiếu: cần phiếu đồng ý từ 80% trở lên tính trên tổng số "
                + "thành viên Hội đồng", new EligibilityText(Locale.forLanguageTag("vi"), Map.of()).sentence(vote));
    }
}
