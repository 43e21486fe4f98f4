package vn.thidua.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.council.ItemResult.Reason;
import vn.thidua.council.VoteRule.Base;
import vn.thidua.council.VoteRule.Comparison;

/**
 * The law's arithmetic of one agenda item, exactly: thresholds reached at their very edge, the base (all members or
 * those present, recusals out, written votes in), the quorum of two thirds as the rule sets store it, and the paper
 * tallies that cannot be.
 */
class VoteCountTest {

    /** The seeded rule sets' quorum, a double's digits of 2/3. */
    static final BigDecimal TWO_THIRDS = new BigDecimal("0.6666666666666666");

    static VoteRule rule(Base base, String minRatio, Comparison comparison, boolean written) {
        return new VoteRule(true, base, new BigDecimal(minRatio), comparison, TWO_THIRDS, written);
    }

    static Tally approving(int approve, int reject) {
        return new Tally(approve, reject, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0} {1} of {2} members, {3} approving: {4}")
    @CsvSource({
            // NĐ 98/2023 điều 30.7: 90% of all members (CSTĐ tỉnh, toàn quốc): 9 of 10 is exactly 90%
            "GTE, 0.9, 10, 9, PASSED, 9",
            "GTE, 0.9, 10, 8, FAILED, 9",
            // 80% (CSTĐCS, flags): 8 of 10 is exactly 80%
            "GTE, 0.8, 10, 8, PASSED, 8",
            "GTE, 0.8, 10, 7, FAILED, 8",
            // a majority: more than half
            "GT, 0.5, 10, 6, PASSED, 6",
            "GT, 0.5, 10, 5, FAILED, 6",
            "GT, 0.5, 9, 5, PASSED, 5",
            "GT, 0.5, 9, 4, FAILED, 5",
            // 90% of 11 is 9.9: ten are needed, not nine
            "GTE, 0.9, 11, 9, FAILED, 10",
            "GTE, 0.9, 11, 10, PASSED, 10",
    })
    void thresholdsAreReachedExactlyAtTheirEdge(Comparison comparison, String minRatio, int members, int approve,
            ItemOutcome expected, int needed) {
        VoteRule rule = rule(Base.ALL_MEMBERS, minRatio, comparison, true);
        ItemResult result = VoteCount.result(rule, new Turnout(members, members, 0, 0),
                approving(approve, members - approve));
        assertEquals(expected, result.outcome());
        assertEquals(expected == ItemOutcome.PASSED ? Reason.THRESHOLD_REACHED : Reason.BELOW_THRESHOLD,
                result.reason());
        assertEquals(needed, result.needed());
        assertEquals(members, result.base());
        assertTrue(result.quorumMet());
    }

    @Test
    void allMembersCountsTheAbsentWhilePresentCountsOnlyThoseInTheRoom() {
        // 10 members, 7 present, 7 approving: 70% of all members, 100% of those present
        Turnout turnout = new Turnout(10, 7, 0, 0);
        Tally tally = approving(7, 0);
        ItemResult ofAll = VoteCount.result(rule(Base.ALL_MEMBERS, "0.8", Comparison.GTE, false), turnout, tally);
        assertEquals(ItemOutcome.FAILED, ofAll.outcome());
        assertEquals(10, ofAll.base());
        assertEquals(new BigDecimal("0.7000"), ofAll.ratio());
        ItemResult ofPresent = VoteCount.result(rule(Base.PRESENT, "0.8", Comparison.GTE, false), turnout, tally);
        assertEquals(ItemOutcome.PASSED, ofPresent.outcome());
        assertEquals(7, ofPresent.base());
        assertEquals(6, ofPresent.needed(), "80% of 7 is 5.6");
        assertEquals(new BigDecimal("1.0000"), ofPresent.ratio());
    }

    @Test
    void recusalsShrinkTheBaseWhetherTheRecusedArePresentOrAbsent() {
        VoteRule ofAll = rule(Base.ALL_MEMBERS, "0.9", Comparison.GTE, true);
        // 11 members, one recused in the room: 9 of the 10 others is 90%
        ItemResult present = VoteCount.result(ofAll, new Turnout(11, 11, 1, 0), approving(9, 1));
        assertEquals(10, present.base());
        assertEquals(ItemOutcome.PASSED, present.outcome());
        // the same with the recused member absent
        ItemResult absent = VoteCount.result(ofAll, new Turnout(11, 10, 0, 1), approving(9, 1));
        assertEquals(10, absent.base());
        assertEquals(ItemOutcome.PASSED, absent.outcome());
        assertEquals(1, absent.turnout().recused());

        VoteRule ofPresent = rule(Base.PRESENT, "0.5", Comparison.GT, false);
        ItemResult room = VoteCount.result(ofPresent, new Turnout(9, 7, 2, 1), approving(3, 2));
        assertEquals(5, room.base(), "7 present, 2 of them recused");
        assertEquals(ItemOutcome.PASSED, room.outcome());
        assertEquals(new BigDecimal("0.6000"), room.ratio());
    }

    @Test
    void writtenVotesOfTheAbsentCountAndJoinTheBaseOfThosePresent() {
        // 10 members, 7 present, 2 of the 3 absent voted in writing, both approving
        Turnout turnout = new Turnout(10, 7, 0, 0);
        Tally tally = new Tally(8, 1, 0, 0, 2);
        assertEquals(List.of(), VoteCount.check(rule(Base.PRESENT, "0.8", Comparison.GTE, true), turnout, tally));
        ItemResult present = VoteCount.result(rule(Base.PRESENT, "0.8", Comparison.GTE, true), turnout, tally);
        assertEquals(9, present.base(), "7 present and 2 written");
        assertEquals(8, present.needed(), "80% of 9 is 7.2");
        assertEquals(ItemOutcome.PASSED, present.outcome());
        assertEquals(new BigDecimal("0.8889"), present.ratio());
        ItemResult all = VoteCount.result(rule(Base.ALL_MEMBERS, "0.8", Comparison.GTE, true), turnout, tally);
        assertEquals(10, all.base(), "the base of all members does not grow");
        assertEquals(ItemOutcome.PASSED, all.outcome());

        VoteRule noWriting = rule(Base.PRESENT, "0.8", Comparison.GTE, false);
        assertEquals(List.of("written/WRITTEN_NOT_ALLOWED"), problems(noWriting, turnout, tally));
    }

    @Test
    void theQuorumIsTwoThirdsOfAllMembersAsTheRuleSetsStoreIt() {
        VoteRule rule = VoteRule.from(new ObjectMapper().createObjectNode().put("required", true)
                .put("base", "ALL_MEMBERS").put("minRatio", 0.5).put("comparison", "GT")
                .put("quorum", 0.6666666666666666));
        assertEquals(TWO_THIRDS, rule.quorum());
        ItemResult six = VoteCount.result(rule, new Turnout(9, 6, 0, 0), approving(6, 0));
        assertTrue(six.quorumMet(), "6 of 9 is two thirds");
        assertEquals(ItemOutcome.PASSED, six.outcome());
        assertEquals(new BigDecimal("0.6667"), six.presentShare());

        ItemResult five = VoteCount.result(rule, new Turnout(9, 5, 0, 0), approving(5, 0));
        assertFalse(five.quorumMet());
        assertEquals(ItemOutcome.FAILED, five.outcome(), "every present member approving does not make a quorum");
        assertEquals(Reason.NO_QUORUM, five.reason());
        assertEquals(9, five.base(), "the counts are still stated");
        assertEquals(5, five.needed());

        ItemResult ofPresent = VoteCount.result(rule(Base.PRESENT, "0.5", Comparison.GT, true),
                new Turnout(9, 5, 0, 0), approving(5, 0));
        assertEquals(Reason.NO_QUORUM, ofPresent.reason(), "whatever the base");
    }

    @Test
    void nobodyAbleToVoteIsNoEligibleVoters() {
        ItemResult everyoneRecused = VoteCount.result(rule(Base.ALL_MEMBERS, "0.9", Comparison.GTE, true),
                new Turnout(3, 3, 3, 0), Tally.NONE);
        assertEquals(ItemOutcome.FAILED, everyoneRecused.outcome());
        assertEquals(Reason.NO_ELIGIBLE_VOTERS, everyoneRecused.reason());
        assertEquals(0, everyoneRecused.base());
        assertNull(everyoneRecused.ratio());
        assertNull(everyoneRecused.needed());

        ItemResult presentRecused = VoteCount.result(rule(Base.PRESENT, "0.5", Comparison.GT, false),
                new Turnout(9, 6, 6, 0), Tally.NONE);
        assertEquals(Reason.NO_ELIGIBLE_VOTERS, presentRecused.reason(), "the absent could not write");
    }

    @Test
    void anItemNeedingNoVotePassesOnAQuorateMeetingOnly() {
        VoteRule none = VoteRule.from(null);
        assertFalse(none.required());
        ItemResult agreed = VoteCount.agreed(none, new Turnout(9, 6, 0, 0));
        assertEquals(ItemOutcome.PASSED, agreed.outcome());
        assertEquals(Reason.NO_VOTE_REQUIRED, agreed.reason());
        assertNull(agreed.tally());
        assertNull(agreed.ratio());
        assertEquals(0, agreed.base());

        ItemResult inquorate = VoteCount.agreed(none, new Turnout(9, 5, 0, 0));
        assertEquals(ItemOutcome.FAILED, inquorate.outcome());
        assertEquals(Reason.NO_QUORUM, inquorate.reason());
        assertFalse(VoteCount.agreed(none, new Turnout(0, 0, 0, 0)).quorumMet(), "a council of nobody decides nothing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what                                   | members, present, recused present/absent | tally a/r/ab/s/w | written allowed | problem
            "possible: 7 in the room, 2 in writing    | 10 | 7 | 0 | 0 | 5 | 2 | 0 | 0 | 2 | true  | ",
            "more ballots in the room than present    | 10 | 7 | 0 | 0 | 6 | 2 | 0 | 0 | 0 | true  | approve/TOO_MANY_BALLOTS",
            "a recused member's ballot                | 10 | 7 | 1 | 0 | 5 | 1 | 1 | 0 | 0 | true  | approve/TOO_MANY_BALLOTS",
            "spoilt ballots count as ballots          | 10 | 7 | 0 | 0 | 5 | 0 | 0 | 3 | 0 | true  | approve/TOO_MANY_BALLOTS",
            "more written than absent voters          | 10 | 7 | 0 | 0 | 6 | 0 | 0 | 0 | 4 | true  | written/TOO_MANY_WRITTEN",
            "written from a recused absent member     | 10 | 7 | 0 | 1 | 6 | 0 | 0 | 0 | 3 | true  | written/TOO_MANY_WRITTEN",
            "more written than ballots                | 10 | 7 | 0 | 0 | 1 | 0 | 0 | 0 | 2 | true  | written/WRITTEN_EXCEED_BALLOTS",
            "written where the title allows none      | 10 | 7 | 0 | 0 | 7 | 0 | 0 | 0 | 1 | false | written/WRITTEN_NOT_ALLOWED",
            "a negative count hiding ballots          | 10 | 7 | 0 | 0 | 9 | -2 | 0 | 0 | 0 | true | reject/NEGATIVE",
    })
    void impossibleTalliesAreRefusedOnTheirField(String what, int members, int present, int recusedPresent,
            int recusedAbsent, int approve, int reject, int abstain, int spoilt, int written, boolean writtenAllowed,
            String problem) {
        VoteRule rule = rule(Base.ALL_MEMBERS, "0.9", Comparison.GTE, writtenAllowed);
        List<String> found = problems(rule, new Turnout(members, present, recusedPresent, recusedAbsent),
                new Tally(approve, reject, abstain, spoilt, written));
        assertEquals(problem == null ? List.of() : List.of(problem), found, what);
    }

    @Test
    void anImpossibleTurnoutIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Turnout(9, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Turnout(9, 6, 7, 0));
        assertThrows(IllegalArgumentException.class, () -> new Turnout(9, 6, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new Turnout(-1, 0, 0, 0));
    }

    private static List<String> problems(VoteRule rule, Turnout turnout, Tally tally) {
        return VoteCount.check(rule, turnout, tally).stream().map((FieldViolation v) -> v.field() + "/" + v.code())
                .toList();
    }
}
