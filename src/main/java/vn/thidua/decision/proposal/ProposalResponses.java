package vn.thidua.decision.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.council.CouncilVotes;
import vn.thidua.org.SubjectKind;

/** What the proposal operations answer. */
public final class ProposalResponses {

    private ProposalResponses() {
    }

    @Schema(name = "Proposal", description = "A proposal (tờ trình đề nghị khen thưởng) to a higher authority.")
    public record Detail(
            UUID id,
            @Schema(description = "The proposing agency.") UUID unitId,
            String toAuthorityName,
            UUID toUnitId,
            @Schema(required = true) int year,
            UUID planId,
            UUID councilSessionId,
            String title,
            @Schema(description = "Fixed when sent.", examples = "15/TTr-TCT") String number,
            LocalDate sentOn,
            String signerName,
            String signerPosition,
            ProposalStatus status,
            @Schema(description = "Why the higher authority returned it, when it did.") String returnReason,
            @Schema(description = "The higher authority's decision, once recorded.") UUID decisionId,
            @Schema(required = true) long nomineeCount,
            @Schema(required = true) long dossierPartCount,
            String sentBy,
            OffsetDateTime sentAt,
            String receivedBy,
            OffsetDateTime receivedAt,
            String returnedBy,
            OffsetDateTime returnedAt,
            String decidedBy,
            OffsetDateTime decidedAt,
            String createdBy,
            OffsetDateTime createdAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static Detail from(Proposal p, long nominees, long parts) {
            return new Detail(p.id, p.unitId, p.toAuthorityName, p.toUnitId, p.year, p.planId, p.councilSessionId,
                    p.title, p.number, p.sentOn, p.signerName, p.signerPosition, p.status, p.returnReason,
                    p.decisionId, nominees, parts, p.sentBy, p.sentAt, p.receivedBy, p.receivedAt, p.returnedBy,
                    p.returnedAt, p.decidedBy, p.decidedAt, p.createdBy, p.createdAt, p.updatedBy, p.updatedAt,
                    p.version);
        }
    }

    @Schema(name = "ProposalNominee", description = "A nominee of a proposal, named as on the day it was added.")
    public record Nominee(
            UUID id,
            UUID proposalId,
            @Schema(required = true) int position,
            SubjectKind subjectKind,
            UUID personId,
            @Schema(description = "The person's unit, or the unit itself for a collective; null for a cluster's "
                    + "member agency outside this installation.") UUID unitId,
            @Schema(description = "When a cluster's meeting nominated it: the member agency.") UUID clusterMemberId,
            @Schema(examples = "Lò Văn Minh") String subjectName,
            @Schema(examples = "Giảng viên chính") String subjectPosition,
            @Schema(examples = "Khoa Lý luận cơ sở") String unitName,
            @Schema(examples = "PROVINCE_EMULATION_FIGHTER") String awardCode,
            String citation,
            UUID evaluationId,
            @Schema(description = "The council agenda item it passed as, when it came from a session.")
            UUID agendaItemId,
            @Schema(description = "What the higher decision gave; null until it is recorded.") NomineeOutcome outcome,
            String createdBy,
            OffsetDateTime createdAt,
            @Schema(description = "The council vote the nomination rests on, as its minutes state it (members, "
                    + "present, quorum, for, against, abstaining): required for an award the rule set puts to the "
                    + "council; null otherwise.") CouncilVotes.Vote councilVote) {

        static Nominee from(ProposalNominee n) {
            return new Nominee(n.id, n.proposalId, n.position, n.subjectKind, n.personId, n.unitId, n.clusterMemberId,
                    n.subjectName,
                    n.subjectPosition, n.unitName, n.awardCode, n.citation, n.evaluationId, n.agendaItemId, n.outcome,
                    n.createdBy, n.createdAt, n.councilVote);
        }
    }

    @Schema(name = "ProposalDossierPart", description = "A part of a proposal's dossier, by reference.")
    public record Part(
            UUID id,
            UUID proposalId,
            DossierPartKind kind,
            String title,
            String url,
            String checksum,
            @Schema(description = "The nominee it is about; null for the whole proposal.") UUID nomineeId,
            String createdBy,
            OffsetDateTime createdAt) {

        static Part from(DossierPart d) {
            return new Part(d.id, d.proposalId, d.kind, d.title, d.url, d.checksum, d.nomineeId, d.createdBy,
                    d.createdAt);
        }
    }

    @Schema(name = "ProposalNomineesAdded", description = "What taking a session's results did: the nominees added, "
            + "and how many results were already nominees.")
    public record Added(@Schema(required = true) int added, @Schema(required = true) int skipped,
            List<Nominee> nominees) {
    }
}
