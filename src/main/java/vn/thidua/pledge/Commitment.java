package vn.thidua.pledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Commitment", description = "What the subject commits to under one sub-movement of the plan.")
public record Commitment(
        @Schema(description = "The sub-movement's key in the plan.", examples = "GD5T") @NotBlank @Size(max = 20) String movementKey,
        @Schema(examples = "Giảng dạy đủ 270 tiết chuẩn, không có giờ giảng bị đánh giá không đạt")
        @NotBlank @Size(max = 5000) String text) {
}
