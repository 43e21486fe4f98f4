package vn.thidua.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;

import vn.thidua.testsupport.ContractValidation;

/**
 * The check every @QuarkusTest runs under catches what it is there to catch. No server: a stub placed after it
 * answers each request with a canned response, as if the service had.
 */
class ContractValidationTest {

    private static final String ID = "0190b3f4-7a1c-7c3e-9d2a-5b6c7d8e9f01";
    private static final String UNIT = """
            {"id": "%s", "code": "TCT-KLLCS", "name": "Khoa Lý luận cơ sở", "shortName": "Khoa LLCS",
             "kind": "DEPARTMENT", "parentId": "%s", "depth": 2, "active": true,
             "createdAt": "2026-11-25T01:59:25Z", "updatedAt": "2026-11-25T01:59:25Z", "version": %s}""";
    private static final String ROUTE_NOT_FOUND = """
            {"type": "urn:thidua:problem:route-not-found", "title": "Không tìm thấy", "status": 404,
             "code": "ROUTE_NOT_FOUND", "instance": "/api/v1/nowhere"}""";

    /** A request that the stub answers with this status, content type and body, checked on the way. */
    private static RequestSpecification answering(int status, String contentType, String body) {
        OrderedFilter stub = new OrderedFilter() {
            @Override
            public int getOrder() {
                return Integer.MAX_VALUE;
            }

            @Override
            public Response filter(FilterableRequestSpecification request,
                    FilterableResponseSpecification response, FilterContext context) {
                return new ResponseBuilder().setStatusCode(status).setStatusLine("HTTP/1.1 " + status)
                        .setContentType(contentType).setBody(body).build();
            }
        };
        return given().baseUri("http://localhost").port(9).auth().oauth2("a.b.c")
                .filters(new ContractValidation(), stub);
    }

    @Test
    void aValidAnswerPasses() {
        assertDoesNotThrow(() -> answering(200, "application/json", UNIT.formatted(ID, ID, 3))
                .get("/api/v1/units/" + ID));
    }

    @Test
    void aBodyAgainstItsSchemaFails() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> answering(200, "application/json", UNIT.formatted(ID, ID, "\"three\""))
                        .get("/api/v1/units/" + ID));
        assertTrue(error.getMessage().contains("[answer body]"), error.getMessage());
    }

    @Test
    void anUndocumentedStatusFails() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> answering(418, "application/json", "{}").get("/api/v1/units/" + ID));
        assertTrue(error.getMessage().contains("418"), error.getMessage());
    }

    @Test
    void anInvalidRequestFailsOnlyWhenTheServiceAcceptsIt() {
        String nameless = "{\"code\": \"TCT-KDTBD\", \"kind\": \"DEPARTMENT\", \"parentId\": \"" + ID + "\"}";
        AssertionError error = assertThrows(AssertionError.class,
                () -> answering(201, "application/json", UNIT.formatted(ID, ID, 0))
                        .contentType(ContentType.JSON).body(nameless).post("/api/v1/units"));
        assertTrue(error.getMessage().contains("name"), error.getMessage());
        String refused = """
                {"type": "urn:thidua:problem:validation-failed", "title": "Dữ liệu không hợp lệ", "status": 400,
                 "code": "VALIDATION_FAILED", "errors": [{"field": "name", "code": "NOT_BLANK", "message": "trống"}]}""";
        assertDoesNotThrow(() -> answering(400, "application/problem+json", refused)
                .contentType(ContentType.JSON).body(nameless).post("/api/v1/units"));
    }

    @Test
    void anUndocumentedPathPassesOnlyWhenTheServiceSaysThereIsNoSuchRoute() {
        assertDoesNotThrow(() -> answering(404, "application/problem+json", ROUTE_NOT_FOUND).get("/api/v1/nowhere"));
        assertThrows(AssertionError.class, () -> answering(200, "application/json", "{}").get("/api/v1/nowhere"));
    }
}
