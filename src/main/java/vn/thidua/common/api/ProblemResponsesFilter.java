package vn.thidua.common.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Gives every operation of the contract the error answers it can actually produce, each described by the shared
 * problem+json responses of {@code META-INF/openapi.yaml}: what any operation can answer (400, 406, 414, 415, 431,
 * 500, 503), what a secured one adds (401, 403), what naming an object by id adds (404: in the path, a query parameter
 * or the body, since an unknown or out-of-scope id answers 404 wherever it is given), a body (413), {@code If-Match}
 * (412, 428), {@code Idempotency-Key} (422), and the rate limits of login and the public endpoints (429,
 * {@link RateLimits}). Errors an operation declares itself (409, say) keep their description and get the problem
 * content.
 * <p>
 * An operation is public when it carries the extension {@code x-public: true}, and then has no security requirement;
 * every other one must already carry the bearer requirement listing the roles of its {@code @RolesAllowed} (written
 * by Quarkus, {@code quarkus.smallrye-openapi.auto-add-security}). The build fails on an operation that is neither,
 * or both, so that the contract never leaves open who may call what.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    public static final String PUBLIC_EXTENSION = "x-public";
    private static final String REF = "#/components/responses/";
    private static final Map<String, String> BY_STATUS = Map.ofEntries(
            Map.entry("400", "BadRequest"), Map.entry("401", "Unauthorized"), Map.entry("403", "Forbidden"),
            Map.entry("404", "NotFound"), Map.entry("406", "NotAcceptable"), Map.entry("409", "Conflict"), Map.entry("412", "PreconditionFailed"),
            Map.entry("413", "PayloadTooLarge"), Map.entry("414", "UriTooLong"),
            Map.entry("415", "UnsupportedMediaType"), Map.entry("422", "IdempotencyKeyReused"),
            Map.entry("428", "PreconditionRequired"), Map.entry("429", "TooManyRequests"),
            Map.entry("431", "HeadersTooLarge"),
            Map.entry("500", "InternalError"), Map.entry("503", "ServiceUnavailable"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Operation operation : operations.values()) {
                describeErrors(openAPI, path.getKey(), path.getValue(), operation);
            }
        }
    }

    private static void describeErrors(OpenAPI openAPI, String path, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean isPublic = operation.getExtensions() != null
                && Boolean.parseBoolean(String.valueOf(operation.getExtensions().get(PUBLIC_EXTENSION)));
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (isPublic == secured) {
            throw new IllegalStateException(operation.getOperationId() + " (" + path + ") must be either public ("
                    + PUBLIC_EXTENSION + ": true with @PermitAll) or secured (@RolesAllowed), not "
                    + (isPublic ? "both" : "neither"));
        }
        if (isPublic) {
            operation.setSecurity(java.util.List.of());
        } else {
            use(responses, "401");
            use(responses, "403");
        }
        use(responses, "400");
        use(responses, "406");
        // JAX-RS checks a sent Content-Type against the resource's @Consumes even where no body is read (a GET, an
        // act without body): any operation may answer 415
        use(responses, "415");
        // EdgeRoutes refuses a long URL or large headers before any route is chosen
        use(responses, "414");
        use(responses, "431");
        use(responses, "500");
        use(responses, "503");
        if (path.contains("{") || namesAnObjectById(openAPI, operation)) {
            use(responses, "404");
        }
        if (operation.getRequestBody() != null) {
            use(responses, "413");
        }
        if (RateLimits.isLimited(path)) {
            use(responses, "429");
        }
        if (hasHeader(item, operation, ETags.IF_MATCH)) {
            use(responses, "412");
            use(responses, "428");
        }
        if (hasHeader(item, operation, Idempotency.HEADER)) {
            use(responses, "422");
        }
        if (responses.getAPIResponses() != null) {
            for (String status : java.util.List.copyOf(responses.getAPIResponses().keySet())) {
                APIResponse response = responses.getAPIResponse(status);
                boolean bare = response.getRef() == null && (response.getContent() == null
                        || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty());
                if (bare && BY_STATUS.containsKey(status)) {
                    use(responses, status, response.getDescription());
                }
            }
            // in status order, so that a reader finds the success first and each error where expected
            java.util.Map<String, APIResponse> sorted = new java.util.TreeMap<>(responses.getAPIResponses());
            responses.setAPIResponses(new java.util.LinkedHashMap<>(sorted));
        }
    }

    /** The descriptions SmallRye writes for the statuses security and validation may answer. */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("Not Authorized", "Not Allowed",
            "Bad Request");

    private static void use(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        boolean described = existing != null && (existing.getRef() != null || existing.getContent() != null
                && existing.getContent().getMediaTypes() != null && !existing.getContent().getMediaTypes().isEmpty());
        if (!described) {
            // keep what a resource wrote about the status; SmallRye's own placeholders give way to the shared answer's
            String description = existing == null || PLACEHOLDERS.contains(existing.getDescription()) ? null
                    : existing.getDescription();
            use(responses, status, description);
        }
    }

    private static void use(APIResponses responses, String status, String description) {
        APIResponse ref = OASFactory.createAPIResponse().ref(REF + BY_STATUS.get(status));
        if (description != null && !description.isBlank()) {
            ref.setDescription(description);
        }
        responses.addAPIResponse(status, ref);
    }

    private static boolean namesAnObjectById(OpenAPI openAPI, Operation operation) {
        java.util.List<Schema> schemas = new java.util.ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.QUERY && p.getSchema() != null)
                    .forEach(p -> schemas.add(p.getSchema()));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values().stream()
                    .filter(m -> m.getSchema() != null).forEach(m -> schemas.add(m.getSchema()));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        return schemas.stream().anyMatch(schema -> holdsId(openAPI, schema, seen));
    }

    /** Whether the schema is a UUID or has one in a property or an item, following references once each. */
    private static boolean holdsId(OpenAPI openAPI, Schema schema, java.util.Set<String> seen) {
        if (schema == null) {
            return false;
        }
        if ("uuid".equals(schema.getFormat())) {
            return true;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            Map<String, Schema> components = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
            return "UUID".equals(name) || seen.add(name) && components != null
                    && holdsId(openAPI, components.get(name), seen);
        }
        // a described nullable id is written anyOf [UUID, null]
        for (java.util.List<Schema> alternatives : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(),
                schema.getAllOf())) {
            if (alternatives != null && alternatives.stream().anyMatch(a -> holdsId(openAPI, a, seen))) {
                return true;
            }
        }
        return holdsId(openAPI, schema.getItems(), seen) || schema.getProperties() != null
                && schema.getProperties().values().stream().anyMatch(p -> holdsId(openAPI, p, seen));
    }

    private static boolean hasHeader(PathItem item, Operation operation, String header) {
        return hasHeader(operation.getParameters(), header) || hasHeader(item.getParameters(), header);
    }

    private static boolean hasHeader(java.util.List<Parameter> parameters, String header) {
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && header.equalsIgnoreCase(p.getName()));
    }
}
