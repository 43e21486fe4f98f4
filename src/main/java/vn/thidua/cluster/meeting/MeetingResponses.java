package vn.thidua.cluster.meeting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.council.AgendaItem;
import vn.thidua.council.ItemOutcome;
import vn.thidua.council.SessionStatus;
import vn.thidua.council.SessionVotingMode;

/** What the cluster meeting's operations answer. */
public final class MeetingResponses {

    private MeetingResponses() {
    }

    @Schema(name = "ClusterMeeting", description = "The meeting of a cluster's year: its council session (run with the "
            + "council-session operations: attendance, voting, tallies, closing, results, minutes), the delegates, "
            + "the nominees with their place in the year's ranking and, once voting is closed, their votes and "
            + "standing within the seats; once the session is closed, what the meeting chose and the proposal made "
            + "from it.")
    public record Meeting(
            UUID clusterId,
            @Schema(required = true) int year,
            @Schema(description = "The meeting's council: the cluster's for the year.") UUID councilId,
            @Schema(description = "The council session that votes.") UUID sessionId,
            String name,
            OffsetDateTime meetingAt,
            String place,
            SessionVotingMode votingMode,
            SessionStatus status,
            List<Delegate> delegates,
            List<Candidate> candidates,
            @Schema(description = "Once the session is closed: the member chosen for the flag, if one was.")
            UUID flagMemberId,
            @Schema(description = "Once the session is closed: the one or two members chosen for the Bằng khen.")
            List<UUID> commendationMemberIds,
            @Schema(description = "The proposal (tờ trình) made from the meeting, once made.") UUID proposalId) {
    }

    @Schema(name = "ClusterMeetingSummary", description = "A year's meeting in the cluster's list: its session and "
            + "status, how many nominees, what it chose once closed, and the proposal made from it.")
    public record Summary(
            UUID clusterId,
            @Schema(required = true) int year,
            UUID sessionId,
            String name,
            OffsetDateTime meetingAt,
            SessionStatus status,
            @Schema(required = true) int nomineeCount,
            UUID flagMemberId,
            List<UUID> commendationMemberIds,
            UUID proposalId) {
    }

    @Schema(name = "ClusterMeetingDelegateView", description = "A delegate seated at the meeting.")
    public record Delegate(
            UUID memberId,
            @Schema(examples = "Trường Chính trị tỉnh Lai Châu") String memberName,
            @Schema(description = "The delegate's membership of the meeting's council (the session's memberId).")
            UUID councilMemberId,
            UUID accountId,
            @Schema(examples = "Lường Văn Thành") String fullName,
            @Schema(description = "As seated and as the minutes name them: the position at the member agency.",
                    examples = "Hiệu trưởng Trường Chính trị tỉnh Lai Châu") String position,
            @Schema(required = true, description = "Whether the delegate chairs (the head agency's).") boolean chair,
            @Schema(required = true, description = "Whether the delegate votes on paper only (no account here).")
            boolean paperOnly) {
    }

    @Schema(name = "ClusterMeetingCandidate", description = "A member agency put to the vote for an award, with its "
            + "place in the year's closed ranking, and its result once the session is closed.")
    public record Candidate(
            @Schema(description = "The council agenda item.") UUID agendaItemId,
            UUID memberId,
            @Schema(examples = "Trường Chính trị tỉnh Lai Châu") String memberName,
            @Schema(examples = "PROVINCE_FLAG") String awardCode,
            @Schema(description = "Rank in the year's closed ranking; null before it closes.") Integer rank,
            @Schema(description = "Final score in the year's closed ranking.", examples = "97.00") BigDecimal finalScore,
            @Schema(description = "Once voting is closed.") ItemOutcome outcome,
            @Schema(description = "Approving votes, once voting is closed.") Integer approve,
            @Schema(description = "What the votes are counted on (all delegates), once voting is closed.")
            Integer base,
            @Schema(description = "Approving share of the base.", examples = "0.8333") BigDecimal ratio,
            @Schema(description = "Once voting is closed, for a nominee that passed: WITHIN the award's seats (one "
                    + "flag, two Bằng khen), OVER them, or TIED at the cut, which the board settles "
                    + "(settleCouncilQuotaTie) with the basis of the meeting's second round before the session closes.")
            AgendaItem.Standing standing,
            @Schema(required = true, description = "Whether the meeting chose it (once the session is closed).")
            boolean chosen) {
    }
}
