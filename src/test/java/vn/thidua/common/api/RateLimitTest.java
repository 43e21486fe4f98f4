package vn.thidua.common.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.thidua.common.runtime.ThiduaConfig;

/**
 * Login and the public endpoints answer 429 with {@code Retry-After} past their limits. The suite's own limits are out
 * of its reach (it calls these endpoints very often from one address), so each test spends the whole allowance of a
 * fresh client address (sent as {@code X-Forwarded-For}, which Quarkus's forwarded-header settings honour) or a fresh
 * user name first, through the same counter the requests go through, and then sends the one request too many.
 */
@QuarkusTest
class RateLimitTest {

    @Inject
    RateLimits limits;
    @Inject
    ThiduaConfig config;

    @Test
    void aClientAddressOverItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        String other = "198.51.100." + (1 + (int) (Math.random() * 250));
        spend(address, config.rateLimit().perAddress() - 1, () -> limits.countAddress(address));
        given().header("X-Forwarded-For", address).get("/api/v1/public/plans").then().statusCode(200);
        assertProblem(given().header("X-Forwarded-For", address).get("/api/v1/public/plans").then(),
                429, "TOO_MANY_REQUESTS")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        int retryAfter = Integer.parseInt(given().header("X-Forwarded-For", address)
                .get("/api/v1/public/verify/ABC").then().statusCode(429).extract().header("Retry-After"));
        org.hamcrest.MatcherAssert.assertThat(retryAfter, allOf(greaterThanOrEqualTo(1),
                lessThanOrEqualTo((int) config.rateLimit().window().toSeconds())));
        given().header("X-Forwarded-For", other).get("/api/v1/public/plans").then().statusCode(200);
    }

    @Test
    void loginNamingOneAccountOverItsLimitGets429FromAnyAddress() {
        String username = "rate-" + UUID.randomUUID();
        spend(username, config.rateLimit().perAccount(), () -> limits.countLogin(username));
        assertProblem(given().header("X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 250)))
                .contentType(ContentType.JSON).body(Map.of("username", username, "password", "whatever-it-is"))
                .post("/api/v1/auth/token").then(), 429, "TOO_MANY_REQUESTS")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    private static void spend(String key, int times, Runnable count) {
        for (int i = 0; i < times; i++) {
            count.run();
        }
    }
}
