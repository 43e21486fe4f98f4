package vn.thidua.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.common.error.ApiException;
import vn.thidua.org.SubjectKind;

/**
 * An awardee line of a decision: who (a person or a unit as a collective, named as on the decision day), what title or
 * form, for what achievement, and the cash on the decision date. Once signed, only its revocation and the recovery of
 * its money and item change it.
 */
@Entity
@Table(name = "decision_line")
public class DecisionLine {

    @Id
    public UUID id;
    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;
    @Column(nullable = false)
    public int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;
    @Column(name = "person_id")
    public UUID personId;
    /** The person's unit, or the unit itself for a collective. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(name = "subject_name", nullable = false)
    public String subjectName;
    @Column(name = "subject_position")
    public String subjectPosition;
    @Column(name = "unit_name", nullable = false)
    public String unitName;
    @Column(name = "award_code", nullable = false)
    public String awardCode;
    /** The achievement cited (thành tích), as printed on the certificate. */
    public String citation;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "agenda_item_id")
    public UUID agendaItemId;
    /** The closed council session whose accepted item ({@code agendaItemId}) the line rests on. */
    @Column(name = "council_session_id")
    public UUID councilSessionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "vote_basis", nullable = false)
    public VoteBasis voteBasis = VoteBasis.NOT_REQUIRED;
    /** The signer's written legal reason for conferring a voted award without the vote. */
    @Column(name = "vote_override_reason")
    public String voteOverrideReason;
    @Column(name = "vote_overridden_by")
    public String voteOverriddenBy;
    @Column(name = "vote_overridden_at")
    public OffsetDateTime voteOverriddenAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LineEligibility eligibility = LineEligibility.NOT_JUDGED;
    @Column(name = "eligibility_note")
    public String eligibilityNote;
    @Column(name = "override_reason")
    public String overrideReason;
    public BigDecimal coefficient;
    public BigDecimal multiplier;
    @Column(name = "base_salary_vnd")
    public Long baseSalaryVnd;
    @Column(name = "amount_vnd", nullable = false)
    public long amountVnd;
    @Column(name = "funding_source")
    public String fundingSource;
    @Column(name = "verification_code")
    public String verificationCode;
    @Column(name = "award_record_id")
    public UUID awardRecordId;
    @Column(name = "revoked_by_decision_id")
    public UUID revokedByDecisionId;
    @Column(name = "revoked_on")
    public LocalDate revokedOn;
    @Column(name = "recovery_owed_vnd")
    public Long recoveryOwedVnd;
    @Column(name = "recovery_item")
    public String recoveryItem;
    @Column(name = "recovered_vnd")
    public Long recoveredVnd;
    @Column(name = "recovered_on")
    public LocalDate recoveredOn;
    @Column(name = "item_recovered_on")
    public LocalDate itemRecoveredOn;
    @Column(name = "recovery_note")
    public String recoveryNote;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;
    /** Folded for accent-insensitive search; computed by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    static DecisionLine of(UUID decisionId, int position, SubjectKind kind, UUID subjectId, UUID unitId, String by) {
        DecisionLine line = new DecisionLine();
        line.id = UUID.randomUUID();
        line.decisionId = decisionId;
        line.position = position;
        line.subjectKind = kind;
        line.personId = kind == SubjectKind.PERSON ? subjectId : null;
        line.unitId = unitId;
        line.createdBy = by;
        line.createdAt = CommendationDecision.now();
        line.updatedBy = by;
        line.updatedAt = line.createdAt;
        return line;
    }

    /** The person, or the unit for a collective. */
    public UUID subjectId() {
        return personId != null ? personId : unitId;
    }

    boolean revoked() {
        return revokedOn != null;
    }

    /** Annulled by {@code revocation}: the money paid and the item (certificate, flag) are owed back. */
    void revoke(CommendationDecision revocation, String recoveryItemName, String by) {
        if (revoked()) {
            throw ApiException.conflict("detail.decision-line-revoked", subjectName, revokedOn);
        }
        revokedByDecisionId = revocation.id;
        revokedOn = revocation.decisionDate;
        recoveryOwedVnd = amountVnd;
        recoveryItem = recoveryItemName;
        touched(by);
    }

    /** What has come back so far; the amount never exceeds what is owed. */
    void recovered(Long amount, LocalDate on, LocalDate itemOn, String note, String by) {
        if (amount != null && amount > recoveryOwedVnd) {
            throw ApiException.invalid("recoveredVnd", "ABOVE_OWED", "field.recovered-above-owed", recoveryOwedVnd);
        }
        recoveredVnd = amount;
        recoveredOn = on;
        itemRecoveredOn = itemOn;
        recoveryNote = note;
        touched(by);
    }

    /** Rests on the council's accepted vote. */
    void restOn(UUID sessionId, UUID itemId) {
        voteBasis = VoteBasis.COUNCIL;
        councilSessionId = sessionId;
        agendaItemId = itemId;
        voteOverrideReason = null;
        voteOverriddenBy = null;
        voteOverriddenAt = null;
    }

    /** Conferred without the vote its award needs, on the signer's written legal reason. */
    void overrideVote(String reason, String by) {
        voteBasis = VoteBasis.OVERRIDE;
        councilSessionId = null;
        voteOverrideReason = reason;
        voteOverriddenBy = by;
        voteOverriddenAt = CommendationDecision.now();
        touched(by);
    }

    void touched(String by) {
        updatedBy = by;
        updatedAt = CommendationDecision.now();
    }
}
