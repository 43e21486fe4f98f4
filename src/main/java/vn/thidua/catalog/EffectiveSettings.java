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
}
