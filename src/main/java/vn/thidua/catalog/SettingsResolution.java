package vn.thidua.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a unit's settings are found: the rule set's defaults, then the overrides of each unit on the path from the root
 * down to the unit itself; at each level the override for every rule set first, then the one for this set. The last
 * one applied wins, so the deepest agency has the final word, and at one level a set's own value beats the generic one.
 */
public final class SettingsResolution {

    /** An agency's value for a key: for one rule set, or every set ({@code ruleSet} null). */
    public record AgencyValue(UUID unitId, String unitCode, String unitName, String ruleSet, String key,
            JsonNode value, String reason) {
    }

    /** A key's effective value, and the override it comes from (null: the rule set's default). */
    public record Resolved(String key, JsonNode value, AgencyValue from) {
    }

    private SettingsResolution() {
    }

    /**
     * @param unitPath the unit's path, {@code /<root id>/.../<unit id>/}
     * @param byUnit the overrides of the rule set being resolved (its own and the generic ones), by unit
     */
    public static List<Resolved> resolve(Map<String, JsonNode> defaults, String unitPath,
            Map<UUID, List<AgencyValue>> byUnit) {
        Map<String, Resolved> resolved = new LinkedHashMap<>();
        defaults.keySet().stream().sorted(RuleSettings.order())
                .forEach(key -> resolved.put(key, new Resolved(key, defaults.get(key), null)));
        for (String segment : unitPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            List<AgencyValue> here = byUnit.getOrDefault(UUID.fromString(segment), List.of());
            here.stream().filter(v -> v.ruleSet() == null).forEach(v -> resolved.put(v.key(), new Resolved(v.key(),
                    v.value(), v)));
            here.stream().filter(v -> v.ruleSet() != null).forEach(v -> resolved.put(v.key(), new Resolved(v.key(),
                    v.value(), v)));
        }
        List<Resolved> all = new ArrayList<>(resolved.values());
        all.sort((a, b) -> RuleSettings.order().compare(a.key(), b.key()));
        return all;
    }

    /** The engine's view of a resolution. */
    public static EffectiveSettings effective(String ruleSet, List<Resolved> resolved) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Resolved r : resolved) {
            values.put(r.key(), r.value());
            sources.put(r.key(), r.from() == null ? EffectiveSettings.DEFAULT
                    : r.from().unitCode() + ": " + r.from().reason());
        }
        return new EffectiveSettings(ruleSet, values, sources);
    }
}
