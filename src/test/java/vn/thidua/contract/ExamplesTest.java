package vn.thidua.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import vn.thidua.testsupport.ContractSchemas;

/**
 * The examples of the contract are the documents people copy into their clients: every request body and every
 * successful JSON answer has one, and each is valid against its schema (checked as the tests' traffic is, by
 * swagger-request-validator and {@link ContractSchemas}). CSV bodies have a header line and data.
 */
class ExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOME_ID = "0190b3f4-7a1c-7c3e-9d2a-5b6c7d8e9f01";
    private static JsonNode contract;
    private static OpenApiInteractionValidator validator;
    private static ContractSchemas schemas;

    @BeforeAll
    static void read() throws IOException {
        contract = new YAMLMapper().readTree(ContractDriftTest.CHECKED_IN.toFile());
        validator = OpenApiInteractionValidator
                .createForSpecificationUrl(ContractDriftTest.CHECKED_IN.toAbsolutePath().toUri().toString()).build();
        schemas = ContractSchemas.read(ContractDriftTest.CHECKED_IN);
    }

    @Test
    void everyRequestBodyAndSuccessfulAnswerHasAnExample() {
        List<String> missing = new ArrayList<>();
        forEachOperation((where, operation) -> {
            operation.path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (examples(media.getValue()).isEmpty()) {
                    missing.add(where + " request " + media.getKey());
                }
            });
            operation.path("responses").fields().forEachRemaining(response -> {
                if (!response.getKey().startsWith("2")) {
                    return;
                }
                response.getValue().path("content").fields().forEachRemaining(media -> {
                    boolean binary = "binary".equals(media.getValue().path("schema").path("format").asText());
                    if (!binary && examples(media.getValue()).isEmpty()) {
                        missing.add(where + " " + response.getKey() + " " + media.getKey());
                    }
                });
            });
        });
        assertEquals(List.of(), missing, "request bodies and answers without an example");
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        List<String> invalid = new ArrayList<>();
        int[] checked = {0};
        forEachOperation((where, operation) -> {
            String[] methodAndPath = where.split(" ", 2);
            Request.Method method = Request.Method.valueOf(methodAndPath[0]);
            String path = methodAndPath[1].replaceAll("\\{[^}]+}", SOME_ID);
            operation.path("requestBody").path("content").fields().forEachRemaining(media ->
                    examples(media.getValue()).forEach((name, value) -> {
                        checked[0]++;
                        String problems = media.getKey().equals("text/csv") ? csvProblems(value)
                                : describe(validator.validateRequest(request(method, path, media.getKey(), value)),
                                        "validation.request.body")
                                + String.join("; ", schemas.requestBodyProblems(methodAndPath[0], path,
                                        media.getKey(), value));
                        if (!problems.isEmpty()) {
                            invalid.add(where + " request " + media.getKey() + " '" + name + "': " + problems);
                        }
                    }));
            operation.path("responses").fields().forEachRemaining(response ->
                    response.getValue().path("content").fields().forEachRemaining(media ->
                            examples(media.getValue()).forEach((name, value) -> {
                                checked[0]++;
                                int status = Integer.parseInt(response.getKey());
                                String problems = media.getKey().equals("text/csv") ? csvProblems(value)
                                        : describe(validator.validateResponse(path, method, response(
                                                status, media.getKey(), value)), "validation.response.body")
                                        + String.join("; ", schemas.responseBodyProblems(methodAndPath[0],
                                                path, status, media.getKey(), value));
                                if (!problems.isEmpty()) {
                                    invalid.add(where + " " + response.getKey() + " " + media.getKey() + " '"
                                            + name + "': " + problems);
                                }
                            })));
        });
        assertTrue(checked[0] >= 51, "only " + checked[0] + " examples found");
        assertEquals(List.of(), invalid, "examples that do not match their schema");
    }

    @Test
    void aWrongExampleIsCaught() {
        JsonNode unit = examples(contract.at("/paths/~1api~1v1~1units~1{id}/get/responses/200/content"
                + "/application~1json")).values().iterator().next();
        JsonNode planet = ((ObjectNode) unit.deepCopy()).put("kind", "PLANET");
        assertFalse(schemas.responseBodyProblems("GET", "/api/v1/units/" + SOME_ID, 200, "application/json", planet)
                .isEmpty(), "a unit of kind PLANET must not pass");
        JsonNode wordy = ((ObjectNode) unit.deepCopy()).put("version", "four");
        assertFalse(schemas.responseBodyProblems("GET", "/api/v1/units/" + SOME_ID, 200, "application/json", wordy)
                .isEmpty(), "a version in words must not pass");
        JsonNode unnamed = JSON.createObjectNode().put("code", "TCT-KDTBD").put("kind", "DEPARTMENT")
                .put("parentId", SOME_ID);
        assertFalse(schemas.requestBodyProblems("POST", "/api/v1/units", "application/json", unnamed).isEmpty(),
                "a new unit without its name must not pass");
    }

    private static void forEachOperation(BiConsumer<String, JsonNode> action) {
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (entry.getValue().has("operationId")) {
                action.accept(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue());
            }
        }));
    }

    private static Map<String, JsonNode> examples(JsonNode mediaType) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        if (mediaType.has("example")) {
            found.put("example", mediaType.get("example"));
        }
        mediaType.path("examples").fields().forEachRemaining(e -> found.put(e.getKey(), e.getValue().path("value")));
        return found;
    }

    private static Request request(Request.Method method, String path, String mediaType, JsonNode value) {
        return new SimpleRequest.Builder(method, path)
                .withContentType(mediaType)
                .withAuthorization("Bearer example")
                .withHeader("If-Match", "\"1\"")
                .withBody(value.toString())
                .build();
    }

    private static SimpleResponse response(int status, String mediaType, JsonNode value) {
        return SimpleResponse.Builder.status(status).withContentType(mediaType).withBody(value.toString()).build();
    }

    /** Only what the report says about the body: the example stands alone, without the parameters of a request. */
    private static String describe(ValidationReport report, String keyPrefix) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && m.getKey().startsWith(keyPrefix))
                .map(ValidationReport.Message::getMessage)
                .collect(Collectors.joining("; "));
    }

    private static String csvProblems(JsonNode value) {
        if (!value.isTextual()) {
            return "a CSV example must be text";
        }
        List<String> lines = value.asText().lines().filter(line -> !line.isBlank()).toList();
        return lines.size() >= 2 ? "" : "a CSV example needs a header line and at least one row";
    }
}
