package vn.thidua.council;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.org.SubjectKind;

/**
 * One item of a session's agenda: an evaluation submitted to the council (or, at a cluster's meeting, a member agency)
 * and the title considered, how it is decided
 * ({@link AgendaVotingMode}), the vote rule fixed when voting opened, the paper tally where the secretary enters one,
 * and once voting closed its result and standing under a quota.
 */
@Entity
@Table(name = "council_agenda_item")
public class AgendaItem {

    /** Where a passed item stands under its title's quota. */
    public enum Standing {
        WITHIN, OVER, TIED
    }

    @Id
    public UUID id;
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;
    @Column(nullable = false)
    public int position;
    /** The evaluation considered; null when the candidate is a cluster member (exactly one of the two is set). */
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    /** At a cluster's meeting: the member agency nominated. */
    @Column(name = "cluster_member_id")
    public UUID clusterMemberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;
    @Column(name = "person_id")
    public UUID personId;
    /** The person's unit, or the candidate unit itself; null for an external cluster member. */
    @Column(name = "unit_id")
    public UUID unitId;
    @Column(name = "subject_name", nullable = false)
    public String subjectName;
    @Column(name = "award_code", nullable = false)
    public String awardCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "voting_mode", nullable = false)
    public AgendaVotingMode votingMode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "vote_rule")
    public JsonNode voteRule;
    @Column(name = "tally_approve")
    public Integer tallyApprove;
    @Column(name = "tally_reject")
    public Integer tallyReject;
    @Column(name = "tally_abstain")
    public Integer tallyAbstain;
    @Column(name = "tally_spoilt")
    public Integer tallySpoilt;
    @Column(name = "tally_written")
    public Integer tallyWritten;
    /** The paper ballots issued (phát ra) as the secretary entered them; null when not entered. */
    @Column(name = "tally_issued")
    public Integer tallyIssued;
    @Column(name = "tally_entered_by")
    public String tallyEnteredBy;
    @Column(name = "tally_entered_at")
    public OffsetDateTime tallyEnteredAt;
    @Enumerated(EnumType.STRING)
    public ItemOutcome outcome;
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode result;

    private static final com.fasterxml.jackson.databind.ObjectMapper STORED =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * A JSON value as the database reads it back (decimals as doubles). Hibernate compares a JSON column's value with
     * a copy made through text; a value built with BigDecimal numbers never equals its copy, so the item would be
     * written again at every flush, and after the session closes, refused by its trigger.
     */
    static JsonNode asStored(JsonNode value) {
        try {
            return value == null ? null : STORED.readTree(value.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
    @Enumerated(EnumType.STRING)
    @Column(name = "quota_standing")
    public Standing quotaStanding;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public UUID subjectId() {
        return personId != null ? personId : unitId != null ? unitId : clusterMemberId;
    }

    /** The paper tally entered, or null. */
    public Tally tally() {
        return tallyApprove == null ? null
                : new Tally(tallyApprove, tallyReject, tallyAbstain, tallySpoilt, tallyWritten);
    }

    void enterTally(Tally tally, Integer issued, String by) {
        tallyIssued = issued;
        tallyApprove = tally.approve();
        tallyReject = tally.reject();
        tallyAbstain = tally.abstain();
        tallySpoilt = tally.spoilt();
        tallyWritten = tally.written();
        tallyEnteredBy = by;
        tallyEnteredAt = CouncilSession.now();
        updatedAt = tallyEnteredAt;
    }

    /** Accepted: passed, and within its quota or under none. */
    public boolean accepted() {
        return outcome == ItemOutcome.PASSED && (quotaStanding == null || quotaStanding == Standing.WITHIN);
    }
}
