package vn.thidua.catalog;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

public record EffectiveSettings(String ruleSet, Map<String, JsonNode> values, Map<String, String> sources) {
}
