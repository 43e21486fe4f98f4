package vn.thidua.evaluation.eligibility;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.catalog.CriterionSpec;

/**
 * One criterion of a rule set, as stored (see {@link CriterionSpec}), with the nested criteria of ANY_OF and ALL_OF
 * read out of {@code params.of}.
 */
record Criterion(String id, String rule, ObjectNode params, String when, String legalRef, boolean needsVerification,
        List<Criterion> parts) {

    static Criterion of(CriterionSpec spec) {
        ObjectNode params = spec.params() == null ? JsonNodeFactory.instance.objectNode() : spec.params();
        return new Criterion(spec.id(), spec.rule(), params, spec.when(), spec.legalRef(), spec.needsVerification(),
                parts(params.get("of")));
    }

    private static Criterion of(JsonNode node) {
        JsonNode params = node.get("params");
        ObjectNode object = params instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        return new Criterion(text(node, "id"), text(node, "rule"), object, text(node, "when"), text(node, "legalRef"),
                node.path("needsVerification").asBoolean(false), parts(object.get("of")));
    }

    private static List<Criterion> parts(JsonNode of) {
        List<Criterion> parts = new ArrayList<>();
        if (of != null && of.isArray()) {
            of.forEach(element -> parts.add(of(element)));
        }
        return List.copyOf(parts);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
