package vn.thidua.council;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.org.SubjectKind;

/** The representations of council sessions, their members, agenda, ballots and results. None holds a choice. */
public final class SessionResponses {

    private SessionResponses() {
    }

    @Schema(name = "CouncilSession", description = "A session of a council, with its counts.")
    public record Session(UUID id, UUID councilId, String councilName, UUID agencyId, String agencyName, UUID planId,
            @Schema(required = true) int year, String name, OffsetDateTime meetingAt, String place,
            SessionVotingMode votingMode, SessionStatus status,
            @Schema(description = "The rule set fixed when voting opened.") String ruleSetCode,
            @Schema(required = true) long memberCount, @Schema(required = true) long presentCount,
            @Schema(required = true) long itemCount, CouncilSession.Notes notes, String createdBy,
            String votingOpenedBy, OffsetDateTime votingOpenedAt, String votingClosedBy,
            OffsetDateTime votingClosedAt, String closedBy, OffsetDateTime closedAt, String cancelledBy,
            OffsetDateTime cancelledAt, String cancelReason, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static Session from(CouncilSession s, CouncilDirectory.CouncilRef council, long members, long present,
                long items) {
            return new Session(s.id, s.councilId, council.name(), council.unitId(), council.unitName(), s.planId,
                    s.year, s.name, s.meetingAt, s.place, s.votingMode, s.status, s.ruleSetCode, members, present,
                    items, s.notes, s.createdBy, s.votingOpenedBy, s.votingOpenedAt, s.votingClosedBy,
                    s.votingClosedAt, s.closedBy, s.closedAt, s.cancelledBy, s.cancelledAt, s.cancelReason,
                    s.createdAt, s.updatedAt, s.version);
        }
    }

    @Schema(name = "CouncilSessionMember", description = "A member as the session snapshots them, with attendance.")
    public record Member(UUID memberId, String fullName, String position, CouncilRole role,
            SessionAttendance attendance, String absenceReason) {

        static Member from(SessionMember m) {
            return new Member(m.memberId, m.fullName, m.position, m.role, m.attendance, m.absenceReason);
        }
    }

    @Schema(name = "CouncilRecusal", description = "A member who does not vote on the item, and why.")
    public record RecusalView(UUID memberId, String fullName, RecusalReason reason) {
    }

    @Schema(name = "CouncilAgendaItem", description = "One item of a session's agenda. `ballotsCast` counts the "
            + "members who have voted while voting is open; the result and quota standing appear once it is closed.")
    public record Item(UUID id, @Schema(required = true) int position, UUID evaluationId,
            @Schema(description = "At a cluster's meeting: the member agency nominated (no evaluation then).")
            UUID clusterMemberId, SubjectKind subjectKind,
            UUID subjectId, String subjectName, UUID unitId, String unitName, String awardCode,
            AgendaVotingMode votingMode, List<RecusalView> recusals, Integer ballotsCast,
            @Schema(description = "The paper tally, once entered.") Tally tally,
            @Schema(description = "The paper ballots issued, when the secretary entered them.") Integer ballotsIssued,
            ItemOutcome outcome,
            ItemResult result, AgendaItem.Standing quotaStanding, Boolean accepted,
            @Schema(required = true) long version) {
    }

    @Schema(name = "CouncilAgendaAdded", description = "What adding a unit's candidates did.")
    public record Added(@Schema(required = true) int added, @Schema(required = true) int skipped, List<Item> items) {
    }

    @Schema(name = "CouncilBallotReceipt", description = "The receipt of one ballot, shown only in this answer: "
            + "keep it to check that the ballot is counted or to change it until voting closes.")
    public record Receipt(UUID itemId, String receipt) {
    }

    @Schema(name = "CouncilBallotsCast")
    public record Cast(List<Receipt> ballots) {
    }

    @Schema(name = "CouncilBallotCounted", description = "Whether the ballot holding the receipt is in the box.")
    public record Counted(UUID itemId, @Schema(required = true) boolean counted) {
    }

    /** Where the caller stands on one item. */
    public enum BallotStatus {
        VOTED, NOT_VOTED, RECUSED, NOT_ALLOWED, NO_BALLOT
    }

    @Schema(name = "CouncilMyBallot", description = "Whether the caller has voted on an item; never the choice.")
    public record MyBallot(UUID itemId, @Schema(required = true) int position, String subjectName, String awardCode,
            AgendaVotingMode votingMode, BallotStatus status, @Schema(required = true) boolean written) {
    }

    @Schema(name = "CouncilSessionResults", description = "The counted results of a session and its quotas.")
    public record Results(UUID sessionId, SessionStatus status, String ruleSetCode,
            @Schema(required = true) int memberCount, @Schema(required = true) int presentCount,
            List<ItemResultView> items, List<QuotaView> quotas) {
    }

    @Schema(name = "CouncilItemResult", description = "One item's result: counts, base, ratio, threshold, quorum.")
    public record ItemResultView(UUID itemId, @Schema(required = true) int position, UUID evaluationId,
            @Schema(description = "At a cluster's meeting: the member agency nominated (no evaluation then).")
            UUID clusterMemberId,
            SubjectKind subjectKind, UUID subjectId, String subjectName, String awardCode, AgendaVotingMode votingMode,
            ItemOutcome outcome, ItemResult.Reason reason, Tally tally, Turnout turnout,
            @Schema(required = true) int base,
            @Schema(description = "ALL_MEMBERS or PRESENT, minus recusals.") VoteRule.Base baseKind,
            BigDecimal ratio, BigDecimal minRatio, VoteRule.Comparison comparison, Integer needed,
            BigDecimal quorum, @Schema(required = true) boolean quorumMet, BigDecimal presentShare,
            AgendaItem.Standing quotaStanding, @Schema(required = true) boolean accepted) {
    }

    @Schema(name = "CouncilQuota", description = "A quota applied to one title's passed items.")
    public record QuotaView(String awardCode, BigDecimal ratio, String of, String rounding,
            @Schema(required = true) long base, @Schema(required = true) long cap, List<UUID> ranking,
            List<UUID> within, List<UUID> over, List<UUID> tied, @Schema(required = true) int seats,
            CouncilSession.Settlement settlement,
            @Schema(description = "Seats of the cap already taken when the session was counted: subjects holding the "
                    + "award for the year, or accepted for it by an earlier session of the council.") long used) {

        static QuotaView from(CouncilSession.Quota q) {
            return new QuotaView(q.awardCode(), q.ratio(), q.of(), q.rounding(), q.base(), q.cap(), q.ranking(),
                    q.within(), q.over(), q.tied(), q.seats(), q.settlement(), q.used());
        }
    }
}
