package vn.thidua.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.junit.jupiter.api.Test;

/** Examples files go into the contract only where they fit an operation; anything else fails the build. */
class OpenApiExamplesFilterTest {

    private static OpenAPI contract() {
        Operation createUnit = OASFactory.createOperation().operationId("createUnit")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType())))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created.")
                                .content(OASFactory.createContent()
                                        .addMediaType("application/json", OASFactory.createMediaType())))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Taken.")));
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/units", OASFactory.createPathItem().POST(createUnit)));
    }

    private static Operation createUnit(OpenAPI contract) {
        return contract.getPaths().getPathItem("/api/v1/units").getPOST();
    }

    private static String apply(OpenAPI contract, String operationId, String yaml) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new OpenApiExamplesFilter(Map.of(operationId, yaml)).filterOpenAPI(contract));
        return refused.getMessage();
    }

    @Test
    void examplesGoToTheRequestAndTheResponseTheyName() {
        OpenAPI contract = contract();
        new OpenApiExamplesFilter(Map.of("createUnit", """
                request:
                  application/json:
                    faculty:
                      summary: A faculty of the school
                      value: {code: TCT-KDTBD, name: "Khoa Đào tạo, bồi dưỡng"}
                responses:
                  "201":
                    application/json:
                      faculty:
                        value: {code: TCT-KDTBD, version: 0}
                """)).filterOpenAPI(contract);
        Example request = createUnit(contract).getRequestBody().getContent().getMediaType("application/json")
                .getExamples().get("faculty");
        assertEquals("A faculty of the school", request.getSummary());
        assertEquals(Map.of("code", "TCT-KDTBD", "name", "Khoa Đào tạo, bồi dưỡng"), request.getValue());
        Example response = createUnit(contract).getResponses().getAPIResponse("201").getContent()
                .getMediaType("application/json").getExamples().get("faculty");
        assertEquals(Map.of("code", "TCT-KDTBD", "version", 0), response.getValue());
    }

    @Test
    void aFileForAnUnknownOperationIsRefused() {
        String message = apply(contract(), "createUnits", "responses: {}");
        assertTrue(message.contains("createUnits.yaml: no operation has this operationId"), message);
    }

    @Test
    void aStatusTheOperationDoesNotDeclareIsRefused() {
        String message = apply(contract(), "createUnit", """
                responses:
                  "200":
                    application/json:
                      unit: {value: {}}
                """);
        assertTrue(message.contains("declares no response 200"), message);
    }

    @Test
    void aStatusWithoutContentIsRefused() {
        String message = apply(contract(), "createUnit", """
                responses:
                  "409":
                    application/problem+json:
                      taken: {value: {}}
                """);
        assertTrue(message.contains("declares no response 409 with content"), message);
    }

    @Test
    void aMediaTypeTheOperationDoesNotDeclareIsRefused() {
        String message = apply(contract(), "createUnit", """
                request:
                  text/csv:
                    rows: {value: "code;name"}
                """);
        assertTrue(message.contains("declares no media type text/csv"), message);
    }

    @Test
    void anExampleWithoutAValueIsRefused() {
        String message = apply(contract(), "createUnit", """
                request:
                  application/json:
                    faculty: {summary: forgot the value}
                """);
        assertTrue(message.contains("'faculty': no value"), message);
    }

    @Test
    void anExampleAlsoGivenInTheCodeIsRefused() {
        OpenAPI contract = contract();
        createUnit(contract).getRequestBody().getContent().getMediaType("application/json").setExample("{}");
        String message = apply(contract, "createUnit", """
                request:
                  application/json:
                    faculty: {value: {}}
                """);
        assertTrue(message.contains("the code gives an example here too"), message);
    }

    @Test
    void anUnknownTopLevelKeyIsRefused() {
        String message = apply(contract(), "createUnit", """
                requests:
                  application/json:
                    faculty: {value: {}}
                """);
        assertTrue(message.contains("unknown key 'requests'"), message);
    }
}
