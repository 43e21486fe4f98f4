package vn.thidua.council;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * The eight numbers the minutes give for a voted item, for secret ballots and for paper ones: members, present, ballots
 * issued, returned and valid, approving, rejecting and abstaining.
 */
class BallotCountTest {

    /** Eleven members, nine present, one of them recused from the item. */
    static final Turnout TURNOUT = new Turnout(11, 9, 1, 0);

    @Test
    void aSecretBallotIssuesOneToEachPresentMemberWhoMayVoteAndOneToEachAbsentWhoWrites() {
        Tally box = new Tally(7, 2, 0, 0, 1);
        assertEquals(new BallotCount(11, 9, 9, 9, 9, 7, 2, 0, 1), BallotCount.of(AgendaVotingMode.BALLOT, TURNOUT,
                box, null), "8 present voters and 1 written ballot; every ballot through the service is valid");
    }

    @Test
    void aSecretBallotNotCastIsIssuedButNotReturned() {
        Tally box = new Tally(5, 1, 1, 0, 0);
        BallotCount count = BallotCount.of(AgendaVotingMode.BALLOT, TURNOUT, box, null);
        assertEquals(8, count.issued());
        assertEquals(7, count.returned());
        assertEquals(7, count.valid());
    }

    @Test
    void paperBallotsCountAsTheSecretaryEnteredThemWithSpoiltOnesReturnedButNotValid() {
        Tally paper = new Tally(5, 1, 0, 1, 0);
        assertEquals(new BallotCount(11, 9, 8, 7, 6, 5, 1, 0, 0),
                BallotCount.of(AgendaVotingMode.PAPER, TURNOUT, paper, 8));
        assertEquals(new BallotCount(11, 9, 7, 7, 6, 5, 1, 0, 0),
                BallotCount.of(AgendaVotingMode.PAPER, TURNOUT, paper, 7), "one member left before the vote");
    }

    @Test
    void paperBallotsWhoseIssueWasNotEnteredCountOneForEachMemberWhoMayVote() {
        Tally paper = new Tally(6, 1, 0, 0, 2);
        assertEquals(10, BallotCount.of(AgendaVotingMode.PAPER, TURNOUT, paper, null).issued(),
                "8 present voters and 2 written ballots");
    }

    @Test
    void paperBallotsIssuedAreNeitherFewerThanReturnedNorMoreThanTheMembersWhoMayVote() {
        Tally paper = new Tally(6, 1, 0, 1, 1);
        assertEquals(List.of(), BallotCount.check(TURNOUT, paper, 8), "8 counted, 1 of them written");
        assertEquals(List.of(), BallotCount.check(TURNOUT, paper, 9), "8 present voters and 1 written");
        List<FieldViolation> fewer = BallotCount.check(TURNOUT, paper, 7);
        assertEquals("BELOW_RETURNED", fewer.get(0).code());
        assertEquals("issued", fewer.get(0).field());
        List<FieldViolation> more = BallotCount.check(TURNOUT, paper, 10);
        assertEquals("ABOVE_ENTITLED", more.get(0).code(), "8 present voters and 1 written ballot at most");
    }
}
