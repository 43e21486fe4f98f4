package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.eligibility.Facts.advancedWorker;
import static vn.thidua.evaluation.eligibility.Facts.criterion;
import static vn.thidua.evaluation.eligibility.Facts.judge;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.evaluation.AttestationKey;
import vn.thidua.history.DisciplineMeasure;
import vn.thidua.history.EffectLevel;
import vn.thidua.history.Rating;

/** The criteria of individual titles, one fact changed at a time from a person who meets them all. */
class IndividualRulesTest {

    static final String LDTT = "ADVANCED_WORKER";
    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";

    @Test
    void aPersonMeetingEveryCriterionIsAnAdvancedWorker() {
        TitleResult result = judge(advancedWorker("Lò Văn Minh", 2025), LDTT, 2025);
        assertEquals(Outcome.PASS, result.outcome(), result.toString());
        assertFalse(result.awaitingCouncil());
        assertEquals(List.of("noPendingProceeding", "afterServedDiscipline", "rating", "registered", "employment",
                "discipline", "solidarity"), result.criteria().stream().map(CriterionResult::id).toList());
    }

    @Test
    void ratingMustBeGoodOrBetter() {
        assertEquals(Outcome.PASS, criterion(judge(advancedWorker("A", 2025).rated(2024, Rating.COMPLETED), LDTT,
                2025), "rating").outcome());
        var completed = Facts.person("B").rated(2025, Rating.COMPLETED).registered(LDTT)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        CriterionResult rating = criterion(judge(completed, LDTT, 2025), "rating");
        assertEquals(Outcome.FAIL, rating.outcome());
        assertEquals("COMPLETED", rating.values().get("rating"));
        assertEquals("GOOD", rating.values().get("min"));
    }

    @Test
    void aMissingRatingNeedsReviewRatherThanFailing() {
        var unrated = Facts.person("C").registered(LDTT).attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        TitleResult result = judge(unrated, LDTT, 2025);
        assertEquals(Outcome.NEEDS_REVIEW, criterion(result, "rating").outcome());
        assertEquals(Outcome.NEEDS_REVIEW, result.outcome());
    }

    @Test
    void noRegistrationNoTitleAndAPendingOneNeedsReview() {
        var none = Facts.person("D").rated(2025, Rating.GOOD).attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        assertEquals(Outcome.FAIL, judge(none, LDTT, 2025).outcome());
        var pending = Facts.person("E").rated(2025, Rating.GOOD).registrationPending(LDTT)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        assertEquals(Outcome.NEEDS_REVIEW, criterion(judge(pending, LDTT, 2025), "registered").outcome());
        var higher = Facts.person("F").rated(2025, Rating.GOOD).registered(CSTDCS)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        assertEquals(Outcome.PASS, criterion(judge(higher, LDTT, 2025), "registered").outcome(),
                "registering for a higher title covers the lower");
    }

    @Test
    void anAgencyThatSwitchesRegistrationOffIsNotAsked() {
        RuleSetDefinition set = Facts.law2022();
        var none = Facts.person("G").rated(2025, Rating.GOOD).attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        EligibilityEngine engine = Facts.engine(set, Period.year(2025),
                path -> Facts.with(set, Map.of("registration.required", false)), List.of(none), List.of());
        TitleResult result = engine.judge(none.id, LDTT);
        assertEquals(Outcome.NOT_APPLICABLE, criterion(result, "registered").outcome());
        assertEquals(Outcome.PASS, result.outcome());
    }

    @Test
    void sixMonthsOfServiceAreNeededAndFiveAreNot() {
        assertEquals(Outcome.PASS, judge(advancedWorker("H", 2025).rated(2025, Rating.GOOD, 6), LDTT, 2025)
                .criteria().stream().filter(c -> c.id().equals("employment")).findFirst().orElseThrow().outcome());
        var recruit = Facts.person("I").rated(2025, Rating.GOOD, 5).registered(LDTT)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        CriterionResult employment = criterion(judge(recruit, LDTT, 2025), "employment");
        assertEquals(Outcome.FAIL, employment.outcome());
        assertEquals(5, employment.values().get("monthsEmployed"));
        assertEquals(6, employment.values().get("minMonths"));
        var unknown = Facts.person("J").rated(2025, Rating.GOOD, null).registered(LDTT)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        assertEquals(Outcome.NEEDS_REVIEW, criterion(judge(unknown, LDTT, 2025), "employment").outcome());
    }

    @Test
    void anAgencyOverrideChangesTheMonthsForItsSubtreeOnly() {
        RuleSetDefinition set = Facts.law2022();
        var inside = Facts.person("K").rated(2025, Rating.GOOD, 5).registered(LDTT)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        var outside = Facts.person("L").rated(2025, Rating.GOOD, 5).registered(LDTT)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
        outside.unitPath = Facts.ROOT + "other/";
        EligibilityEngine engine = Facts.engine(set, Period.year(2025),
                path -> path.startsWith(Facts.AGENCY) ? Facts.with(set, Map.of("employment.minMonths", 3))
                        : set.settings(), List.of(inside, outside), List.of());
        assertEquals(Outcome.PASS, engine.judge(inside.id, LDTT).outcome());
        assertEquals(Outcome.FAIL, engine.judge(outside.id, LDTT).outcome());
    }

    @Test
    void aReprimandInTheYearExcludesUnlessTheAgencySwitchesItOff() {
        RuleSetDefinition set = Facts.law2022();
        // served by the year's end, so that only the configurable exclusion speaks
        var reprimanded = advancedWorker("M", 2025)
                .disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        TitleResult result = judge(reprimanded, LDTT, 2025);
        assertEquals(Outcome.FAIL, criterion(result, "discipline").outcome());
        EligibilityEngine lenient = Facts.engine(set, Period.year(2025),
                path -> Facts.with(set, Map.of("discipline.advancedWorker.enabled", false)), List.of(reprimanded),
                List.of());
        TitleResult switchedOff = lenient.judge(reprimanded.id, LDTT);
        assertEquals(Outcome.NOT_APPLICABLE, criterion(switchedOff, "discipline").outcome());
        assertEquals(Outcome.NEEDS_REVIEW, switchedOff.outcome(),
                "served inside the year: only what came after counts, a person weighs it");
    }

    @Test
    void aReprimandServedIntoTheYearFailsAdvancedWorkerAndNamesTheMeasureWithItsDates() {
        // decided in the year before and served until 30 April: four months of the year were under discipline
        var reprimanded = advancedWorker("G", 2025)
                .disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 4, 30));
        TitleResult result = judge(reprimanded, LDTT, 2025);
        assertEquals(Outcome.FAIL, result.outcome(), "a discipline in the year is FAIL, whatever came after it");
        CriterionResult discipline = criterion(result, "discipline");
        assertEquals(Outcome.FAIL, discipline.outcome());
        assertEquals(List.of(Map.of("measure", "REPRIMAND", "decisionNumber", "QĐ-KL", "decidedOn",
                LocalDate.of(2024, 5, 1), "servedUntil", LocalDate.of(2025, 4, 30))), discipline.values().get("measures"));
        EligibilityText vi = new EligibilityText(Locale.forLanguageTag("vi"), Map.of(LDTT, "Lao động tiên tiến"));
        assertEquals("Bị kỷ luật khiển trách (quyết định số QĐ-KL ngày 01/05/2024, thi hành đến hết ngày 30/04/2025), "
                + "trong kỳ xét", vi.sentence(discipline));
        assertEquals("Không đủ điều kiện Lao động tiên tiến: Bị kỷ luật khiển trách (quyết định số QĐ-KL ngày "
                + "01/05/2024, thi hành đến hết ngày 30/04/2025), trong kỳ xét", vi.summary(result));
        assertEquals("Disciplined with a reprimand (decision QĐ-KL of 01/05/2024, in effect until 30/04/2025) within "
                + "the period", new EligibilityText(Locale.ENGLISH, Map.of()).sentence(discipline));
    }

    @Test
    void aDisciplineCountsForTheYearFromItsDecisionDayToItsLastDayServed() {
        var servedTheDayBefore = advancedWorker("H", 2025)
                .disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31));
        assertEquals(Outcome.PASS, criterion(judge(servedTheDayBefore, LDTT, 2025), "discipline").outcome());
        assertEquals(Outcome.PASS, judge(servedTheDayBefore, LDTT, 2025).outcome(),
                "served before the year: the whole year counts");
        var oneDayIn = advancedWorker("I", 2025)
                .disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2024, 1, 2), LocalDate.of(2025, 1, 1));
        assertEquals(Outcome.FAIL, criterion(judge(oneDayIn, LDTT, 2025), "discipline").outcome());
        var onTheLastDay = advancedWorker("J", 2025)
                .disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30));
        assertEquals(Outcome.FAIL, criterion(judge(onTheLastDay, LDTT, 2025), "discipline").outcome());
        var decidedAfter = advancedWorker("K", 2025)
                .disciplined(DisciplineMeasure.WARNING, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 7, 4));
        assertEquals(Outcome.PASS, criterion(judge(decidedAfter, LDTT, 2025), "discipline").outcome(),
                "a measure decided after the year is no discipline in it");
    }

    @Test
    void aMeasureLighterThanTheConfiguredMinimumLeavesOnlyTheServedDisciplineRule() {
        RuleSetDefinition set = Facts.law2022();
        var reprimanded = advancedWorker("L", 2025)
                .disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2024, 5, 1), LocalDate.of(2025, 4, 30));
        EligibilityEngine warningsOnly = Facts.engine(set, Period.year(2025),
                path -> Facts.with(set, Map.of("discipline.advancedWorker.minMeasure", "WARNING")),
                List.of(reprimanded), List.of());
        TitleResult result = warningsOnly.judge(reprimanded.id, LDTT);
        assertEquals(Outcome.PASS, criterion(result, "discipline").outcome());
        assertEquals(Outcome.NEEDS_REVIEW, criterion(result, "afterServedDiscipline").outcome());
        assertEquals(Outcome.NEEDS_REVIEW, result.outcome(), "only achievements from 01/05/2025 count: a person weighs");
    }

    @Test
    void solidarityIsAttestedByHand() {
        var notYet = Facts.person("N").rated(2025, Rating.GOOD).registered(LDTT);
        assertEquals(Outcome.NEEDS_REVIEW, judge(notYet, LDTT, 2025).outcome());
        var refused = Facts.person("O").rated(2025, Rating.GOOD).registered(LDTT)
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, false);
        assertEquals(Outcome.FAIL, judge(refused, LDTT, 2025).outcome());
    }

    @Test
    void grassrootsFighterRestsOnAdvancedWorkerAndExcellenceOrAnInitiative() {
        var excellent = advancedWorker("P", 2025).rated(2025, Rating.EXCELLENT).registered(CSTDCS);
        excellent.assessments.removeIf(a -> a.rating() == Rating.GOOD);
        TitleResult passed = judge(excellent, CSTDCS, 2025);
        assertEquals(Outcome.PASS, passed.outcome(), passed.toString());
        assertTrue(passed.awaitingCouncil(), "CSTĐCS needs the council's vote");
        assertEquals(Outcome.AWAITING_COUNCIL, criterion(passed, "vote").outcome());

        var inventor = advancedWorker("Q", 2025).registered(CSTDCS).initiative(2025, EffectLevel.BASE);
        assertEquals(Outcome.PASS, judge(inventor, CSTDCS, 2025).outcome());

        var good = advancedWorker("R", 2025).registered(CSTDCS).initiative(2024, EffectLevel.BASE);
        TitleResult failed = judge(good, CSTDCS, 2025);
        assertEquals(Outcome.FAIL, failed.outcome());
        CriterionResult achievement = criterion(failed, "achievement");
        assertEquals(List.of("excellent", "initiative"), achievement.parts().stream().map(CriterionResult::id).toList());

        var notAdvanced = Facts.person("S").rated(2025, Rating.EXCELLENT).registered(CSTDCS);
        TitleResult review = judge(notAdvanced, CSTDCS, 2025);
        assertEquals(Outcome.NEEDS_REVIEW, criterion(review, "advancedWorker").outcome(),
                "LĐTT awaits the attestation, so CSTĐCS does too");
    }

    @Test
    void aPendingDisciplinaryProcedureBlocksEveryTitle() {
        var pending = advancedWorker("T", 2025).rated(2025, Rating.EXCELLENT).registered(CSTDCS)
                .initiative(2025, EffectLevel.PROVINCE).proceeding(LocalDate.of(2025, 12, 1), null);
        EligibilityEngine engine = Facts.engine(Facts.law2022(), Period.year(2025), List.of(pending), List.of());
        for (TitleResult title : engine.judge(pending.id)) {
            assertEquals(Outcome.FAIL, title.outcome(), title.title());
            assertEquals(Outcome.FAIL, criterion(title, "noPendingProceeding").outcome());
        }
        var closed = advancedWorker("U", 2025).proceeding(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1));
        assertEquals(Outcome.PASS, judge(closed, LDTT, 2025).outcome(), "a closed procedure blocks nothing");
        var later = advancedWorker("V", 2025).proceeding(LocalDate.of(2026, 3, 1), null);
        assertEquals(Outcome.PASS, judge(later, LDTT, 2025).outcome(),
                "opened after the day of the check (period end + 20 days)");
    }

    @Test
    void onlyAchievementsAfterAServedDisciplineCount() {
        var serving = advancedWorker("W", 2025)
                .disciplined(DisciplineMeasure.WARNING, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31));
        TitleResult result = judge(serving, LDTT, 2025);
        assertEquals(Outcome.FAIL, criterion(result, "afterServedDiscipline").outcome());
        var servedBefore = advancedWorker("X", 2025)
                .disciplined(DisciplineMeasure.WARNING, LocalDate.of(2023, 6, 1), LocalDate.of(2024, 5, 31));
        assertEquals(Outcome.PASS, judge(servedBefore, LDTT, 2025).outcome());
        // an initiative recognised before the discipline was served does not count for CSTĐCS
        var early = advancedWorker("Y", 2025).registered(CSTDCS)
                .initiative(2025, EffectLevel.BASE, LocalDate.of(2025, 1, 10))
                .disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2024, 2, 1), LocalDate.of(2025, 1, 31));
        CriterionResult initiative = criterion(judge(early, CSTDCS, 2025), "achievement").parts().get(1);
        assertEquals(Outcome.FAIL, initiative.outcome());
        assertEquals(1L, ((Number) initiative.values().get("beforeServedDiscipline")).longValue());
    }
}
