package vn.thidua.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;

/** Short access tokens and rotating refresh tokens (issue 23). */
@QuarkusTest
class RefreshTokenTest {

    private static JsonPath login(String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh").then();
    }

    @Test
    void aLoginGivesAShortAccessTokenAndARefreshToken() {
        String username = TestAccounts.create(TestOrg.agency("Refresh pair"), Roles.MEMBER);
        JsonPath token = login(username);
        // %test keeps access tokens an hour; the default is a quarter of an hour (README, "Tokens")
        assertEquals(3600, token.getInt("expiresIn"));
        assertEquals(43, token.getString("refreshToken").length(), "256 random bits, base64url");
        assertNotEquals(null, token.getString("refreshExpiresAt"));
    }

    @Test
    void aRefreshTokenIsExchangedOnceForTheNextPair() {
        UUID agency = TestOrg.agency("Refresh rotation");
        String username = TestAccounts.create(agency, Roles.BOARD);
        String first = login(username).getString("refreshToken");
        JsonPath next = refresh(first).statusCode(200)
                .body("username", equalTo(username))
                .body("roles", hasItem(Roles.BOARD))
                .body("refreshToken", notNullValue())
                .extract().jsonPath();
        assertNotEquals(first, next.getString("refreshToken"));
        given().auth().oauth2(next.getString("accessToken")).get("/api/v1/units/" + agency).then().statusCode(200);
        JsonPath third = refresh(next.getString("refreshToken")).statusCode(200).extract().jsonPath();
        given().auth().oauth2(third.getString("accessToken")).get("/api/v1/units/" + agency).then()
                .statusCode(200);
    }

    @Test
    void aSpentRefreshTokenShownAgainRevokesItsWholeFamily() {
        UUID agency = TestOrg.agency("Refresh reuse");
        String username = TestAccounts.create(agency, Roles.MEMBER);
        String stolen = login(username).getString("refreshToken");
        String owners = refresh(stolen).statusCode(200).extract().path("refreshToken");
        assertProblem(refresh(stolen), 401, "UNAUTHORIZED");
        assertProblem(refresh(owners), 401, "UNAUTHORIZED");
        // another login (another family) is not touched
        String otherDevice = login(username).getString("refreshToken");
        refresh(otherDevice).statusCode(200);
        TestOrg.asRootAdmin().queryParam("action", "account.refresh-token-reused").get("/api/v1/audit-events")
                .then().statusCode(200).body("items.actor", hasItem(username));
    }

    @Test
    void aDisabledAccountCannotRefresh() {
        UUID agency = TestOrg.agency("Refresh disabled");
        String username = TestAccounts.create(agency, Roles.MEMBER);
        String refreshToken = login(username).getString("refreshToken");
        String id = TestOrg.asRootAdmin().queryParam("q", username).get("/api/v1/accounts").then().extract()
                .path("items[0].id");
        String etag = TestOrg.asRootAdmin().get("/api/v1/accounts/" + id).then().extract().header("ETag");
        TestOrg.asRootAdmin().header("If-Match", etag).body(Map.of("roles", List.of(Roles.MEMBER),
                "unitId", agency.toString(), "enabled", false)).put("/api/v1/accounts/" + id).then().statusCode(200);
        assertProblem(refresh(refreshToken), 401, "UNAUTHORIZED");
    }

    @Test
    void logoutEndsTheRefreshTokensToo() {
        UUID agency = TestOrg.agency("Refresh logout");
        String username = TestAccounts.create(agency, Roles.MEMBER);
        JsonPath token = login(username);
        given().auth().oauth2(token.getString("accessToken")).post("/api/v1/auth/logout").then().statusCode(204);
        assertProblem(refresh(token.getString("refreshToken")), 401, "UNAUTHORIZED");
    }

    @Test
    void anUnknownRefreshTokenGetsTheSameAnswer() {
        assertProblem(refresh("not-a-refresh-token-" + UUID.randomUUID()), 401, "UNAUTHORIZED");
        assertProblem(refresh(""), 400, "VALIDATION_FAILED");
    }
}
