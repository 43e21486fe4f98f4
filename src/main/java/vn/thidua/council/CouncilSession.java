package vn.thidua.council;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.Messages;

/**
 * A session (phiên họp) of a council. Each act is a method named after it that checks the states it may come from; a
 * refused one is a 409 naming the current state, the wanted one and those it may come from.
 */
@Entity
@Table(name = "council_session")
public class CouncilSession {

    @Id
    public UUID id;
    @Column(name = "council_id", nullable = false)
    public UUID councilId;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String name;
    @Column(name = "meeting_at", nullable = false)
    public OffsetDateTime meetingAt;
    public String place;
    @Enumerated(EnumType.STRING)
    @Column(name = "voting_mode", nullable = false)
    public SessionVotingMode votingMode = SessionVotingMode.BALLOT;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status = SessionStatus.DRAFT;
    @Column(name = "rule_set_code")
    public String ruleSetCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Quota> quotas = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "minutes_notes", nullable = false)
    public Notes notes = new Notes(null, null, null, null);
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "voting_opened_by")
    public String votingOpenedBy;
    @Column(name = "voting_opened_at")
    public OffsetDateTime votingOpenedAt;
    @Column(name = "voting_closed_by")
    public String votingClosedBy;
    @Column(name = "voting_closed_at")
    public OffsetDateTime votingClosedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "cancelled_by")
    public String cancelledBy;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** What the secretary writes into the minutes. */
    public record Notes(String opening, String opinions, String conclusion, OffsetDateTime endedAt) {
    }

    /**
     * A quota applied when voting closed, as {@link QuotaRanking.Outcome} holds it, with the council's settlement of a
     * tie at the cap once made.
     */
    public record Quota(String awardCode, BigDecimal ratio, String of, String rounding, long base, long cap,
            List<UUID> ranking, List<UUID> within, List<UUID> over, List<UUID> tied, int seats,
            Settlement settlement, long used) {

        static Quota of(QuotaRanking.Outcome outcome) {
            return new Quota(outcome.title(), outcome.ratio(), outcome.of(), outcome.rounding(), outcome.base(),
                    outcome.cap(), outcome.ranking(), outcome.within(), outcome.over(), outcome.tied(),
                    outcome.seats(), null, outcome.used());
        }

        QuotaRanking.Outcome outcome() {
            return new QuotaRanking.Outcome(awardCode, ratio, of, rounding, base, cap, used, ranking, within, over,
                    tied, seats);
        }

        boolean hasTie() {
            return !tied.isEmpty();
        }
    }

    /** How the council settled a tie: which of the tied it admitted, why, who recorded it and when. */
    public record Settlement(List<UUID> tied, List<UUID> admitted, String reason, String by, OffsetDateTime at) {
    }

    static final SessionStatus[] CANCELLABLE = {SessionStatus.DRAFT, SessionStatus.VOTING,
            SessionStatus.VOTING_CLOSED};
    static final SessionStatus[] NOTED = {SessionStatus.DRAFT, SessionStatus.VOTING, SessionStatus.VOTING_CLOSED};

    /** Agenda, attendance and the session's own fields change only while it is a draft. */
    void requireDraft(String partKey) {
        requireIn(partKey, SessionStatus.DRAFT);
    }

    void requireIn(String partKey, SessionStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw ApiException.conflict("detail.council-session-not-editable",
                    new Messages.Key(partKey), status, names(allowed));
        }
    }

    void openVoting(String by, String ruleSet) {
        require(SessionStatus.VOTING, SessionStatus.DRAFT);
        status = SessionStatus.VOTING;
        ruleSetCode = ruleSet;
        votingOpenedBy = by;
        votingOpenedAt = now();
        touch();
    }

    void closeVoting(String by) {
        require(SessionStatus.VOTING_CLOSED, SessionStatus.VOTING);
        status = SessionStatus.VOTING_CLOSED;
        votingClosedBy = by;
        votingClosedAt = now();
        touch();
    }

    void settle(Quota settled) {
        requireIn("part.council-quota-settlement", SessionStatus.VOTING_CLOSED);
        quotas = quotas.stream().map(q -> q.awardCode().equals(settled.awardCode()) ? settled : q)
                .collect(Collectors.toCollection(ArrayList::new));
        touch();
    }

    void close(String by) {
        require(SessionStatus.CLOSED, SessionStatus.VOTING_CLOSED);
        List<String> tied = quotas.stream().filter(Quota::hasTie).map(Quota::awardCode).toList();
        if (!tied.isEmpty()) {
            throw ApiException.conflict("detail.council-session-tie-unsettled", String.join(", ", tied));
        }
        status = SessionStatus.CLOSED;
        closedBy = by;
        closedAt = now();
        touch();
    }

    void cancel(String by, String reason) {
        require(SessionStatus.CANCELLED, CANCELLABLE);
        status = SessionStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = now();
        cancelReason = reason;
        touch();
    }

    void writeNotes(Notes written) {
        requireIn("part.council-session-notes", NOTED);
        notes = written;
        touch();
    }

    /** Whether results exist: voting was closed (the session may since be closed, or cancelled afterwards). */
    boolean counted() {
        return votingClosedAt != null;
    }

    private void require(SessionStatus target, SessionStatus... allowedFrom) {
        if (!Arrays.asList(allowedFrom).contains(status)) {
            throw ApiException.conflict("detail.council-session-transition", status, target, names(allowedFrom));
        }
    }

    private static String names(SessionStatus... statuses) {
        return Arrays.stream(statuses).map(Enum::name).collect(Collectors.joining(", "));
    }

    void touch() {
        updatedAt = now();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
