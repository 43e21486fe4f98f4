package vn.thidua.decision.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.thidua.org.SubjectKind;

/**
 * A nominee of a proposal: a person or a unit as a collective, named as on the day it was added, with the title or
 * form proposed. Added and removed whole; only the outcome is written later, when the higher decision is recorded.
 */
@Entity
@Table(name = "proposal_nominee")
public class ProposalNominee {

    @Id
    public UUID id;
    @Column(name = "proposal_id", nullable = false)
    public UUID proposalId;
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
    public String citation;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    @Column(name = "agenda_item_id")
    public UUID agendaItemId;
    @Enumerated(EnumType.STRING)
    public NomineeOutcome outcome;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The person, or the unit for a collective. */
    UUID subjectId() {
        return personId != null ? personId : unitId;
    }
}
