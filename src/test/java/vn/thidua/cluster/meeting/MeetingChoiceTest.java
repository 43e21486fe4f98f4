package vn.thidua.cluster.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thidua.council.ItemOutcome;
import vn.thidua.council.MeetingRecord;

/** What a closed meeting chose, by hand: six delegates, votes as on the tally sheet. */
class MeetingChoiceTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID D = UUID.randomUUID();

    private static MeetingRecord.Nominee flag(UUID member, int approve, ItemOutcome outcome) {
        return nominee(member, MeetingChoice.FLAG, approve, outcome);
    }

    private static MeetingRecord.Nominee commendation(UUID member, int approve, ItemOutcome outcome) {
        return nominee(member, MeetingChoice.COMMENDATION, approve, outcome);
    }

    private static MeetingRecord.Nominee nominee(UUID member, String award, int approve, ItemOutcome outcome) {
        return new MeetingRecord.Nominee(UUID.randomUUID(), member, "Trường", award, outcome, approve, 6,
                BigDecimal.valueOf(approve).divide(BigDecimal.valueOf(6), 4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void theFlagGoesToThePassedNomineeWithMostVotes() {
        MeetingChoice choice = MeetingChoice.of(List.of(flag(A, 5, ItemOutcome.PASSED), flag(B, 6, ItemOutcome.PASSED),
                flag(C, 3, ItemOutcome.FAILED)));
        assertEquals(B, choice.flag());
        assertTrue(choice.commendations().isEmpty());
        assertFalse(choice.tie());
    }

    @Test
    void atMostTwoBangKhenMostVotesFirstLeavingOutTheFlagsChoice() {
        MeetingChoice choice = MeetingChoice.of(List.of(flag(A, 6, ItemOutcome.PASSED),
                commendation(A, 6, ItemOutcome.PASSED), commendation(B, 4, ItemOutcome.PASSED),
                commendation(C, 5, ItemOutcome.PASSED), commendation(D, 2, ItemOutcome.FAILED)));
        assertEquals(A, choice.flag());
        assertEquals(List.of(C, B), choice.commendations());
        assertFalse(choice.tie());
    }

    @Test
    void threePassedForTheBangKhenTakeTheTwoWithMostVotes() {
        MeetingChoice choice = MeetingChoice.of(List.of(commendation(A, 4, ItemOutcome.PASSED),
                commendation(B, 6, ItemOutcome.PASSED), commendation(C, 5, ItemOutcome.PASSED)));
        assertNull(choice.flag());
        assertEquals(List.of(B, C), choice.commendations());
    }

    @Test
    void equalVotesAtTheFlagChooseNobodyForIt() {
        MeetingChoice choice = MeetingChoice.of(List.of(flag(A, 5, ItemOutcome.PASSED), flag(B, 5, ItemOutcome.PASSED),
                commendation(C, 4, ItemOutcome.PASSED)));
        assertNull(choice.flag());
        assertTrue(choice.tie());
        assertEquals(List.of(C), choice.commendations());
    }

    @Test
    void equalVotesAtTheSecondBangKhenKeepOnlyTheOneAbove() {
        MeetingChoice choice = MeetingChoice.of(List.of(commendation(A, 6, ItemOutcome.PASSED),
                commendation(B, 4, ItemOutcome.PASSED), commendation(C, 4, ItemOutcome.PASSED)));
        assertTrue(choice.tie());
        assertEquals(List.of(A), choice.commendations());
    }

    @Test
    void nothingPassedChoosesNothing() {
        MeetingChoice choice = MeetingChoice.of(List.of(flag(A, 4, ItemOutcome.FAILED),
                commendation(B, 3, ItemOutcome.FAILED)));
        assertTrue(choice.empty());
        assertFalse(choice.tie());
    }
}
