package vn.thidua.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** How overrides and a unit's effective settings read over HTTP. */
public final class RuleOverrideResponses {

    private RuleOverrideResponses() {
    }

    @Schema(name = "RuleOverride", description = "An agency's value of a configurable item for its subtree.")
    public record AgencyOverride(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID unitId,
            @Schema(description = "The rule set it applies to; null: every rule set.") String ruleSet,
            @Schema(required = true, examples = "advancedCollective.minShare") String key,
            @Schema(description = "The value (null only for a quota: no cap).", examples = "0.7") JsonNode value,
            @Schema(required = true) String reason,
            String createdBy,
            @Schema(required = true) OffsetDateTime createdAt,
            String updatedBy,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static AgencyOverride from(RuleOverride o) {
            return new AgencyOverride(o.id, o.unitId, o.ruleSetCode, o.settingKey, o.value, o.reason, o.createdBy,
                    o.createdAt, o.updatedBy, o.updatedAt, o.version);
        }
    }

    @Schema(name = "OverridingUnit", description = "The agency whose override gives a value.")
    public record Unit(@Schema(required = true) UUID id, @Schema(required = true) String code,
            @Schema(required = true) String name) {
    }

    /** Where an effective value comes from. */
    public enum Source {
        DEFAULT, OVERRIDE
    }

    @Schema(name = "EffectiveSetting", description = "One configurable item as it applies in the unit, with its source.")
    public record Setting(
            @Schema(required = true, examples = "employment.minMonths") String key,
            @Schema(description = "The value (null only for a quota: no cap).", examples = "6") JsonNode value,
            @Schema(required = true, description = "DEFAULT: the rule set's; OVERRIDE: an agency's, on the path from "
                    + "the root to the unit.") Source source,
            @Schema(description = "The agency whose override applies (null for DEFAULT).") Unit unit,
            @Schema(description = "The override's rule set; null for one made for every set.") String overrideRuleSet,
            @Schema(description = "The override's reason.") String reason) {

        static Setting from(SettingsResolution.Resolved r) {
            SettingsResolution.AgencyValue o = r.from();
            return o == null ? new Setting(r.key(), r.value(), Source.DEFAULT, null, null, null)
                    : new Setting(r.key(), r.value(), Source.OVERRIDE, new Unit(o.unitId(), o.unitCode(), o.unitName()),
                            o.ruleSet(), o.reason());
        }
    }

    @Schema(name = "UnitRuleSettings", description = "The settings of a rule set as they apply in a unit: the set's "
            + "defaults, overridden by the agencies above the unit and the unit itself, the deepest winning (at one "
            + "level, an override for the set beats one for every set).")
    public record UnitSettings(
            @Schema(required = true) UUID unitId,
            @Schema(required = true, examples = "LAW2022_ND152") String ruleSet,
            @Schema(required = true) RuleSetStatus ruleSetStatus,
            @Schema(required = true) boolean ruleSetNeedsVerification,
            @Schema(required = true) List<Setting> settings) {
    }
}
