package vn.thidua.common.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.TestTokens;

@QuarkusTest
class IdempotencyTest {

    private static final String NOTES = "/api/v1/fixture/notes";

    private static long countTitled(String title) {
        return Api.as(Roles.MEMBER).queryParam("q", title).get(NOTES).then().extract().<Integer>path("total");
    }

    @Test
    void aReplayReturnsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String title = "idem " + key;
        String token = TestTokens.as("officer-a", Roles.ADMIN);
        Response first = Api.anonymous().auth().oauth2(token).header(Idempotency.HEADER, key)
                .body("{\"title\":\"" + title + "\"}").post(NOTES);
        first.then().statusCode(201).header(Idempotency.REPLAYED_HEADER, nullValue());
        Response replay = Api.anonymous().auth().oauth2(token).header(Idempotency.HEADER, key)
                .body("{\"title\":\"" + title + "\"}").post(NOTES);
        replay.then().statusCode(201).header(Idempotency.REPLAYED_HEADER, equalTo("true"))
                .body("id", equalTo(first.path("id")))
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")));
        assertEquals(1, countTitled(title));
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        String token = TestTokens.as("officer-b", Roles.ADMIN);
        Api.anonymous().auth().oauth2(token).header(Idempotency.HEADER, key).body("{\"title\":\"one " + key + "\"}")
                .post(NOTES).then().statusCode(201);
        assertProblem(Api.anonymous().auth().oauth2(token).header(Idempotency.HEADER, key)
                .body("{\"title\":\"two " + key + "\"}").post(NOTES).then(), 422, "IDEMPOTENCY_KEY_REUSED");
        assertEquals(0, countTitled("two " + key));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"shared key " + key + "\"}";
        Api.anonymous().auth().oauth2(TestTokens.as("officer-c", Roles.ADMIN)).header(Idempotency.HEADER, key)
                .body(body).post(NOTES).then().statusCode(201);
        Api.anonymous().auth().oauth2(TestTokens.as("officer-d", Roles.ADMIN)).header(Idempotency.HEADER, key)
                .body(body).post(NOTES).then().statusCode(201).header(Idempotency.REPLAYED_HEADER, nullValue());
        assertEquals(2, countTitled("shared key " + key));
    }

    @Test
    void aFailedRequestIsNotRememberedSoItsRetryRuns() {
        String key = UUID.randomUUID().toString();
        String token = TestTokens.as("officer-e", Roles.ADMIN);
        assertProblem(Api.anonymous().auth().oauth2(token).header(Idempotency.HEADER, key)
                .body("{\"title\":\"\"}").post(NOTES).then(), 400, "VALIDATION_FAILED");
        Api.anonymous().auth().oauth2(token).header(Idempotency.HEADER, key)
                .body("{\"title\":\"after failure " + key + "\"}").post(NOTES).then().statusCode(201);
    }

    @Test
    void concurrentRetriesCreateExactlyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "race " + key;
        String token = TestTokens.as("officer-f", Roles.ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> Api.anonymous().auth().oauth2(token).header(Idempotency.HEADER, key)
                        .body("{\"title\":\"" + title + "\"}").post(NOTES));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                answer.get().then().statusCode(201);
                ids.add(answer.get().path("id"));
            }
            assertEquals(1, ids.size(), "every retry must see the one created object");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, countTitled(title));
    }

    @Test
    void anUnprintableKeyIsRefused() {
        assertProblem(Api.as(Roles.ADMIN).header(Idempotency.HEADER, "x".repeat(300)).body("{\"title\":\"k\"}")
                .post(NOTES).then(), 400, "VALIDATION_FAILED").body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aReplayIsNotGivenToTheSameAccountWithOtherRoles() {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"roles " + key + "\"}";
        Api.anonymous().auth().oauth2(TestTokens.as("officer-g", Roles.ADMIN)).header(Idempotency.HEADER, key)
                .body(body).post(NOTES).then().statusCode(201);
        assertProblem(Api.anonymous().auth().oauth2(TestTokens.as("officer-g", Roles.ADMIN, Roles.BOARD))
                .header(Idempotency.HEADER, key).body(body).post(NOTES).then(), 422, "IDEMPOTENCY_KEY_REUSED");
        assertEquals(1, countTitled("roles " + key));
    }

    @Test
    void aReplayIsNotGivenToTheSameAccountMovedToAnotherUnit() {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"moved " + key + "\"}";
        Api.anonymous().auth().oauth2(inUnit("officer-h", UUID.randomUUID())).header(Idempotency.HEADER, key)
                .body(body).post(NOTES).then().statusCode(201);
        assertProblem(Api.anonymous().auth().oauth2(inUnit("officer-h", UUID.randomUUID()))
                .header(Idempotency.HEADER, key).body(body).post(NOTES).then(), 422, "IDEMPOTENCY_KEY_REUSED");
        assertEquals(1, countTitled("moved " + key));
    }

    /** An admin token of {@code user} whose home unit is {@code unit}: the same account after a move. */
    private static String inUnit(String user, UUID unit) {
        return Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).upn(user).subject(user)
                .groups(Set.of(Roles.ADMIN)).claim("unit", unit.toString()).expiresIn(600).sign();
    }
}
