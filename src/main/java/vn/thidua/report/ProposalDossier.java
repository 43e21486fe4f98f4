package vn.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.council.CouncilVotes;

import vn.thidua.catalog.AwardType;
import vn.thidua.council.ItemOutcome;
import vn.thidua.council.VoteRule;
import vn.thidua.decision.proposal.DossierPartKind;
import vn.thidua.decision.proposal.NomineeOutcome;
import vn.thidua.decision.proposal.ProposalStatus;
import vn.thidua.org.SubjectKind;

/**
 * A proposal's dossier as one document for the provincial board's systems: version 1.x of the schema
 * {@code openapi/provincial-export/v1/proposal-dossier.schema.json}, which a test holds these records to. Changes
 * within 1.x only add optional fields; anything else is a version 2 (see {@code openapi/provincial-export/README.md}).
 */
@Schema(name = "ProposalDossierExport", description = "A proposal's dossier (hồ sơ đề nghị khen thưởng) in the "
        + "provincial export schema, version 1.x: openapi/provincial-export/v1/proposal-dossier.schema.json.")
public record ProposalDossier(
        @Schema(required = true, enumeration = {"1.0", "1.1"}, description = "The schema version of this document.")
        String schemaVersion,
        @Schema(required = true) OffsetDateTime exportedAt,
        @Schema(required = true) Proposal proposal,
        @Schema(description = "The council session the nominees were voted on, when they came from one.")
        CouncilSession councilSession,
        @Schema(required = true, description = "In the proposal's order.") List<Nominee> nominees,
        @Schema(required = true, description = "Every part of the dossier, by reference.") List<DossierReference> dossier,
        @Schema(required = true, description = "The council's minutes (biên bản) among the parts.")
        List<DossierReference> minutes) {

    static final String VERSION = "1.1";

    @Schema(name = "ProposalDossierExportProposal", description = "The proposal (tờ trình) itself.")
    public record Proposal(
            @Schema(required = true) UUID id,
            @Schema(description = "Fixed when sent.", examples = "15/TTr-TCT") String number,
            LocalDate sentOn,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            @Schema(required = true) ProposalStatus status,
            @Schema(required = true) Unit proposingUnit,
            @Schema(required = true, examples = "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu") String toAuthorityName,
            UUID toUnitId,
            @Schema(description = "Fixed when sent.") String signerName,
            String signerPosition,
            UUID planId) {
    }

    @Schema(name = "ProposalDossierExportUnit", description = "A unit as named today.")
    public record Unit(@Schema(required = true) UUID id, @Schema(required = true) String code,
            @Schema(required = true) String name) {
    }

    @Schema(name = "ProposalDossierExportSession", description = "The council session behind the nominees.")
    public record CouncilSession(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) String councilName,
            @Schema(required = true) OffsetDateTime meetingAt,
            @Schema(required = true) long memberCount,
            @Schema(required = true) long presentCount) {
    }

    @Schema(name = "ProposalDossierExportNominee", description = "A person or a collective proposed, named as on the "
            + "day they were added.")
    public record Nominee(
            @Schema(required = true) int position,
            @Schema(required = true) SubjectKind subjectKind,
            UUID personId,
            @Schema(required = true, description = "The person's unit, or the unit itself.") UUID unitId,
            @Schema(required = true, examples = "Lò Văn Minh") String name,
            @Schema(description = "Chức vụ.", examples = "Giảng viên chính") String jobPosition,
            @Schema(required = true, examples = "Khoa Lý luận cơ sở") String unitName,
            @Schema(required = true) Award award,
            @Schema(description = "The achievements cited (thành tích).") String citation,
            @Schema(description = "The council's result on the nominee's agenda item, when it came from a session.")
            CouncilResult councilResult,
            @Schema(description = "What the higher decision gave, once recorded.") NomineeOutcome outcome,
            @Schema(description = "The council vote the nomination rests on, as its minutes state it (members, present, "
                    + "quorum, for, against, abstaining), whatever session it came from.")
            CouncilVotes.Vote councilVote) {
    }

    @Schema(name = "ProposalDossierExportAward", description = "The title or form proposed.")
    public record Award(
            @Schema(required = true, examples = "PROVINCE_EMULATION_FIGHTER") String code,
            @Schema(required = true) String name,
            @Schema(required = true) AwardType.Category category,
            @Schema(required = true, description = "The level that awards it.") AwardType.AwardedBy level) {
    }

    @Schema(name = "ProposalDossierExportCouncilResult", description = "The vote as the minutes state it.")
    public record CouncilResult(
            @Schema(required = true) UUID agendaItemId,
            @Schema(required = true) int approvals,
            @Schema(required = true) int rejections,
            @Schema(required = true) int abstentions,
            @Schema(required = true, description = "What the ratio is counted on.") int base,
            @Schema(required = true) VoteRule.Base baseKind,
            @Schema(description = "approvals ÷ base, 4 places; null when nobody could vote.") BigDecimal ratio,
            @Schema(description = "The threshold.") BigDecimal minRatio,
            @Schema(required = true) ItemOutcome outcome,
            @Schema(required = true, description = "Passed, and within any quota.") boolean accepted) {
    }

    @Schema(name = "ProposalDossierExportReference", description = "A part of the dossier, kept elsewhere.")
    public record DossierReference(
            @Schema(required = true) DossierPartKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) String url,
            String checksum,
            @Schema(description = "The position of the nominee it is about; null for the whole proposal.")
            Integer nomineePosition) {
    }
}
