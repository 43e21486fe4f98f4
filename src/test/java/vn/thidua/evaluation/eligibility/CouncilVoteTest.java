package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.eligibility.Facts.advancedWorker;
import static vn.thidua.evaluation.eligibility.Facts.criterion;
import static vn.thidua.evaluation.eligibility.Facts.judge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.history.Rating;

/** The COUNCIL_VOTE criterion once the council has decided: its verdict, not the records, decides the vote. */
class CouncilVoteTest {

    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";
    static final String PROVINCE = "PROVINCE_EMULATION_FIGHTER";

    /** A person meeting every criterion of CSTĐCS for 2025 that the records decide. */
    static Facts.Subject fighter(String name) {
        var person = advancedWorker(name, 2025).rated(2025, Rating.EXCELLENT).registered(CSTDCS);
        person.assessments.removeIf(a -> a.rating() == Rating.GOOD);
        return person;
    }

    @Test
    void withoutAVerdictTheTitleAwaitsTheCouncil() {
        TitleResult awaiting = judge(fighter("A").councilVerdict(PROVINCE, true, true, 10, 10), CSTDCS, 2025);
        assertEquals(Outcome.PASS, awaiting.outcome());
        assertTrue(awaiting.awaitingCouncil(), "a verdict on another title decides nothing here");
        assertEquals(Outcome.AWAITING_COUNCIL, criterion(awaiting, "vote").outcome());
    }

    @Test
    void anAcceptedVerdictPassesTheTitle() {
        TitleResult passed = judge(fighter("B").councilVerdict(CSTDCS, true, true, 9, 10), CSTDCS, 2025);
        assertEquals(Outcome.PASS, passed.outcome());
        assertFalse(passed.awaitingCouncil());
        CriterionResult vote = criterion(passed, "vote");
        assertEquals(Outcome.PASS, vote.outcome());
        assertEquals("eligibility.vote-passed", vote.messageKey());
        assertEquals(List.of("9", "10", "90"), vote.args());
        assertEquals(9, vote.values().get("approve"));
        assertEquals(10, vote.values().get("base"));
        assertEquals(new BigDecimal("0.9000"), vote.values().get("ratio"));
        assertTrue(vote.values().containsKey("session"));
    }

    @Test
    void aRejectedOrOverQuotaVerdictFailsTheTitle() {
        TitleResult rejected = judge(fighter("C").councilVerdict(CSTDCS, false, false, 7, 10), CSTDCS, 2025);
        assertEquals(Outcome.FAIL, rejected.outcome());
        assertFalse(rejected.awaitingCouncil());
        assertEquals("eligibility.vote-failed", criterion(rejected, "vote").messageKey());

        TitleResult over = judge(fighter("D").councilVerdict(CSTDCS, true, false, 8, 10), CSTDCS, 2025);
        assertEquals(Outcome.FAIL, over.outcome(), "passed, but not within the quota");
        assertEquals("eligibility.vote-passed-over-quota", criterion(over, "vote").messageKey());
    }

    @Test
    void aVerdictWithoutACountIsWordedWithoutOne() {
        CriterionResult agreed = criterion(judge(fighter("E").councilVerdict(CSTDCS, true, true, 0, 0), CSTDCS,
                2025), "vote");
        assertEquals(Outcome.PASS, agreed.outcome());
        assertEquals("eligibility.vote-agreed", agreed.messageKey());
        assertEquals(List.of(), agreed.args());
        CriterionResult inquorate = criterion(judge(fighter("F").councilVerdict(CSTDCS, false, false, 0, 0), CSTDCS,
                2025), "vote");
        assertEquals(Outcome.FAIL, inquorate.outcome());
        assertEquals("eligibility.vote-not-agreed", inquorate.messageKey());
        CriterionResult overQuota = criterion(judge(fighter("G").councilVerdict(CSTDCS, true, false, 0, 0), CSTDCS,
                2025), "vote");
        assertEquals("eligibility.vote-agreed-over-quota", overQuota.messageKey());
    }

    @Test
    void whereNoVoteIsRequiredAVerdictChangesNothing() {
        RuleSetDefinition set = Facts.law2022();
        var person = fighter("H").councilVerdict(CSTDCS, false, false, 1, 10);
        EligibilityEngine engine = Facts.engine(set, Period.year(2025),
                path -> Facts.with(set, Map.of("vote." + CSTDCS, Map.of("required", false))), List.of(person),
                List.of());
        TitleResult result = engine.judge(person.id, CSTDCS);
        assertEquals(Outcome.NOT_APPLICABLE, criterion(result, "vote").outcome());
        assertEquals(Outcome.PASS, result.outcome());
    }
}
