package vn.thidua.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The HTTP settings of application.properties for browsers: security headers and the CORS allow-list (in tests
 * {@code https://app.thidua.test}). HSTS is production-only; {@link TwoInstancesIT} sees it on the packaged service.
 */
@QuarkusTest
class HttpHardeningTest {

    private static final String FRONT_END = "https://app.thidua.test";

    @Test
    void apiAnswersForbidSniffingFramingReferrersAndLoadingAnything() {
        given().get("/api/v1/units").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void swaggerUiKeepsWorkingWithoutTheApisContentSecurityPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void aFrontEndOnTheAllowListMayCallTheApiWithEveryHeaderItNeeds() {
        given().header("Origin", FRONT_END)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key")
                .options("/api/v1/units/00000000-0000-0000-0000-000000000000")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Credentials", equalTo("false"));
        given().header("Origin", FRONT_END).get("/api/v1/public/plans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONT_END)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void anotherOriginIsRefusedWhileCallersWithoutABrowserAreNotAffected() {
        given().header("Origin", "https://elsewhere.example").get("/api/v1/public/plans").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().get("/api/v1/public/plans").then().statusCode(200);
    }
}
