package vn.thidua.decision;

import java.time.LocalDate;
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

import vn.thidua.catalog.AwardType;
import vn.thidua.common.error.ApiException;
import vn.thidua.plan.PlanParts;

/**
 * A commendation decision (quyết định khen thưởng), or a decision revoking one. Each act is a method named after it
 * that checks the states it may come from; once signed, nothing it says changes (the database refuses it too).
 */
@Entity
@Table(name = "decision")
public class CommendationDecision {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionKind kind = DecisionKind.AWARD;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status = DecisionStatus.DRAFT;
    /** The unit whose subtree sees and keeps it: the issuing agency, or the proposer of a recorded higher decision. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(name = "authority_unit_id")
    public UUID authorityUnitId;
    @Column(name = "authority_name", nullable = false)
    public String authorityName;
    @Enumerated(EnumType.STRING)
    @Column(name = "authority_level", nullable = false)
    public AwardType.AwardedBy authorityLevel;
    @Column(nullable = false)
    public boolean external;
    @Column(name = "proposal_id")
    public UUID proposalId;
    @Column(name = "award_code")
    public String awardCode;
    @Column(nullable = false)
    public String title;
    /** The year of the achievements rewarded (năm thành tích). */
    @Column(nullable = false)
    public int year;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "phase_id")
    public UUID phaseId;
    @Column(name = "council_session_id")
    public UUID councilSessionId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_bases", nullable = false)
    public List<PlanParts.LegalBasis> legalBases = new ArrayList<>();
    /** Nơi nhận: who receives a copy. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> recipients = new ArrayList<>();
    @Column(name = "funding_source")
    public String fundingSource;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "signer_position")
    public String signerPosition;
    /** The date the decision bears; for a draft, the intended one (cash is reckoned on it). */
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    public String number;
    @Column(name = "total_vnd", nullable = false)
    public long totalVnd;
    @Column(name = "revokes_decision_id")
    public UUID revokesDecisionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_ground")
    public RevocationGround revocationGround;
    @Column(name = "revocation_reason")
    public String revocationReason;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Column(name = "signed_by")
    public String signedBy;
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "revoked_by_decision_id")
    public UUID revokedByDecisionId;
    @Column(name = "revoked_on")
    public LocalDate revokedOn;
    @Version
    public long version;
    /** Folded for accent-insensitive search; computed by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    static CommendationDecision draft(DecisionKind kind, UUID unitId, String by) {
        CommendationDecision decision = new CommendationDecision();
        decision.id = UUID.randomUUID();
        decision.kind = kind;
        decision.unitId = unitId;
        decision.createdBy = by;
        decision.createdAt = now();
        decision.updatedBy = by;
        decision.updatedAt = decision.createdAt;
        return decision;
    }

    boolean draft() {
        return status == DecisionStatus.DRAFT;
    }

    /** In force: signed or published and not wholly revoked. */
    boolean standing() {
        return status == DecisionStatus.SIGNED || status == DecisionStatus.PUBLISHED;
    }

    /** Anything but an act on a signed decision changes it only while a draft. */
    void requireDraft() {
        if (!draft()) {
            throw ApiException.conflict("detail.decision-signed", number, status);
        }
    }

    void sign(String number, LocalDate date, String signerName, String signerPosition, String by) {
        require(DecisionStatus.SIGNED, DecisionStatus.DRAFT);
        this.number = number;
        this.decisionDate = date;
        this.signerName = signerName;
        this.signerPosition = signerPosition;
        status = DecisionStatus.SIGNED;
        signedBy = by;
        signedAt = now();
        touched(by);
    }

    void publish(String by) {
        require(DecisionStatus.PUBLISHED, DecisionStatus.SIGNED);
        status = DecisionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = now();
        touched(by);
    }

    /** Some of its lines, or all, annulled by {@code revocation}; wholly revoked once no line stands. */
    void lineRevoked(CommendationDecision revocation, boolean noneStanding, String by) {
        require(DecisionStatus.REVOKED, DecisionStatus.SIGNED, DecisionStatus.PUBLISHED);
        if (noneStanding) {
            status = DecisionStatus.REVOKED;
            revokedByDecisionId = revocation.id;
            revokedOn = revocation.decisionDate;
        }
        touched(by);
    }

    void touched(String by) {
        updatedBy = by;
        updatedAt = now();
    }

    private void require(DecisionStatus target, DecisionStatus... allowedFrom) {
        if (!Arrays.asList(allowedFrom).contains(status)) {
            throw ApiException.conflict("detail.decision-transition", status, target,
                    Arrays.stream(allowedFrom).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
