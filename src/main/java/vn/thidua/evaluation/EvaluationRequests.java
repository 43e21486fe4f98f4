package vn.thidua.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the evaluation operations. */
public final class EvaluationRequests {

    private EvaluationRequests() {
    }

    @Schema(name = "CreateEvaluationRequest", description = "Opens the evaluation of one subject: a person "
            + "(personId) or a unit as a collective (unitId), exactly one of them.")
    public record Create(
            UUID personId,
            UUID unitId,
            @Schema(description = "A phase of the plan (thematic evaluation); absent: the whole plan.") UUID phaseId) {
    }

    @Schema(name = "OpenEvaluationsRequest", description = "Opens at once the evaluations of every subject of a unit "
            + "with an approved pledge in the plan (and phase) and no evaluation yet.")
    public record Open(
            @NotNull UUID unitId,
            @Schema(description = "Include the units below it.", defaultValue = "true") Boolean subtree,
            @Schema(description = "A phase of the plan; absent: the whole plan.") UUID phaseId) {
    }

    @Schema(name = "EvaluationResultInput", description = "The result under one sub-movement; the commitment is the "
            + "pledge's and is not sent.")
    public record ResultInput(
            @Schema(examples = "GD5T") @NotBlank @Size(max = 20) String movementKey,
            @Schema(examples = "Giảng 296 tiết chuẩn; 2 giờ giảng được đánh giá tốt") @Size(max = 5000) String result,
            Boolean achieved) {
    }

    @Schema(name = "SelfAssessmentRequest", description = "The self-assessment (tự đánh giá): results per sub-movement "
            + "and the achievements of the period. Replaces the previous one; the pledge's commitments stay listed.")
    public record SelfAssessment(
            @Size(max = 50) List<@NotNull @Valid ResultInput> results,
            @Schema(examples = "Hoàn thành xuất sắc nhiệm vụ giảng dạy; chủ nhiệm 01 đề tài khoa học cấp cơ sở.")
            @Size(max = 20000) String achievements) {
    }

    @Schema(name = "AttestationInput", description = "Whether the unit attests it, with an optional note.")
    public record AttestationInput(
            @NotNull Boolean attested,
            @Schema(examples = "Đoàn kết, tích cực tham gia các phong trào của Trường") @Size(max = 2000) String note) {
    }

    @Schema(name = "ReviewRequest", description = "The unit's review meeting (họp bình xét): the titles and forms it "
            + "proposes, the meeting's date and votes (those present: votesFor + votesAgainst ≤ votesTotal), its "
            + "comment and the attestations made by hand. Replaces the previous review.")
    public record Review(
            @Schema(description = "Title codes that fit the subject.", examples = "[\"ADVANCED_WORKER\"]")
            @Size(max = 10) List<@NotBlank @Size(max = 50) String> proposedTitles,
            @Schema(description = "Commendation form codes.", examples = "[\"CERTIFICATE_OF_MERIT\"]")
            @Size(max = 10) List<@NotBlank @Size(max = 50) String> proposedForms,
            @Schema(examples = "2026-12-10") LocalDate meetingDate,
            @Schema(examples = "18") @Min(0) Integer votesFor,
            @Schema(examples = "1") @Min(0) Integer votesAgainst,
            @Schema(description = "Members present at the meeting.", examples = "20") @Min(1) Integer votesTotal,
            @Schema(examples = "Đề nghị công nhận danh hiệu Lao động tiên tiến") @Size(max = 5000) String comment,
            @Schema(description = "By attestation key.") Map<AttestationKey, @NotNull @Valid AttestationInput> attestations) {
    }

    @Schema(name = "EvaluationReasonRequest", description = "Why an evaluation is returned.")
    public record Reason(
            @Schema(examples = "Bổ sung minh chứng sáng kiến") @NotBlank @Size(max = 2000) String reason) {
    }
}
