package vn.thidua.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The contract's error responses are derived from what each operation takes. */
class ProblemResponsesFilterTest {

    private final ProblemResponsesFilter filter = new ProblemResponsesFilter();

    private static OpenAPI document(String path, Operation operation) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().POST(operation)));
    }

    /** A secured operation, as Quarkus hands it over: with the roles of its @RolesAllowed. */
    private static Operation ok() {
        return bare().addSecurityRequirement(OASFactory.createSecurityRequirement()
                .addScheme("bearerAuth", List.of("admin", "board")));
    }

    private static Operation bare() {
        return OASFactory.createOperation().operationId("someOperation").responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }

    private static Map<String, String> refs(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(e -> e.getValue().getRef() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getRef()));
    }

    @Test
    void aSecuredOperationKeepsItsRolesAndGets401And403() {
        Operation operation = ok();
        filter.filterOpenAPI(document("/units", operation));
        assertEquals(1, operation.getSecurity().size());
        assertEquals(List.of("admin", "board"), operation.getSecurity().get(0).getScheme("bearerAuth"));
        Map<String, String> refs = refs(operation);
        assertEquals("#/components/responses/Unauthorized", refs.get("401"));
        assertEquals("#/components/responses/Forbidden", refs.get("403"));
        assertEquals("#/components/responses/BadRequest", refs.get("400"));
        assertEquals("#/components/responses/NotAcceptable", refs.get("406"), "any operation answers a bad Accept");
        assertEquals("#/components/responses/InternalError", refs.get("500"));
        assertFalse(refs.containsKey("404"), "no object named in the path");
        assertEquals("#/components/responses/UriTooLong", refs.get("414"), "any request may carry a long URL");
        assertEquals("#/components/responses/HeadersTooLarge", refs.get("431"));
        assertFalse(refs.containsKey("429"), "not rate-limited");
    }

    @Test
    void loginAndThePublicOperationsAreRateLimited() {
        for (String path : List.of("/api/v1/auth/token", "/api/v1/public/plans", "/api/v1/public/verify/{code}")) {
            Operation operation = bare().addExtension(ProblemResponsesFilter.PUBLIC_EXTENSION, true);
            filter.filterOpenAPI(document(path, operation));
            assertEquals("#/components/responses/TooManyRequests", refs(operation).get("429"), path);
        }
    }

    @Test
    void aPublicOperationHasNoSecurityAndNo401() {
        Operation operation = bare().addExtension(ProblemResponsesFilter.PUBLIC_EXTENSION, true);
        filter.filterOpenAPI(document("/public/plans", operation));
        assertTrue(operation.getSecurity().isEmpty());
        assertFalse(refs(operation).containsKey("401"));
        assertTrue(refs(operation).containsKey("406"));
        assertTrue(refs(operation).containsKey("415"), "a sent Content-Type is checked even without a body");
    }

    @Test
    void anOperationNeitherPublicNorSecuredFailsTheBuild() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> filter.filterOpenAPI(document("/units", bare())));
        assertTrue(refused.getMessage().contains("neither"), refused.getMessage());
    }

    @Test
    void anOperationBothPublicAndSecuredFailsTheBuild() {
        Operation both = ok().addExtension(ProblemResponsesFilter.PUBLIC_EXTENSION, true);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> filter.filterOpenAPI(document("/units", both)));
        assertTrue(refused.getMessage().contains("both"), refused.getMessage());
    }

    @Test
    void pathBodyIfMatchAndIdempotencyKeyEachAddTheirErrors() {
        Operation operation = ok()
                .requestBody(OASFactory.createRequestBody())
                .addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER))
                .addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER));
        filter.filterOpenAPI(document("/units/{id}", operation));
        Map<String, String> refs = refs(operation);
        for (String status : new String[] {"404", "412", "413", "415", "422", "428"}) {
            assertTrue(refs.containsKey(status), status);
        }
    }

    /** Found by the contract fuzzer: an unknown unit given in a body or a query filter answered an undocumented 404. */
    @Test
    void anIdInAQueryParameterOrInTheBodyAdds404() {
        Operation filtered = ok().addParameter(OASFactory.createParameter().name("unit").in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().ref("#/components/schemas/UUID")));
        filter.filterOpenAPI(document("/people", filtered));
        assertTrue(refs(filtered).containsKey("404"));

        Operation creating = ok().requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/CreateUnitRequest")))));
        OpenAPI document = document("/units", creating).components(OASFactory.createComponents()
                .addSchema("CreateUnitRequest", OASFactory.createSchema()
                        .addProperty("name", OASFactory.createSchema().type(List.of(SchemaType.STRING)))
                        .addProperty("parentId", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                                .format("uuid"))));
        filter.filterOpenAPI(document);
        assertTrue(refs(creating).containsKey("404"));
    }

    @Test
    void aDeclaredErrorKeepsItsDescriptionAndGetsTheProblemContent() {
        Operation operation = ok();
        operation.getResponses().addAPIResponse("409",
                OASFactory.createAPIResponse().description("The plan is not a draft."));
        filter.filterOpenAPI(document("/plans/{id}:issue", operation));
        var conflict = operation.getResponses().getAPIResponse("409");
        assertEquals("#/components/responses/Conflict", conflict.getRef());
        assertEquals("The plan is not a draft.", conflict.getDescription());
        assertNull(operation.getResponses().getAPIResponse("200").getRef());
    }
}
