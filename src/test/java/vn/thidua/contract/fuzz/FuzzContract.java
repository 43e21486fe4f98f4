package vn.thidua.contract.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/** The checked-in contract, read with swagger-parser, as the list of operations the fuzzer walks. */
final class FuzzContract {

    static final Path FILE = Path.of("openapi", "openapi.yaml");
    private static final String SCHEMA_REF = "#/components/schemas/";

    /** One operation: what the fuzzer needs to call it and to judge its answers. */
    record Op(String id, String method, String path, Operation operation, List<Parameter> parameters,
              Map<String, MediaType> requestContent, List<String> roles, boolean isPublic) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> where.equals(p.getIn())).toList();
        }

        boolean hasHeader(String name) {
            return in("header").stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
        }

        boolean documents(int status) {
            var responses = operation.getResponses();
            return responses != null && (responses.containsKey(String.valueOf(status))
                    || responses.containsKey(status / 100 + "XX") || responses.containsKey("default"));
        }

        Set<String> documentedStatuses() {
            return operation.getResponses() == null ? Set.of() : new TreeSet<>(operation.getResponses().keySet());
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + id + ")";
        }
    }

    private final OpenAPI openApi;

    FuzzContract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readLocation(FILE.toAbsolutePath().toUri().toString(), null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("Cannot read " + FILE + ": " + result.getMessages());
        }
        this.openApi = result.getOpenAPI();
    }

    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : openApi.getPaths().entrySet()) {
            PathItem item = entry.getValue();
            for (Map.Entry<PathItem.HttpMethod, Operation> byMethod : item.readOperationsMap().entrySet()) {
                Operation operation = byMethod.getValue();
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
                    if (list != null) {
                        list.forEach(p -> parameters.put(p.getIn() + ":" + p.getName(), resolve(p)));
                    }
                }
                Map<String, MediaType> content = operation.getRequestBody() == null
                        || operation.getRequestBody().getContent() == null ? Map.of()
                        : operation.getRequestBody().getContent();
                boolean isPublic = operation.getExtensions() != null
                        && Boolean.TRUE.equals(operation.getExtensions().get("x-public"))
                        || operation.getSecurity() != null && operation.getSecurity().isEmpty();
                ops.add(new Op(operation.getOperationId(), byMethod.getKey().name(), entry.getKey(), operation,
                        List.copyOf(parameters.values()), content, roles(operation), isPublic));
            }
        }
        ops.sort(java.util.Comparator.comparing(Op::path).thenComparing(Op::method));
        return ops;
    }

    /** The roles the contract lists in the operation's bearer requirement; empty when it lists none. */
    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return List.of();
        }
        Set<String> roles = new TreeSet<>();
        operation.getSecurity().forEach(requirement -> requirement.values().forEach(roles::addAll));
        return List.copyOf(roles);
    }

    private Parameter resolve(Parameter parameter) {
        if (parameter.get$ref() != null) {
            String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
            return openApi.getComponents().getParameters().get(name);
        }
        return parameter;
    }

    /** Follows a reference to a component schema; a schema without one is returned as it is. */
    @SuppressWarnings("rawtypes")
    Schema resolve(Schema schema) {
        Schema current = schema;
        for (int hops = 0; current != null && current.get$ref() != null && hops < 20; hops++) {
            current = openApi.getComponents().getSchemas().get(schemaName(current));
        }
        return current;
    }

    /** The component name a schema refers to, or null for an inline schema. */
    @SuppressWarnings("rawtypes")
    static String schemaName(Schema schema) {
        String ref = schema == null ? null : schema.get$ref();
        return ref != null && ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : null;
    }
}
