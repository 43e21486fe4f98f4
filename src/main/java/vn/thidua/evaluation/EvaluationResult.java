package vn.thidua.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The self-assessed result under one sub-movement, beside the commitment the pledge made under it. */
@Schema(name = "EvaluationResult", description = "The result achieved under one sub-movement of the plan.")
public record EvaluationResult(
        @Schema(description = "The sub-movement's key in the plan.", examples = "GD5T") @NotBlank @Size(max = 20)
        String movementKey,
        @Schema(description = "The commitment of the pledge under this sub-movement, copied when the evaluation was "
                + "opened; null when the pledge made none.", readOnly = true,
                examples = "Giảng dạy đủ 270 tiết chuẩn") String commitment,
        @Schema(description = "What was achieved, in the subject's words.",
                examples = "Giảng 296 tiết chuẩn; 2 giờ giảng được đánh giá tốt") @Size(max = 5000) String result,
        @Schema(description = "Whether the commitment was met; null: not said.") Boolean achieved) {
}
