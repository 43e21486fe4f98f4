package vn.thidua.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.thidua.common.Roles;
import vn.thidua.common.api.RequestIds;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.RawHttp;
import vn.thidua.testsupport.TestTokens;

/** Every error answer of the API, asserted on status, content type and body (issue: one error model). */
@QuarkusTest
class ErrorModelTest {

    private static final String NOTES = "/api/v1/fixture/notes";

    private static String createNote(String title) {
        return Api.as(Roles.ADMIN).body("{\"title\":\"" + title + "\"}").post(NOTES)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void beanValidationFailuresNameEveryFieldInVietnameseByDefault() {
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\":\" \",\"stars\":9}").post(NOTES).then(),
                400, "VALIDATION_FAILED")
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors", hasSize(2))
                .body("errors.field", hasItems("title", "stars"))
                .body("errors.find { it.field == 'title' }.code", equalTo("NOT_BLANK"))
                .body("errors.find { it.field == 'title' }.message", equalTo("không được để trống"))
                .body("errors.find { it.field == 'stars' }.code", equalTo("MAX"))
                .body("errors.find { it.field == 'stars' }.message", equalTo("phải nhỏ hơn hoặc bằng 5"));
    }

    @Test
    void answersInEnglishWhenAsked() {
        assertProblem(Api.as(Roles.ADMIN).header("Accept-Language", "en-GB,en;q=0.9,vi;q=0.5")
                .body("{\"title\":\"\",\"stars\":-1}").post(NOTES).then(), 400, "VALIDATION_FAILED")
                .body("title", equalTo("Invalid input"))
                .body("detail", equalTo("One or more fields are invalid; see errors."))
                .body("errors.find { it.field == 'title' }.message", equalTo("must not be blank"))
                .body("errors.find { it.field == 'stars' }.message", equalTo("must be greater than or equal to 0"));
        assertProblem(Api.as(Roles.ADMIN).header("Accept-Language", "en").get(NOTES + "/" + UUID.randomUUID()).then(),
                404, "NOT_FOUND").body("detail", equalTo("This object was not found."));
    }

    @Test
    void aMissingBodyIsAFieldError() {
        assertProblem(Api.as(Roles.ADMIN).post(NOTES).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("NOT_NULL"));
    }

    @Test
    void malformedJsonIsA400() {
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\": ").post(NOTES).then(), 400, "MALFORMED_JSON")
                .body("detail", containsString("JSON"));
        assertProblem(Api.as(Roles.ADMIN).body("[1,2]").post(NOTES).then(), 400, "MALFORMED_JSON");
    }

    @Test
    void wrongJsonTypesNameTheField() {
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\":\"ok\",\"stars\":\"many\"}").post(NOTES).then(),
                400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("stars"))
                .body("errors[0].code", equalTo("INVALID_TYPE"))
                .body("errors[0].message", equalTo("Phải là số nguyên."));
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\":{\"nested\":true}}").post(NOTES).then(),
                400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("INVALID_TYPE"));
    }

    /** Found by the contract fuzzer: on a one-property body a repeated property was an empty 500. */
    @Test
    void aPropertyGivenTwiceIsMalformedJson() {
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\":\"a\",\"title\":\"b\"}").post(NOTES).then(),
                400, "MALFORMED_JSON");
        assertProblem(given().auth().oauth2(TestTokens.withRoles(Roles.ADMIN)).contentType(ContentType.JSON)
                .body("{\"parentId\":null,\"parentId\":null}").post("/api/v1/units/" + UUID.randomUUID() + ":move")
                .then(), 400, "MALFORMED_JSON");
    }

    @Test
    void aBodyJacksonCannotBuildIsAFaultAnsweredAsProblemJson() {
        assertProblem(Api.as(Roles.ADMIN).body("{\"task\":{}}").post(NOTES + "/unreadable").then(),
                500, "INTERNAL_ERROR")
                .body("correlationId", not(nullValue()));
    }

    /** Found by the contract fuzzer: such a body was read as JSON. Sent with the JDK's client, which adds no type. */
    @Test
    void aBodyWithoutContentTypeIs415() throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                                + NOTES))
                        .header("Authorization", "Bearer " + TestTokens.withRoles(Roles.ADMIN))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"title\":\"no type\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("\"UNSUPPORTED_MEDIA_TYPE\""), answer.body());
    }

    @Test
    void unknownFieldsAreRefusedNotDropped() {
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\":\"ok\",\"titel\":\"typo\"}").post(NOTES).then(),
                400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("titel"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void controlCharactersAreAFieldErrorNotADatabaseFault() {
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\":\"a\\u0000b\"}").post(NOTES).then(),
                400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("CONTROL_CHARACTERS"));
    }

    /** Found by the contract fuzzer: a noncharacter was stored, and the minutes' PDF that printed it answered 500. */
    @Test
    void textThatCannotBePrintedIsAFieldErrorInEveryForm() {
        for (String escaped : List.of("\\uffff", "\\ufffe", "\\ufdd0", "\\ufdef", "\\ud83f\\udffe", "\\udbff\\udfff",
                "\\ud800", "x\\udc00", "\\u0085", "\\u001b", "\\u007f")) {
            assertProblem(Api.as(Roles.ADMIN).body("{\"title\":\"Biên bản " + escaped + "\"}").post(NOTES).then(),
                    400, "VALIDATION_FAILED")
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("title"))
                    .body("errors[0].code", equalTo("CONTROL_CHARACTERS"));
        }
        assertProblem(Api.as(Roles.ADMIN).header("Accept-Language", "en").body("{\"title\":\"\uFFFF\"}").post(NOTES)
                .then(), 400, "VALIDATION_FAILED")
                .body("errors[0].message", containsString("noncharacters such as U+FFFE and U+FFFF"));
        createNote("Tab\\tand lines\\r\\n, Nguyễn Văn Đức, 🎉, \\ufffd");
    }

    @Test
    void queryAndPathValuesThatCannotBePrintedAreRefusedNamingTheParameter() {
        for (String value : List.of("nguy\uFFFFn", "\uFDD0", "a\u0007b", "\u0085")) {
            assertProblem(Api.as(Roles.ADMIN).queryParam("q", value).queryParam("size", "5").get("/api/v1/units")
                    .then(), 400, "VALIDATION_FAILED")
                    .body("errors.field", hasItems("q"))
                    .body("errors", hasSize(1))
                    .body("errors[0].code", equalTo("CONTROL_CHARACTERS"));
        }
        assertProblem(Api.as(Roles.ADMIN).get("/api/v1/rule-sets/LAW2022\uFFFE").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].code", equalTo("CONTROL_CHARACTERS"));
        Api.as(Roles.ADMIN).queryParam("q", "nguyễn văn \uFFFD").get("/api/v1/units").then().statusCode(200);
    }

    /** Found by the contract fuzzer: a title of no-break and em spaces passed @NotBlank and was stored. */
    @Test
    void aTextOfInvisibleSpacesIsBlank() {
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\":\"\\u00a0\\u2003\\u3000\"}").post(NOTES).then(),
                400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("NOT_BLANK"));
    }

    @Test
    void unknownPathIs404() {
        assertProblem(Api.as(Roles.ADMIN).get("/api/v1/no-such-resource").then(), 404, "ROUTE_NOT_FOUND");
        assertProblem(Api.anonymous().get("/api/v1/no/such/thing").then(), 404, "ROUTE_NOT_FOUND");
        assertProblem(Api.anonymous().get("/not-the-api").then(), 404, "ROUTE_NOT_FOUND");
    }

    @Test
    void unknownObjectIs404() {
        assertProblem(Api.as(Roles.ADMIN).get(NOTES + "/" + UUID.randomUUID()).then(), 404, "NOT_FOUND")
                .body("detail", equalTo("Không tìm thấy đối tượng này."));
    }

    @Test
    void malformedIdIsABadRequestNotA404() {
        assertProblem(Api.as(Roles.ADMIN).get(NOTES + "/not-a-uuid").then(), 400, "BAD_REQUEST");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(Api.as(Roles.ADMIN).delete(NOTES).then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertProblem(given().auth().oauth2(TestTokens.withRoles(Roles.ADMIN)).contentType(ContentType.TEXT)
                .body("title=x").post(NOTES).then(), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        // Announce 11 MB and send none of it: the refusal must come from the headers alone, before any upload.
        RawHttp.Answer answer = RawHttp.send(io.restassured.RestAssured.port, "POST " + NOTES + " HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + TestTokens.withRoles(Roles.ADMIN) + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (11 * 1024 * 1024) + "\r\n\r\n");
        assertEquals(413, answer.status(), answer.head());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.head());
        io.restassured.path.json.JsonPath body = answer.json();
        assertEquals("PAYLOAD_TOO_LARGE", body.getString("code"));
        assertEquals(413, body.getInt("status"));
        assertEquals("urn:thidua:problem:payload-too-large", body.getString("type"));
        assertEquals(NOTES, body.getString("instance"));
        assertEquals("Nội dung gửi lên vượt quá giới hạn 10485760 byte.", body.getString("detail"));
    }

    @Test
    void noTokenIs401WithABearerChallenge() {
        assertProblem(Api.anonymous().get(NOTES).then(), 401, "UNAUTHORIZED")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void badTokensAre401() {
        for (String token : List.of(TestTokens.expired(Roles.ADMIN), TestTokens.tampered(Roles.MEMBER),
                TestTokens.wrongIssuer(Roles.ADMIN), TestTokens.wrongAudience(Roles.ADMIN),
                TestTokens.signedByAnotherKey(Roles.ADMIN), "not.a.jwt", "garbage")) {
            assertProblem(Api.anonymous().auth().oauth2(token).get(NOTES).then(), 401, "UNAUTHORIZED")
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void aPublicEndpointNeedsNoToken() {
        Api.anonymous().get(NOTES + "/public").then().statusCode(200).body("hello", equalTo("world"));
    }

    @Test
    void wrongRoleIs403() {
        assertProblem(Api.as(Roles.MEMBER).body("{\"title\":\"x\"}").post(NOTES).then(), 403, "FORBIDDEN");
    }

    @Test
    void conflictIs409() {
        String id = createNote("conflicting");
        assertProblem(Api.as(Roles.ADMIN).post(NOTES + "/" + id + ":conflict").then(), 409, "CONFLICT");
    }

    @Test
    void updateWithoutIfMatchIs428() {
        String id = createNote("versioned");
        assertProblem(Api.as(Roles.ADMIN).body("{\"title\":\"changed\"}").put(NOTES + "/" + id).then(),
                428, "PRECONDITION_REQUIRED");
    }

    @Test
    void updateWithAStaleVersionIs412AndChangesNothing() {
        String id = createNote("versioned");
        String etag = Api.as(Roles.ADMIN).get(NOTES + "/" + id).then().statusCode(200).extract().header("ETag");
        Api.as(Roles.ADMIN).header("If-Match", etag).body("{\"title\":\"first\"}").put(NOTES + "/" + id)
                .then().statusCode(200).header("ETag", not(equalTo(etag)));
        assertProblem(Api.as(Roles.ADMIN).header("If-Match", etag).body("{\"title\":\"second\"}")
                .put(NOTES + "/" + id).then(), 412, "PRECONDITION_FAILED");
        Api.as(Roles.ADMIN).get(NOTES + "/" + id).then().body("title", equalTo("first"));
    }

    /** Found by the benchmark at 64 connections: a request that waited in vain for a database connection got a 500. */
    @Test
    void noFreeDatabaseConnectionIs503WithRetryAfterNotAFault() {
        String id = Api.as(Roles.ADMIN).body("{\"title\":\"busy\"}").post(NOTES).then().statusCode(201)
                .extract().path("id");
        assertProblem(Api.as(Roles.ADMIN).post(NOTES + "/" + id + ":overload").then(), 503, "SERVICE_UNAVAILABLE")
                .header("Retry-After", equalTo("1"))
                .body("detail", equalTo("Hệ thống đang quá tải; hãy thử lại sau giây lát."))
                .body("correlationId", nullValue());
    }

    @Test
    void faultIs500WithOnlyACorrelationIdThatIsInTheLog() {
        String id = createNote("fault");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        logger.addHandler(capture);
        try {
            Response response = Api.as(Roles.ADMIN).post(NOTES + "/" + id + ":fail");
            assertProblem(response.then(), 500, "INTERNAL_ERROR")
                    .body("correlationId", matchesPattern("[0-9a-f-]{36}"))
                    .body("errors", nullValue())
                    .body(not(containsString("hunter2")))
                    .body(not(containsString("IllegalStateException")))
                    .body(not(containsString("at vn.thidua")));
            String correlationId = response.path("correlationId");
            assertEquals(correlationId, response.header(RequestIds.HEADER));
            assertTrue(response.<String>path("detail").contains(correlationId));
            LogRecord logged = records.stream()
                    .filter(r -> r.getMessage() != null && formatted(r).contains(correlationId))
                    .findFirst().orElse(null);
            assertNotNull(logged, "the correlation id must stand in the log");
            assertNotNull(logged.getThrown(), "the stack trace must stand beside it");
        } finally {
            logger.removeHandler(capture);
        }
    }

    private static String formatted(LogRecord record) {
        Object[] params = record.getParameters();
        String message = record.getMessage();
        return params == null ? message : message + " " + java.util.Arrays.toString(params);
    }
}
