package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A criterion's parameters as its rule reads them. A parameter written {@code {"setting": "<key>"}} takes the value
 * of that configurable item for the subject's agency, so that one rule set serves agencies that configure it
 * differently.
 */
final class Params {

    private final Criterion criterion;
    private final ObjectNode params;
    private final Settings settings;

    Params(Criterion criterion, Settings settings) {
        this.criterion = criterion;
        this.params = criterion.params();
        this.settings = settings;
    }

    JsonNode get(String name) {
        JsonNode value = params.get(name);
        if (value != null && value.isObject() && value.has("setting")) {
            return settings.get(value.get("setting").asText());
        }
        return value;
    }

    String text(String name) {
        JsonNode value = required(name);
        if (!value.isTextual()) {
            throw fault(name, "a text");
        }
        return value.textValue();
    }

    int integer(String name, int orElse) {
        JsonNode value = get(name);
        if (value == null || value.isMissingNode() || value.isNull()) {
            return orElse;
        }
        if (!value.canConvertToExactIntegral()) {
            throw fault(name, "an integer");
        }
        return value.intValue();
    }

    int integer(String name) {
        required(name);
        return integer(name, 0);
    }

    BigDecimal decimal(String name) {
        JsonNode value = required(name);
        if (!value.isNumber()) {
            throw fault(name, "a number");
        }
        return value.decimalValue();
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = text(name);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fault(name, "one of " + List.of(type.getEnumConstants()));
        }
    }

    <E extends Enum<E>> List<E> choices(String name, Class<E> type, List<E> orElse) {
        JsonNode value = get(name);
        if (value == null || value.isMissingNode() || value.isNull()) {
            return orElse;
        }
        if (!value.isArray()) {
            throw fault(name, "a list");
        }
        List<E> found = new ArrayList<>();
        value.forEach(element -> found.add(Enum.valueOf(type, element.asText().toUpperCase(Locale.ROOT))));
        return List.copyOf(found);
    }

    List<String> texts(String name) {
        JsonNode value = required(name);
        if (!value.isArray() || value.isEmpty()) {
            throw fault(name, "a non-empty list");
        }
        List<String> found = new ArrayList<>();
        value.forEach(element -> found.add(element.asText()));
        return List.copyOf(found);
    }

    private JsonNode required(String name) {
        JsonNode value = get(name);
        if (value == null || value.isMissingNode() || value.isNull()) {
            throw fault(name, "present");
        }
        return value;
    }

    private RuleDataException fault(String name, String expected) {
        return new RuleDataException("criterion " + criterion.id() + " (" + criterion.rule() + "): parameter " + name
                + " must be " + expected + ", is " + get(name));
    }
}
