package vn.thidua.catalog;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The configurable items of a rule set as they apply in one unit. {@code sources} says, per key, where the value
 * comes from: {@code DEFAULT} (the rule set's), or {@code <unit code>: <reason>} of the agency whose override won.
 */
public record EffectiveSettings(String ruleSet, Map<String, JsonNode> values, Map<String, String> sources) {

    public static final String DEFAULT = "DEFAULT";

    public JsonNode value(String key) {
        return values.get(key);
    }

    /** Whether the award needs the council's vote here ({@code vote.<code>.required}). */
    public boolean voteRequired(String awardCode) {
        return RuleSettings.voteRequired(values.get(RuleSettings.VOTE_PREFIX + awardCode));
    }

    /** The quota configured here on the award, if any ({@code quota.<code>}). */
    public java.util.Optional<JsonNode> quota(String awardCode) {
        JsonNode quota = values.get(RuleSettings.QUOTA_PREFIX + awardCode);
        return quota == null || !quota.isObject() || !quota.has("ratio") ? java.util.Optional.empty()
                : java.util.Optional.of(quota);
    }
}
