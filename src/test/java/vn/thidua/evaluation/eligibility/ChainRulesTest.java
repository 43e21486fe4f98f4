package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.eligibility.Facts.advancedWorker;
import static vn.thidua.evaluation.eligibility.Facts.criterion;
import static vn.thidua.evaluation.eligibility.Facts.judge;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.history.DisciplineMeasure;
import vn.thidua.history.EffectLevel;
import vn.thidua.history.Rating;

/** Multi-year rules: chains of conferred titles, consecutive ratings, and what breaks them. */
class ChainRulesTest {

    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";
    static final String PROVINCE = "PROVINCE_EMULATION_FIGHTER";
    static final Map<String, String> NAMES = Map.of(CSTDCS, "Chiến sĩ thi đua cơ sở");

    /** A CSTĐCS candidate of 2025 (excellent, registered, attested) with a provincial initiative. */
    static Facts.Subject fighter(String name) {
        var subject = advancedWorker(name, 2025).registered(PROVINCE).initiative(2024, EffectLevel.PROVINCE);
        subject.assessments.clear();
        return subject.rated(2025, Rating.EXCELLENT);
    }

    @Test
    void threeConsecutiveYearsEndingNowMakeTheChain() {
        var subject = fighter("Nguyễn Thị Hoa").awarded(2023, CSTDCS).awarded(2024, CSTDCS);
        TitleResult result = judge(subject, PROVINCE, 2025);
        CriterionResult chain = criterion(result, "chain");
        assertEquals(Outcome.AWAITING_COUNCIL, chain.outcome(), "2025's CSTĐCS itself awaits the council");
        assertEquals(List.of(2023, 2024, 2025), chain.values().get("held"));
        assertEquals(Outcome.PASS, result.outcome());
        assertTrue(result.awaitingCouncil());
    }

    @Test
    void aGapYearBreaksTheChainAndTheSentenceSaysWhich() {
        var subject = fighter("Nguyễn Thị Hoa").awarded(2023, CSTDCS);
        CriterionResult chain = criterion(judge(subject, PROVINCE, 2025), "chain");
        assertEquals(Outcome.FAIL, chain.outcome());
        assertEquals(List.of(2024), chain.values().get("missing"));
        assertEquals("Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2023, 2025 — thiếu 2024",
                new EligibilityText(Locale.forLanguageTag("vi"), NAMES).sentence(chain));
        assertEquals("Not yet 3 consecutive years of Grassroots emulation fighter: 2023, 2025 — missing 2024",
                new EligibilityText(Locale.ENGLISH, Map.of(CSTDCS, "Grassroots emulation fighter")).sentence(chain));
    }

    @Test
    void aRevokedYearBreaksTheChainVisibly() {
        var subject = fighter("Nguyễn Thị Hoa").awarded(2023, CSTDCS).revoked(2024, CSTDCS);
        CriterionResult chain = criterion(judge(subject, PROVINCE, 2025), "chain");
        assertEquals(Outcome.FAIL, chain.outcome());
        assertEquals(List.of(2024), chain.values().get("revoked"));
        assertEquals("Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2023, 2025 — thiếu 2024 (đã bị hủy)",
                new EligibilityText(Locale.forLanguageTag("vi"), NAMES).sentence(chain));
    }

    @Test
    void aYearBeforeAServedDisciplineDoesNotCount() {
        var subject = fighter("Nguyễn Thị Hoa").awarded(2023, CSTDCS).awarded(2024, CSTDCS)
                .disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29));
        CriterionResult chain = criterion(judge(subject, PROVINCE, 2025), "chain");
        assertEquals(Outcome.FAIL, chain.outcome());
        assertEquals(List.of(2023, 2024), chain.values().get("beforeServedDiscipline"));
    }

    @Test
    void theCurrentYearUndecidedLeavesTheChainForReview() {
        var subject = fighter("Nguyễn Thị Hoa").awarded(2023, CSTDCS).awarded(2024, CSTDCS);
        subject.attestations.clear();
        CriterionResult chain = criterion(judge(subject, PROVINCE, 2025), "chain");
        assertEquals(Outcome.NEEDS_REVIEW, chain.outcome());
    }

    @Test
    void aCurrentYearAlreadyConferredCounts() {
        var subject = Facts.person("Lê Văn Tám").awarded(2023, CSTDCS).awarded(2024, CSTDCS).awarded(2025, CSTDCS)
                .initiative(2023, EffectLevel.PROVINCE);
        CriterionResult chain = criterion(judge(subject, PROVINCE, 2025), "chain");
        assertEquals(Outcome.PASS, chain.outcome());
    }

    @Test
    void theProvincialInitiativeMayBeFromAnyYearOfTheChainButNotBaseLevel() {
        var base = fighter("A").awarded(2023, CSTDCS).awarded(2024, CSTDCS);
        base.initiatives.clear();
        base.initiative(2024, EffectLevel.BASE);
        assertEquals(Outcome.FAIL, criterion(judge(base, PROVINCE, 2025), "initiative").outcome());
        var old = fighter("B").awarded(2023, CSTDCS).awarded(2024, CSTDCS);
        old.initiatives.clear();
        old.initiative(2022, EffectLevel.NATIONAL);
        assertEquals(Outcome.FAIL, criterion(judge(old, PROVINCE, 2025), "initiative").outcome(), "2022 is outside");
    }

    @Test
    void provinceCommendationByTwoFighterYearsOrByTwoExcellentYearsWithTwoInitiatives() {
        var fighterTwice = fighter("A").awarded(2024, CSTDCS);
        assertEquals(Outcome.PASS, judge(fighterTwice, "PROVINCE_COMMENDATION", 2025).outcome());
        var excellent = Facts.person("B").rated(2024, Rating.EXCELLENT).rated(2025, Rating.EXCELLENT)
                .initiative(2024, EffectLevel.BASE).initiative(2025, EffectLevel.BASE);
        assertEquals(Outcome.PASS, judge(excellent, "PROVINCE_COMMENDATION", 2025).outcome());
        var oneInitiative = Facts.person("C").rated(2024, Rating.EXCELLENT).rated(2025, Rating.EXCELLENT)
                .initiative(2025, EffectLevel.BASE);
        TitleResult failed = judge(oneInitiative, "PROVINCE_COMMENDATION", 2025);
        assertEquals(Outcome.FAIL, failed.outcome());
        var gap = Facts.person("D").rated(2024, Rating.GOOD).rated(2025, Rating.EXCELLENT)
                .initiative(2024, EffectLevel.BASE).initiative(2025, EffectLevel.BASE);
        CriterionResult ratings = criterion(judge(gap, "PROVINCE_COMMENDATION", 2025), "merit").parts().get(1)
                .parts().get(0);
        assertEquals(Outcome.FAIL, ratings.outcome());
        assertEquals(List.of(2024), ratings.values().get("missing"));
    }
}
