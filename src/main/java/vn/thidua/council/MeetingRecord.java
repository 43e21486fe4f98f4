package vn.thidua.council;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A cluster's meeting as the cluster shows it to every member agency, wherever its people work (the council's own reads
 * stop at the council's agency): the session, the delegates seated, and each nominee with its result once voting is
 * counted. Read by {@link ResultsService#meetingRecord}; the cluster's feature checks the caller's reach first.
 */
public record MeetingRecord(UUID councilId, UUID sessionId, String name, OffsetDateTime meetingAt, String place,
        SessionVotingMode votingMode, SessionStatus status, List<Seat> seats, List<Nominee> nominees) {

    /** A delegate: the council membership, the member agency represented, the account if any. */
    public record Seat(UUID councilMemberId, UUID clusterMemberId, UUID accountId, String fullName, String position,
            CouncilRole role) {
    }

    /**
     * A nominee on the agenda; outcome, approvals, base, ratio, standing within the meeting's seats and acceptance only
     * once voting is counted.
     */
    public record Nominee(UUID itemId, UUID clusterMemberId, String name, String awardCode, ItemOutcome outcome,
            Integer approve, Integer base, BigDecimal ratio, AgendaItem.Standing standing, boolean accepted) {
    }
}
