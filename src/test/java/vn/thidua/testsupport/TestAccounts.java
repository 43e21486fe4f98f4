package vn.thidua.testsupport;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Built-in accounts for tests, created through the API by a root administrator, and their logins. */
public final class TestAccounts {

    public static final String PASSWORD = "Correct-Horse-42";

    private TestAccounts() {
    }

    /** A fresh account (unique user name) with {@link #PASSWORD}; returns its user name. */
    public static String create(UUID unit, String... roles) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 12);
        TestOrg.asRootAdmin().body(Map.of("username", username, "password", PASSWORD, "roles", List.of(roles),
                "unitId", unit.toString())).post("/api/v1/accounts").then().statusCode(201);
        return username;
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }
}
