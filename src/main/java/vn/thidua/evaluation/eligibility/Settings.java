package vn.thidua.evaluation.eligibility;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** The configurable items in force for one subject: its rule set's defaults with its agency's overrides applied. */
record Settings(Map<String, JsonNode> values) {

    JsonNode get(String key) {
        JsonNode value = values.get(key);
        return value == null ? MissingNode.getInstance() : value;
    }

    /** A boolean setting; a missing one is a fault of the rule set's data. */
    boolean flag(String key) {
        JsonNode value = get(key);
        if (!value.isBoolean()) {
            throw new RuleDataException("setting " + key + " is not a boolean: " + value);
        }
        return value.booleanValue();
    }
}
