package vn.thidua.decision.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.council.CouncilVotes;
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
    /** The person's unit, or the unit itself for a collective; null for a cluster member outside this installation. */
    @Column(name = "unit_id")
    public UUID unitId;
    /** When a cluster's meeting nominated it: the member agency (then possibly without a unit here). */
    @Column(name = "cluster_member_id")
    public UUID clusterMemberId;
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
    /** The council's vote it passed, as the minutes state it: carried with the proposal as data, not only a link. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "council_vote")
    public CouncilVotes.Vote councilVote;
    @Enumerated(EnumType.STRING)
    public NomineeOutcome outcome;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The person, or the unit for a collective, or the cluster member outside this installation. */
    UUID subjectId() {
        return personId != null ? personId : unitId != null ? unitId : clusterMemberId;
    }

    /** A cluster's member agency outside this installation: a decision recorded here has no line for it. */
    boolean outsideInstallation() {
        return unitId == null;
    }
}
