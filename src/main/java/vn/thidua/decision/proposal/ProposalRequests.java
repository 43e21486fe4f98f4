package vn.thidua.decision.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.catalog.AwardType;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanParts;

/** The bodies of the proposal operations. */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    @Schema(name = "CreateProposalRequest", description = "A new proposal, as a draft, of the caller's agency (or "
            + "of a unit in scope).")
    public record Create(
            @Schema(description = "The proposing agency; absent: the caller's home unit.") UUID unitId,
            @Schema(examples = "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu") @NotBlank @Size(max = 300)
            String toAuthorityName,
            @Schema(description = "The higher authority's unit, when it is in the tree: a unit above the proposer.")
            UUID toUnitId,
            @Schema(description = "The year of the achievements proposed.", examples = "2024") @NotNull @Min(1990)
            @Max(2100) Integer year,
            UUID planId,
            @Schema(examples = "Tờ trình đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024")
            @NotBlank @Size(max = 500) String title) {
    }

    @Schema(name = "UpdateProposalRequest", description = "Changes to a draft or returned proposal; absent fields "
            + "stay as they are.")
    public record Update(
            @Schema(examples = "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu") @Size(min = 1, max = 300)
            String toAuthorityName,
            UUID toUnitId,
            @Min(1990) @Max(2100) Integer year,
            UUID planId,
            @Size(min = 1, max = 500) String title) {
    }

    @Schema(name = "AddProposalNomineeRequest", description = "A person or a unit as a collective, with the title or "
            + "form proposed: one the agency cannot award itself.")
    public record AddNominee(
            @NotNull SubjectKind subjectKind,
            UUID personId,
            UUID unitId,
            @Schema(examples = "PROVINCE_EMULATION_FIGHTER") @NotBlank @Size(max = 50) String awardCode,
            @Schema(description = "The achievement cited, as the certificate will read.",
                    examples = "Đã có thành tích xuất sắc trong công tác giảng dạy, nghiên cứu khoa học năm 2024")
            @Size(max = 4000) String citation,
            @Schema(description = "The evaluation it rests on, if any.") UUID evaluationId) {
    }

    @Schema(name = "ProposalNomineesFromSessionRequest", description = "A closed council session of the agency.")
    public record FromSession(@NotNull UUID sessionId) {
    }

    @Schema(name = "AddProposalDossierPartRequest", description = "A part of the dossier, by reference.")
    public record AddPart(
            @NotNull DossierPartKind kind,
            @Schema(examples = "Báo cáo thành tích của ông Lò Văn Minh") @NotBlank @Size(max = 300) String title,
            @Schema(examples = "https://laichau.gov.vn/files/bao-cao-thanh-tich-lo-van-minh.pdf")
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
            @Schema(description = "sha256:<hex> of the file, so that a reader can tell it is the one referred to.",
                    examples = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @Size(max = 200) @Pattern(regexp = "(sha256|sha512|md5):[0-9a-fA-F]+") String checksum,
            @Schema(description = "The nominee the part is about (an achievement report, an initiative proof).")
            UUID nomineeId) {
    }

    @Schema(name = "SendProposalRequest", description = "The number, date and signer the proposal goes out with.")
    public record Send(
            @Schema(examples = "15/TTr-TCT") @NotBlank @Size(max = 60) String number,
            @NotNull LocalDate sentOn,
            @Schema(examples = "Lường Văn Thành") @NotBlank @Size(max = 200) String signerName,
            @Schema(examples = "Hiệu trưởng") @NotBlank @Size(max = 200) String signerPosition) {
    }

    @Schema(name = "ReturnProposalRequest", description = "Why the proposal goes back to the agency.")
    public record Return(
            @Schema(examples = "Bổ sung biên bản họp Hội đồng có kết quả bỏ phiếu kín") @NotBlank @Size(max = 2000)
            String reason) {
    }

    @Schema(name = "RecordProposalDecisionRequest", description = "The higher authority's decision on the proposal, "
            + "and which nominees it awarded; the others are recorded as not awarded.")
    public record RecordDecision(
            @Schema(examples = "1234/QĐ-UBND") @NotBlank @Size(max = 60) String number,
            @NotNull LocalDate decisionDate,
            @Schema(examples = "Ủy ban nhân dân tỉnh Lai Châu") @NotBlank @Size(max = 300) String authorityName,
            @Schema(description = "PROVINCE or NATIONAL: the level of the awards it confers.")
            @NotNull AwardType.AwardedBy authorityLevel,
            @Schema(description = "The authority's unit, when it is in the tree: a unit above the proposer.")
            UUID authorityUnitId,
            @Schema(examples = "Lê Văn Lương") @NotBlank @Size(max = 200) String signerName,
            @Schema(examples = "Chủ tịch") @NotBlank @Size(max = 200) String signerPosition,
            @Schema(examples = "Quyết định về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024")
            @NotBlank @Size(max = 500) String title,
            @Size(max = 30) List<PlanParts.@NotNull @Valid LegalBasis> legalBases,
            @NotEmpty @Size(max = 2000) List<@NotNull @Valid Awarded> awarded) {
    }

    @Schema(name = "ProposalAwardedNominee", description = "A nominee the decision awards; its citation as the "
            + "decision words it, if it differs from the proposal's.")
    public record Awarded(@NotNull UUID nomineeId, @Size(max = 4000) String citation) {
    }
}
