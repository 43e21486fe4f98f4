package vn.thidua.decision.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.common.error.ApiException;

/**
 * A proposal (tờ trình đề nghị khen thưởng) of an agency to a higher authority. Each act is a method named after it
 * that checks the states it may come from; once DECIDED nothing changes (the database refuses it too).
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    public UUID id;
    /** The proposing agency: its subtree, and the authorities above it, see the proposal. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(name = "to_authority_name", nullable = false)
    public String toAuthorityName;
    @Column(name = "to_unit_id")
    public UUID toUnitId;
    /** The year of the achievements proposed (năm thành tích). */
    @Column(nullable = false)
    public int year;
    @Column(name = "plan_id")
    public UUID planId;
    @Column(name = "council_session_id")
    public UUID councilSessionId;
    @Column(nullable = false)
    public String title;
    public String number;
    @Column(name = "sent_on")
    public LocalDate sentOn;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "signer_position")
    public String signerPosition;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status = ProposalStatus.DRAFT;
    @Column(name = "return_reason")
    public String returnReason;
    @Column(name = "decision_id")
    public UUID decisionId;
    @Column(name = "sent_by")
    public String sentBy;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "returned_by")
    public String returnedBy;
    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
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
    /** Number, title and authority folded for accent-insensitive search; computed by the database. */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    static Proposal draft(UUID unitId, String by) {
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.unitId = unitId;
        proposal.createdBy = by;
        proposal.createdAt = now();
        proposal.updatedBy = by;
        proposal.updatedAt = proposal.createdAt;
        return proposal;
    }

    /** Anything but an act changes the proposal, its nominees or its dossier only while draft or returned. */
    void requireEditable() {
        if (!status.editable()) {
            throw ApiException.conflict("detail.proposal-not-editable", status);
        }
    }

    void send(String number, LocalDate sentOn, String signerName, String signerPosition, String by) {
        require(ProposalStatus.SENT, ProposalStatus.DRAFT, ProposalStatus.RETURNED);
        this.number = number;
        this.sentOn = sentOn;
        this.signerName = signerName;
        this.signerPosition = signerPosition;
        status = ProposalStatus.SENT;
        sentBy = by;
        sentAt = now();
        touched(by);
    }

    void receive(String by) {
        require(ProposalStatus.RECEIVED, ProposalStatus.SENT);
        status = ProposalStatus.RECEIVED;
        receivedBy = by;
        receivedAt = now();
        touched(by);
    }

    /** Back to the agency, from the higher authority's desk, before or after its receipt. */
    void sendBack(String reason, String by) {
        require(ProposalStatus.RETURNED, ProposalStatus.SENT, ProposalStatus.RECEIVED);
        status = ProposalStatus.RETURNED;
        returnReason = reason;
        returnedBy = by;
        returnedAt = now();
        touched(by);
    }

    void decide(UUID decision, String by) {
        require(ProposalStatus.DECIDED, ProposalStatus.RECEIVED);
        status = ProposalStatus.DECIDED;
        decisionId = decision;
        decidedBy = by;
        decidedAt = now();
        touched(by);
    }

    void touched(String by) {
        updatedBy = by;
        updatedAt = now();
    }

    private void require(ProposalStatus target, ProposalStatus... allowedFrom) {
        if (!Arrays.asList(allowedFrom).contains(status)) {
            throw ApiException.conflict("detail.proposal-transition", status, target,
                    Arrays.stream(allowedFrom).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
