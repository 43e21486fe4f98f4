package vn.thidua.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AwardType", description = "A title (danh hiệu) or commendation form (hình thức khen thưởng).")
public record AwardTypeResponse(
        @Schema(examples = "ADVANCED_WORKER") String code,
        AwardType.Category category,
        AwardType.Subject subject,
        @Schema(examples = "Lao động tiên tiến") String nameVi,
        @Schema(examples = "Advanced worker") String nameEn,
        AwardType.AwardedBy awardedBy) {

    static AwardTypeResponse from(AwardType type) {
        return new AwardTypeResponse(type.code, type.category, type.subject, type.nameVi, type.nameEn, type.awardedBy);
    }
}
