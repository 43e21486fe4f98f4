package vn.thidua.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** The bodies of the rule-set and override operations. */
public final class RuleSetRequests {

    private RuleSetRequests() {
    }

    @Schema(name = "RuleSetReasonRequest", description = "Why a rule set is activated or retired; kept in its status and "
            + "the audit trail.")
    public record Reason(@Schema(examples = "Văn bản Luật sửa đổi đã được đối chiếu") @NotBlank @Size(max = 2000)
            String reason) {
    }

    @Schema(name = "RuleOverrideRequest", description = "An agency's value of a configurable item for its subtree.")
    public record AgencyOverride(
            @Schema(description = "The rule set it applies to; absent: every rule set.", examples = "LAW2022_ND152")
            @Size(max = 50) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String ruleSet,
            @Schema(required = true, description = "A value of the key's type (see `RuleSet.settings`); null only for "
                    + "a `quota.T` (no cap).", examples = "0.7") @NotNull JsonNode value,
            @Schema(description = "Why the agency differs, shown wherever the value applies.",
                    examples = "Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh: từ 70% cá nhân đạt Lao động tiên tiến")
            @NotBlank @Size(max = 2000) String reason) {
    }
}
