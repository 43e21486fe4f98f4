package vn.thidua.common.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Puts the examples of {@code src/main/resources/openapi/examples/} into the contract: one file per operation, named
 * after its operationId, kept apart from the code so that the examples read as the documents people copy from.
 * <pre>
 * request:                      # the request body, by media type
 *   application/json:
 *     unit of the school:       # example name
 *       summary: ...            # optional
 *       value: {...}            # a string for text bodies (CSV)
 * responses:
 *   "201":                      # a status the operation declares with content
 *     application/json:
 *       created: {value: {...}}
 * </pre>
 * The build fails on a file for an operationId the contract does not have, on a status or media type the operation
 * does not declare, on an entry without a value (an example must never silently describe nothing), and where the
 * code gives an example of its own (OpenAPI allows one or the other, and examples live here).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiExamplesFilter implements OASFilter {

    static final String DIRECTORY = "openapi/examples";
    private static final String SUFFIX = ".yaml";
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> files;

    public OpenApiExamplesFilter() {
        this(readDirectory());
    }

    /** @param files the text of each examples file, by operationId */
    OpenApiExamplesFilter(Map<String, String> files) {
        this.files = files;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Operation> operations = operationsById(openAPI);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            Operation operation = operations.get(file.getKey());
            if (operation == null) {
                problems.add(file.getKey() + SUFFIX + ": no operation has this operationId");
                continue;
            }
            apply(file.getKey() + SUFFIX, read(file), operation, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The examples of " + DIRECTORY + " do not fit the contract:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static JsonNode read(Map.Entry<String, String> file) {
        try {
            return YAML.readTree(file.getValue());
        } catch (IOException e) {
            throw new IllegalStateException(file.getKey() + SUFFIX + " is not YAML: " + e.getMessage(), e);
        }
    }

    private static void apply(String file, JsonNode examples, Operation operation, List<String> problems) {
        if (examples == null || !examples.isObject()) {
            problems.add(file + ": expected a mapping with 'request' and/or 'responses'");
            return;
        }
        examples.fieldNames().forEachRemaining(key -> {
            if (!key.equals("request") && !key.equals("responses")) {
                problems.add(file + ": unknown key '" + key + "' (expected 'request' or 'responses')");
            }
        });
        if (examples.has("request")) {
            Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
            if (body == null) {
                problems.add(file + ": the operation takes no request body");
            } else {
                fill(file + " request", examples.get("request"), body, problems);
            }
        }
        JsonNode responses = examples.path("responses");
        responses.fieldNames().forEachRemaining(status -> {
            APIResponse response = operation.getResponses() == null ? null
                    : operation.getResponses().getAPIResponse(status);
            if (response == null || response.getContent() == null) {
                problems.add(file + ": the operation declares no response " + status + " with content");
            } else {
                fill(file + " response " + status, responses.get(status), response.getContent(), problems);
            }
        });
    }

    private static void fill(String where, JsonNode byMediaType, Content content, List<String> problems) {
        byMediaType.fieldNames().forEachRemaining(mediaTypeName -> {
            MediaType mediaType = content.getMediaType(mediaTypeName);
            if (mediaType == null) {
                problems.add(where + ": the operation declares no media type " + mediaTypeName + " here (it has "
                        + (content.getMediaTypes() == null ? "none" : content.getMediaTypes().keySet()) + ")");
                return;
            }
            if (mediaType.getExample() != null) {
                // OpenAPI allows example or examples, not both; and examples live in the files, not in the code
                problems.add(where + " " + mediaTypeName + ": the code gives an example here too; move it to the file");
                return;
            }
            JsonNode named = byMediaType.get(mediaTypeName);
            named.fieldNames().forEachRemaining(name -> {
                JsonNode entry = named.get(name);
                if (!entry.has("value")) {
                    problems.add(where + " " + mediaTypeName + " '" + name + "': no value");
                    return;
                }
                Example example = OASFactory.createExample()
                        .value(JSON.convertValue(entry.get("value"), Object.class));
                if (entry.hasNonNull("summary")) {
                    example.setSummary(entry.get("summary").asText());
                }
                if (entry.hasNonNull("description")) {
                    example.setDescription(entry.get("description").asText());
                }
                mediaType.addExample(name, example);
            });
        });
    }

    private static Map<String, Operation> operationsById(OpenAPI openAPI) {
        Map<String, Operation> byId = new HashMap<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return byId;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() != null) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getOperationId() != null) {
                        byId.put(operation.getOperationId(), operation);
                    }
                }
            }
        }
        return byId;
    }

    /** The examples files on the class path: a directory while building, a jar entry in a packaged application. */
    private static Map<String, String> readDirectory() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Map<String, String> files = new LinkedHashMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(DIRECTORY);
            for (URL root : Collections.list(roots)) {
                for (String name : namesIn(root)) {
                    if (name.endsWith(SUFFIX)) {
                        try (InputStream in = loader.getResourceAsStream(DIRECTORY + "/" + name)) {
                            files.put(name.substring(0, name.length() - SUFFIX.length()),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DIRECTORY, e);
        }
        return files;
    }

    private static List<String> namesIn(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> children = Files.list(Path.of(root.toURI()))) {
                children.forEach(child -> names.add(child.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException("Unreadable location " + root, e);
            }
        } else if (root.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                String prefix = DIRECTORY + "/";
                for (JarEntry entry : Collections.list(file.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                        names.add(name.substring(prefix.length()));
                    }
                }
            }
        } else {
            throw new IOException("Cannot list " + root + ": neither a directory nor a jar");
        }
        return names;
    }
}
