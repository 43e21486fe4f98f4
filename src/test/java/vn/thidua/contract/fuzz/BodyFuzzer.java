package vn.thidua.contract.fuzz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Builds a valid JSON body from an operation's request schema, then every mutation of it the fuzzer sends: per
 * property dropped, nulled, of the wrong JSON type, at and past its bounds, filled with hostile text; unknown
 * properties at every level; arrays empty, huge and holding nulls. A mutation that the contract says must be
 * refused (a required property dropped, a value past maxLength, an unknown property...) carries the reason, and
 * the test fails if the server accepts it.
 */
@SuppressWarnings("rawtypes")
final class BodyFuzzer {

    /**
     * A body to send, written only when sent (most are sampled away, and some are megabytes); {@code mustRefuse}
     * says why the contract forbids it, or is null when either answer is fine.
     */
    record Mutation(String label, Supplier<String> body, String mustRefuse) {

        Mutation(String label, String body, String mustRefuse) {
            this(label, () -> body, mustRefuse);
        }
    }

    /** Values the world supplies for properties that must name real things or be unique. */
    interface Hints {
        /** A value for the property; {@link MissingNode} to leave it out of the base body; null for no hint. */
        JsonNode value(String schemaName, String property);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw-json-";
    private static final int HUGE_ARRAY = 10_000;

    private final FuzzContract contract;
    private final Random random;
    private final ObjectMapper json;

    BodyFuzzer(FuzzContract contract, Random random, ObjectMapper json) {
        this.contract = contract;
        this.random = random;
        this.json = json;
    }

    // ---- the valid base ----------------------------------------------------------------------------------------

    JsonNode base(Schema schema, Hints hints) {
        return valid(schema, hints, 0);
    }

    private JsonNode valid(Schema declared, Hints hints, int depth) {
        Schema schema = contract.resolve(declared);
        String name = FuzzContract.schemaName(declared);
        if (schema == null || depth > 8) {
            return NODES.nullNode();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return json.valueToTree(schema.getEnum().get(0));
        }
        String type = type(schema);
        Object example = example(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (schema.getProperties() != null) {
                    for (Object entry : schema.getProperties().entrySet()) {
                        var property = (Map.Entry<String, Schema>) entry;
                        JsonNode hint = hints.value(name, property.getKey());
                        if (hint instanceof MissingNode) {
                            continue;
                        }
                        if (hint != null) {
                            object.set(property.getKey(), hint);
                        } else if (required(schema, property.getKey())) {
                            object.set(property.getKey(), validProperty(property.getValue(), hints, depth));
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (example instanceof List<?> list && !list.isEmpty()) {
                    return json.valueToTree(list);
                }
                array.add(valid(schema.getItems(), hints, depth + 1));
                return array;
            }
            case "integer", "number" -> {
                if (example instanceof Number) {
                    return json.valueToTree(example);
                }
                BigDecimal min = schema.getMinimum();
                return NODES.numberNode(min != null ? min.longValue() : 1L);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(validText(schema, example));
            }
        }
    }

    /** A property's own examples (OpenAPI 3.1 puts them beside the $ref) win over the referred schema's. */
    private JsonNode validProperty(Schema declared, Hints hints, int depth) {
        Object example = example(declared);
        if (example != null && declared.get$ref() != null) {
            return json.valueToTree(example);
        }
        return valid(declared, hints, depth + 1);
    }

    private String validText(Schema schema, Object example) {
        String format = schema.getFormat();
        String pattern = schema.getPattern();
        String text;
        if ("uuid".equals(format)) {
            text = new UUID(random.nextLong(), random.nextLong()).toString();
        } else if ("date".equals(format)) {
            text = example != null ? example.toString() : "2022-03-10";
        } else if ("date-time".equals(format)) {
            text = "2022-03-10T12:15:50Z";
        } else if (pattern != null && (pattern.startsWith("[A-Za-z0-9]") || pattern.startsWith("[A-Z0-9_]"))) {
            text = FuzzValues.uniqueCode(random, "FZ").replace('-', '_');
            text = pattern.startsWith("[A-Z0-9_]") ? text.substring(0, Math.min(20, text.length())) : text;
        } else if (example != null) {
            text = example.toString();
        } else if (pattern != null && pattern.matches("[a-z_]+(\\|[a-z_]+)+")) {
            text = pattern.substring(0, pattern.indexOf('|'));
        } else if (pattern != null && pattern.startsWith("https?")) {
            text = "https://thidua.example/files/ke-hoach.pdf";
        } else if (pattern != null && pattern.contains("sha256")) {
            text = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        } else {
            text = "Giá trị thử " + random.nextInt(1000);
        }
        Integer max = schema.getMaxLength();
        return max != null && text.length() > max ? text.substring(0, max) : text;
    }

    // ---- mutations ---------------------------------------------------------------------------------------------

    /** Mutations of the whole body and of every property reachable from it. */
    List<Mutation> mutations(JsonNode base, Schema schema, Hints hints) {
        List<Mutation> out = new ArrayList<>();
        Schema resolved = contract.resolve(schema);
        boolean object = "object".equals(type(resolved));
        out.add(new Mutation("body: empty", "", "the body is required"));
        out.add(new Mutation("body: JSON null", "null", "the body is required"));
        out.add(new Mutation("body: unterminated", "{\"a\": [1, 2", "malformed JSON"));
        out.add(new Mutation("body: missing value", "{\"a\":}", "malformed JSON"));
        out.add(new Mutation("body: single quotes", "{'a': 'b'}", "malformed JSON"));
        out.add(new Mutation("body: comment", "/* c */ " + base, null));
        out.add(new Mutation("body: trailing garbage", base + " x", null));
        out.add(new Mutation("body: NaN", "{\"a\": NaN}", "malformed JSON"));
        out.add(new Mutation("body: 5,000 nested arrays", "[".repeat(5_000) + "]".repeat(5_000), "nesting too deep"));
        out.add(new Mutation("body: invalid escape", "{\"a\": \"\\x41\"}", "malformed JSON"));
        out.add(new Mutation("body: a bare string", "\"text\"", object ? "an object is required" : null));
        out.add(new Mutation("body: a number", "42", "a number is not the body's type"));
        out.add(new Mutation("body: wrong container", object ? "[]" : "{}", "wrong JSON container"));
        if (object) {
            boolean anyRequired = resolved.getRequired() != null && !resolved.getRequired().isEmpty();
            out.add(new Mutation("body: {}", "{}", anyRequired ? "required properties are missing" : null));
            out.add(new Mutation("body: duplicate key", duplicateKey(base), null));
        }
        walk(base, schema, new ArrayList<>(), base, true, hints, out, 0);
        return out;
    }

    private void walk(JsonNode root, Schema declared, List<Object> path, JsonNode value, boolean required,
                      Hints hints, List<Mutation> out, int depth) {
        Schema schema = contract.resolve(declared);
        if (schema == null || depth > 6) {
            return;
        }
        String at = path.isEmpty() ? "$" : render(path);
        String type = type(schema);
        if (!path.isEmpty()) {
            // an array element is dropped and nulled by the array's own mutations
            if (!(path.get(path.size() - 1) instanceof Integer)) {
                out.add(set(root, path, at + " dropped", MissingNode.getInstance(),
                        required ? "required property dropped" : null));
                out.add(set(root, path, at + " = null", NODES.nullNode(), required ? "required property null" : null));
            }
            scalarMutations(root, path, at, schema, out);
        }
        if ("object".equals(type) && value instanceof ObjectNode object) {
            boolean open = schema.getAdditionalProperties() != null
                    && !Boolean.FALSE.equals(schema.getAdditionalProperties());
            List<Object> unknown = append(path, "fuzzUnknownProperty");
            out.add(set(root, unknown, render(unknown) + " added", NODES.textNode("x"),
                    open ? null : "unknown property"));
            if (schema.getProperties() == null) {
                return;
            }
            for (Object entry : schema.getProperties().entrySet()) {
                var property = (Map.Entry<String, Schema>) entry;
                List<Object> inner = append(path, property.getKey());
                JsonNode present = object.get(property.getKey());
                JsonNode rootForProperty = root;
                if (present == null) {
                    // an optional property absent from the base: give it a valid value first, then mutate that
                    present = validProperty(property.getValue(), hints, depth);
                    rootForProperty = with(root, inner, present);
                    JsonNode withValid = rootForProperty;
                    out.add(new Mutation(render(inner) + " added with a valid value", () -> write(withValid), null));
                }
                walk(rootForProperty, property.getValue(), inner, present, required(schema, property.getKey()), hints,
                        out, depth + 1);
            }
        } else if ("array".equals(type) && value instanceof ArrayNode array) {
            Integer minItems = schema.getMinItems();
            Integer maxItems = schema.getMaxItems();
            out.add(set(root, path, at + " = []", NODES.arrayNode(),
                    minItems != null && minItems > 0 ? "fewer than minItems" : null));
            JsonNode element = array.isEmpty() ? valid(schema.getItems(), hints, depth + 1) : array.get(0);
            ArrayNode huge = NODES.arrayNode();
            for (int i = 0; i < HUGE_ARRAY; i++) {
                huge.add(element);
            }
            out.add(set(root, path, at + " = 10,000 elements", huge,
                    maxItems != null && maxItems < HUGE_ARRAY ? "more than maxItems" : null));
            ArrayNode withNull = NODES.arrayNode().add(element).addNull();
            out.add(set(root, path, at + " with a null element", withNull, null));
            out.add(set(root, path, at + " = \"text\"", NODES.textNode("text"), "an array is required"));
            List<Object> first = append(path, 0);
            JsonNode rootWithElement = array.isEmpty() ? with(root, path, NODES.arrayNode().add(element)) : root;
            walk(rootWithElement, schema.getItems(), first, element, true, hints, out, depth + 1);
        }
    }

    /** Wrong types and boundary values of one property, chosen by its schema. */
    private void scalarMutations(JsonNode root, List<Object> path, String at, Schema schema, List<Mutation> out) {
        String type = type(schema);
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            out.add(set(root, path, at + " = unknown enum value", NODES.textNode("NOT_A_VALUE"), "not one of the enum"));
            out.add(set(root, path, at + " = enum value in lower case",
                    NODES.textNode(schema.getEnum().get(0).toString().toLowerCase()), null));
            out.add(set(root, path, at + " = \"\"", NODES.textNode(""), null));
            out.add(set(root, path, at + " = 0", NODES.numberNode(0), null));
            out.add(set(root, path, at + " = {}", NODES.objectNode(), "an object is not an enum value"));
            return;
        }
        switch (type) {
            case "object" -> {
                out.add(set(root, path, at + " = []", NODES.arrayNode(), "an object is required"));
                out.add(set(root, path, at + " = \"text\"", NODES.textNode("text"), "an object is required"));
            }
            case "array" -> out.add(set(root, path, at + " = {}", NODES.objectNode(), "an array is required"));
            case "integer", "number" -> numberMutations(root, path, at, schema, out);
            case "boolean" -> {
                out.add(set(root, path, at + " = \"maybe\"", NODES.textNode("maybe"), "not a boolean"));
                out.add(set(root, path, at + " = 1", NODES.numberNode(1), null));
                out.add(set(root, path, at + " = \"true\"", NODES.textNode("true"), null));
                out.add(set(root, path, at + " = {}", NODES.objectNode(), "not a boolean"));
            }
            default -> textMutations(root, path, at, schema, out);
        }
    }

    private void numberMutations(JsonNode root, List<Object> path, String at, Schema schema, List<Mutation> out) {
        boolean int32 = "int32".equals(schema.getFormat());
        out.add(set(root, path, at + " = \"abc\"", NODES.textNode("abc"), "not a number"));
        out.add(set(root, path, at + " = true", NODES.booleanNode(true), null));
        out.add(set(root, path, at + " = {}", NODES.objectNode(), "not a number"));
        if (schema.getMinimum() != null) {
            BigDecimal below = schema.getMinimum().subtract(BigDecimal.ONE);
            out.add(setRaw(root, path, at + " = minimum - 1", below.toPlainString(), "below the minimum"));
        }
        if (schema.getMaximum() != null) {
            BigDecimal above = schema.getMaximum().add(BigDecimal.ONE);
            out.add(setRaw(root, path, at + " = maximum + 1", above.toPlainString(), "above the maximum"));
        }
        for (int i = 0; i < 3; i++) {
            String literal = FuzzValues.pick(random, FuzzValues.ODD_NUMBERS);
            out.add(setRaw(root, path, at + " = " + literal, literal,
                    outOfRange(literal, schema, int32) ? "out of the type's or the schema's range" : null));
        }
    }

    private static boolean outOfRange(String literal, Schema schema, boolean int32) {
        BigDecimal value;
        try {
            value = new BigDecimal(literal);
        } catch (NumberFormatException e) {
            return false;
        }
        if (value.compareTo(BigDecimal.valueOf(value.longValue())) != 0 && value.stripTrailingZeros().scale() <= 0) {
            return true;
        }
        boolean integral = value.stripTrailingZeros().scale() <= 0;
        if (integral && int32 && (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0)) {
            return true;
        }
        return integral && (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0
                || schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0);
    }

    private void textMutations(JsonNode root, List<Object> path, String at, Schema schema, List<Mutation> out) {
        String format = schema.getFormat();
        Integer maxLength = schema.getMaxLength();
        boolean notBlank = "\\S".equals(schema.getPattern()) || schema.getMinLength() != null && schema.getMinLength() > 0;
        out.add(set(root, path, at + " = {}", NODES.objectNode(), "a string is required"));
        out.add(set(root, path, at + " = [\"a\"]", NODES.arrayNode().add("a"), "a string is required"));
        out.add(set(root, path, at + " = 42", NODES.numberNode(42), null));
        if ("uuid".equals(format)) {
            for (String bad : FuzzValues.BAD_UUIDS) {
                out.add(set(root, path, at + " = \"" + bad + "\"", NODES.textNode(bad), bad.isEmpty() ? null : "not a UUID"));
            }
            out.add(set(root, path, at + " = unknown UUID", NODES.textNode(FuzzValues.uuid(random)), null));
            return;
        }
        if ("date".equals(format)) {
            for (String bad : FuzzValues.BAD_DATES) {
                out.add(set(root, path, at + " = \"" + bad + "\"", NODES.textNode(bad), "not a date"));
            }
            for (int i = 0; i < 2; i++) {
                String edge = FuzzValues.pick(random, FuzzValues.EDGE_DATES);
                out.add(set(root, path, at + " = \"" + edge + "\"", NODES.textNode(edge), null));
            }
            return;
        }
        if ("date-time".equals(format)) {
            for (String bad : FuzzValues.BAD_DATE_TIMES) {
                out.add(set(root, path, at + " = \"" + bad + "\"", NODES.textNode(bad), null));
            }
            return;
        }
        out.add(set(root, path, at + " = \"\"", NODES.textNode(""), notBlank ? "blank" : null));
        out.add(set(root, path, at + " = spaces", NODES.textNode("   "), notBlank ? "blank" : null));
        out.add(set(root, path, at + " = 100,000 characters", NODES.textNode(FuzzValues.HUGE),
                maxLength != null && maxLength < FuzzValues.HUGE.length() ? "longer than maxLength" : null));
        if (maxLength != null && maxLength < FuzzValues.HUGE.length()) {
            out.add(set(root, path, at + " = maxLength characters", NODES.textNode("Đ".repeat(maxLength)), null));
            out.add(set(root, path, at + " = maxLength + 1 characters", NODES.textNode("Đ".repeat(maxLength + 1)),
                    "longer than maxLength"));
        }
        for (int i = 0; i < 2; i++) {
            String odd = FuzzValues.pick(random, FuzzValues.ODD_TEXT);
            out.add(set(root, path, at + " = odd text " + json.valueToTree(odd), NODES.textNode(odd), null));
        }
        String injection = FuzzValues.pick(random, FuzzValues.INJECTION);
        out.add(set(root, path, at + " = " + json.valueToTree(injection), NODES.textNode(injection), null));
        String surrogate = FuzzValues.pick(random, FuzzValues.LONE_SURROGATE_JSON);
        out.add(setRaw(root, path, at + " = lone surrogate " + surrogate, surrogate, null));
        // a declared string refuses what no document can print (an untyped value, a JsonNode, may hold it as data);
        // inside an array it may be an imported row, which fails alone while the rest are applied
        boolean inArray = path.stream().anyMatch(Integer.class::isInstance);
        String refused = "string".equals(declaredType(schema)) && !inArray ? "unprintable text" : null;
        String unprintable = "Biên bản " + FuzzValues.pick(random, FuzzValues.UNPRINTABLE_TEXT);
        out.add(set(root, path, at + " = unprintable " + json.valueToTree(unprintable), NODES.textNode(unprintable),
                refused));
        String escaped = FuzzValues.pick(random, FuzzValues.UNPRINTABLE_JSON);
        out.add(setRaw(root, path, at + " = unprintable escape " + escaped, escaped, refused));
    }

    // ---- JSON plumbing -----------------------------------------------------------------------------------------

    private Mutation set(JsonNode root, List<Object> path, String label, JsonNode value, String mustRefuse) {
        return new Mutation(label, () -> write(with(root, path, value)), mustRefuse);
    }

    /** A value no JsonNode can hold (1e400, a lone surrogate): a marker is set, then replaced in the text. */
    private Mutation setRaw(JsonNode root, List<Object> path, String label, String rawJson, String mustRefuse) {
        String marker = RAW + random.nextInt(Integer.MAX_VALUE);
        return new Mutation(label, () -> write(with(root, path, TextNode.valueOf(marker)))
                .replace("\"" + marker + "\"", rawJson), mustRefuse);
    }

    /** A copy of {@code root} with the value at {@code path} replaced; {@link MissingNode} removes it. */
    private static JsonNode with(JsonNode root, List<Object> path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value instanceof MissingNode) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) last;
            if (value instanceof MissingNode) {
                array.remove(index);
            } else if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        }
        return copy;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String duplicateKey(JsonNode base) {
        if (!(base instanceof ObjectNode object) || object.isEmpty()) {
            return "{\"a\": 1, \"a\": 2}";
        }
        String field = object.fieldNames().next();
        String text = object.toString();
        return "{\"" + field + "\": null, " + text.substring(1);
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static String render(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(step);
            }
        }
        return out.toString();
    }

    static String type(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            for (Object type : schema.getTypes()) {
                if (!"null".equals(type)) {
                    return type.toString();
                }
            }
        }
        if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
            return "object";
        }
        return schema.getItems() != null ? "array" : "string";
    }

    /** The type the schema names, or null when it names none (any JSON value). */
    private static String declaredType(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            for (Object type : schema.getTypes()) {
                if (!"null".equals(type)) {
                    return type.toString();
                }
            }
        }
        return null;
    }

    private static boolean required(Schema schema, String property) {
        return schema.getRequired() != null && schema.getRequired().contains(property);
    }

    private static Object example(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        return schema.getExample();
    }
}
