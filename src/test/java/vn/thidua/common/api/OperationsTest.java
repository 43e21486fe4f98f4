package vn.thidua.common.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void liveAndReadyAreUpAndReadinessChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void everyResponseCarriesARequestIdAndKeepsTheCallersOwn() {
        given().get("/q/health/live").then()
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
        given().header(RequestIds.HEADER, "gateway-42.abc").get("/api/v1/no-such-thing").then()
                .statusCode(404).header(RequestIds.HEADER, "gateway-42.abc");
        given().header(RequestIds.HEADER, "bad id with spaces\u00e9").get("/q/health/live").then()
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
