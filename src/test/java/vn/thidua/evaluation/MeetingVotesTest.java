package vn.thidua.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.common.error.ApiException.FieldViolation;

class MeetingVotesTest {

    private static List<String> refused(Integer votesFor, Integer votesAgainst, Integer total) {
        return new MeetingVotes(votesFor, votesAgainst, total).violations().stream()
                .map(v -> v.field() + " " + v.code()).toList();
    }

    @Test
    void everyonePresentMayVoteForOrAgainst() {
        assertEquals(List.of(), refused(20, 0, 20));
        assertEquals(List.of(), refused(18, 2, 20));
        assertEquals(List.of(), refused(0, 20, 20));
        assertEquals(List.of(), refused(10, 5, 20), "the rest abstained");
    }

    @Test
    void votesCannotOutnumberThosePresent() {
        assertEquals(List.of("votesFor VOTES_EXCEED_TOTAL"), refused(21, 0, 20));
        assertEquals(List.of("votesAgainst VOTES_EXCEED_TOTAL"), refused(18, 3, 20));
        assertEquals(List.of("votesAgainst VOTES_EXCEED_TOTAL"), refused(null, 21, 20));
    }

    @Test
    void aCountNeedsTheNumberPresentWhileNothingAtAllIsAReviewInProgress() {
        assertEquals(List.of(), refused(null, null, null));
        assertEquals(List.of(), refused(null, null, 20));
        assertEquals(List.of("votesTotal NOT_NULL"), refused(18, null, null));
        assertEquals(List.of("votesTotal NOT_NULL"), refused(null, 1, null));
    }

    @Test
    void theMessageNamesTheCounts() {
        FieldViolation violation = new MeetingVotes(18, 3, 20).violations().get(0);
        assertEquals("field.evaluation-votes-against-exceed", violation.messageKey());
        assertEquals(List.of(3, 20, 18), List.of(violation.args()));
    }
}
