package vn.thidua.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;

/**
 * Checks JSON bodies against the schemas of the contract, as JSON Schema. swagger-request-validator reads an OpenAPI
 * 3.1 document but skips the {@code type} of its schemas (3.1 writes it as a list), so a string where the contract
 * says integer, or a null where it allows none, would pass it; this check does not. The contract's schemas are used
 * in place, {@code $ref}s resolved within the document; the keywords they use (type lists, anyOf, enum, required,
 * pattern, lengths, bounds) mean the same in the draft the validator implements.
 */
public final class ContractSchemas {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final JsonNode contract;
    private final JsonSchemaFactory factory = JsonSchemaFactory.byDefault();
    private final Map<Pattern, String> templates = new java.util.LinkedHashMap<>();
    private final Map<String, JsonSchema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    private ContractSchemas(JsonNode contract) {
        this.contract = contract;
        contract.path("paths").fieldNames().forEachRemaining(template -> templates.put(Pattern.compile(
                Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/:]+\\\\Q")), template));
    }

    public static ContractSchemas read(Path file) {
        try {
            return new ContractSchemas(YAML.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** What is wrong with a request body; empty when it is valid or the contract gives no schema for it. */
    public List<String> requestBodyProblems(String method, String path, String mediaType, JsonNode body) {
        String operation = operationPointer(method, path);
        if (operation == null) {
            return List.of();
        }
        return problems(contentSchema(operation + "/requestBody", mediaType), body);
    }

    /** What is wrong with a response body; empty when it is valid or the contract gives no schema for it. */
    public List<String> responseBodyProblems(String method, String path, int status, String mediaType,
            JsonNode body) {
        String operation = operationPointer(method, path);
        if (operation == null) {
            return List.of();
        }
        return problems(contentSchema(operation + "/responses/" + status, mediaType), body);
    }

    private String operationPointer(String method, String path) {
        for (Map.Entry<Pattern, String> template : templates.entrySet()) {
            if (template.getKey().matcher(path).matches()) {
                String pointer = "/paths/" + escape(template.getValue()) + "/" + method.toLowerCase(Locale.ROOT);
                return contract.at(pointer).isMissingNode() ? null : pointer;
            }
        }
        return null;
    }

    /** The pointer of the schema for this media type at a request body or response, following a response $ref. */
    private String contentSchema(String pointer, String mediaType) {
        JsonNode at = contract.at(pointer);
        if (at.has("$ref")) {
            pointer = at.get("$ref").asText().substring(1);
            at = contract.at(pointer);
        }
        String bare = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        for (Iterator<String> types = at.path("content").fieldNames(); types.hasNext();) {
            String type = types.next();
            if (type.equalsIgnoreCase(bare) && at.path("content").path(type).has("schema")) {
                return pointer + "/content/" + escape(type) + "/schema";
            }
        }
        return null;
    }

    private List<String> problems(String schemaPointer, JsonNode body) {
        if (schemaPointer == null) {
            return List.of();
        }
        try {
            ProcessingReport report = schema(schemaPointer).validate(body, true);
            List<String> problems = new ArrayList<>();
            for (ProcessingMessage message : report) {
                if (message.getLogLevel().compareTo(LogLevel.ERROR) >= 0) {
                    JsonNode json = message.asJson();
                    problems.add("at '" + json.path("instance").path("pointer").asText() + "': "
                            + message.getMessage() + reasons(json));
                }
            }
            return problems;
        } catch (ProcessingException e) {
            return List.of("the schema at " + schemaPointer + " could not be used: " + e.getMessage());
        }
    }

    /**
     * Built once per schema: the factory reads the whole contract into a new schema tree on every call, and its
     * validators, cached per tree, would be built again for every answer checked.
     */
    private JsonSchema schema(String pointer) throws ProcessingException {
        JsonSchema schema = schemas.get(pointer);
        if (schema == null) {
            schema = factory.getJsonSchema(contract, pointer);
            schemas.put(pointer, schema);
        }
        return schema;
    }

    /** For anyOf and the like, the report nests why each alternative failed. */
    private static String reasons(JsonNode message) {
        JsonNode nested = message.path("reports");
        if (!nested.isObject()) {
            return "";
        }
        List<String> reasons = new ArrayList<>();
        nested.forEach(alternative -> alternative.forEach(m -> reasons.add(m.path("message").asText())));
        return reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")";
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
