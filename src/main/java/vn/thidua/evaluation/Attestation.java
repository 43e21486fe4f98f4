package vn.thidua.evaluation;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attestation made by hand at the unit's review: whether it holds, who said so and when. */
@Schema(name = "Attestation", description = "An attestation the unit made by hand at its review.")
public record Attestation(
        @Schema(required = true) boolean attested,
        @Schema(description = "Who made or last changed it.", examples = "tct.khoa-llcs") String by,
        OffsetDateTime at,
        @Schema(examples = "Đoàn kết, tích cực tham gia các phong trào của Trường") String note) {
}
