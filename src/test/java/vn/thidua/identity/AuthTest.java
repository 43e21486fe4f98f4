package vn.thidua.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.path.json.JsonPath;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class AuthTest {

    private static ValidatableResponse login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token").then();
    }

    private static JsonPath claimsOf(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void theFirstAdminLogsInWithTheConfiguredPassword() {
        login("admin", "Test-Admin-Password-2026").statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", greaterThan(0))
                .body("roles", hasItem("admin"))
                .body("unitId", equalTo(TestOrg.root().toString()));
    }

    @Test
    void aTokenCarriesTheClaimsAndOpensTheApi() {
        UUID agency = TestOrg.agency("Claims");
        String username = TestAccounts.create(agency, Roles.BOARD, Roles.COUNCIL);
        String token = TestAccounts.login(username, TestAccounts.PASSWORD);
        JsonPath claims = claimsOf(token);
        assertEquals(username, claims.getString("upn"));
        assertEquals(agency.toString(), claims.getString("unit"));
        assertTrue(claims.getList("groups").containsAll(java.util.List.of("board", "council")));
        assertEquals("https://thidua.local/issuer", claims.getString("iss"));
        assertTrue(claims.getLong("exp") > claims.getLong("iat"));
        UUID.fromString(claims.getString("sub"));
        given().auth().oauth2(token).get("/api/v1/units/" + agency).then().statusCode(200);
    }

    @Test
    void userNamesAreCaseInsensitive() {
        String username = TestAccounts.create(TestOrg.agency("Case"), Roles.MEMBER);
        login(username.toUpperCase(), TestAccounts.PASSWORD).statusCode(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String username = TestAccounts.create(TestOrg.agency("Same answer"), Roles.MEMBER);
        String wrong = assertProblem(login(username, "not-the-password"), 401, "UNAUTHORIZED")
                .extract().path("detail");
        String unknown = assertProblem(login("nobody-" + UUID.randomUUID(), "whatever-password"), 401, "UNAUTHORIZED")
                .extract().path("detail");
        assertEquals(wrong, unknown);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        UUID agency = TestOrg.agency("Lockout");
        String username = TestAccounts.create(agency, Roles.MEMBER);
        for (int i = 0; i < 5; i++) {
            assertProblem(login(username, "guess-" + i), 401, "UNAUTHORIZED");
        }
        String lockedAnswer = assertProblem(login(username, TestAccounts.PASSWORD), 401, "UNAUTHORIZED")
                .extract().path("detail");
        assertEquals(assertProblem(login("nobody-" + UUID.randomUUID(), "x-password"), 401, "UNAUTHORIZED")
                .extract().path("detail"), lockedAnswer, "a locked account must not be told apart");

        String id = TestOrg.asRootAdmin().queryParam("q", username).get("/api/v1/accounts").then()
                .body("items[0].lockedUntil", notNullValue()).extract().path("items[0].id");
        String etag = TestOrg.asRootAdmin().get("/api/v1/accounts/" + id).then().extract().header("ETag");
        TestOrg.asRootAdmin().header("If-Match", etag).post("/api/v1/accounts/" + id + ":unlock").then()
                .statusCode(200);
        login(username, TestAccounts.PASSWORD).statusCode(200);
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        UUID agency = TestOrg.agency("Disabled");
        String username = TestAccounts.create(agency, Roles.MEMBER);
        String id = TestOrg.asRootAdmin().queryParam("q", username).get("/api/v1/accounts").then()
                .extract().path("items[0].id");
        String etag = TestOrg.asRootAdmin().get("/api/v1/accounts/" + id).then().extract().header("ETag");
        TestOrg.asRootAdmin().header("If-Match", etag).body(Map.of("roles", java.util.List.of("member"),
                "unitId", agency.toString(), "enabled", false)).put("/api/v1/accounts/" + id).then().statusCode(200);
        assertProblem(login(username, TestAccounts.PASSWORD), 401, "UNAUTHORIZED");
    }

    @Test
    void aTokenWithAlgNoneIsRefused() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"iss\":\"https://thidua.local/issuer\","
                + "\"aud\":\"thidua-api\",\"upn\":\"mallory\",\"groups\":[\"admin\"],\"unit\":\"" + TestOrg.root()
                + "\",\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}").getBytes(StandardCharsets.UTF_8));
        assertProblem(given().auth().oauth2(header + "." + payload + ".").get("/api/v1/units").then(), 401,
                "UNAUTHORIZED");
    }

    @Test
    void usersChangeTheirOwnPassword() {
        String username = TestAccounts.create(TestOrg.agency("Own password"), Roles.MEMBER);
        String token = TestAccounts.login(username, TestAccounts.PASSWORD);
        assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong-password", "newPassword", "Another-Secret-77"))
                .post("/api/v1/auth/password").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("currentPassword"));
        assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "short"))
                .post("/api/v1/auth/password").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("TOO_SHORT"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "Another-Secret-77"))
                .post("/api/v1/auth/password").then().statusCode(200);
        assertProblem(login(username, TestAccounts.PASSWORD), 401, "UNAUTHORIZED");
        login(username, "Another-Secret-77").statusCode(200);
    }

    @Test
    void anAdminResetsAPasswordInScopeOnly() {
        UUID mine = TestOrg.agency("Reset mine");
        UUID theirs = TestOrg.agency("Reset theirs");
        String myUser = TestAccounts.create(mine, Roles.MEMBER);
        String theirUser = TestAccounts.create(theirs, Roles.MEMBER);
        String myId = TestOrg.asRootAdmin().queryParam("q", myUser).get("/api/v1/accounts").then()
                .extract().path("items[0].id");
        String theirId = TestOrg.asRootAdmin().queryParam("q", theirUser).get("/api/v1/accounts").then()
                .extract().path("items[0].id");
        String etag = TestOrg.as(mine, Roles.ADMIN).get("/api/v1/accounts/" + myId).then().statusCode(200)
                .extract().header("ETag");
        TestOrg.as(mine, Roles.ADMIN).header("If-Match", etag).body(Map.of("newPassword", "Reset-By-Admin-9"))
                .post("/api/v1/accounts/" + myId + ":reset-password").then().statusCode(200);
        login(myUser, "Reset-By-Admin-9").statusCode(200);
        assertProblem(TestOrg.as(mine, Roles.ADMIN).header("If-Match", "\"0\"").body(Map.of("newPassword", "Hijack-Pass-99"))
                .post("/api/v1/accounts/" + theirId + ":reset-password").then(), 404, "NOT_FOUND");
        login(theirUser, TestAccounts.PASSWORD).statusCode(200);
    }

    @Test
    void theLoginEndpointIsPublicAndValidatesItsBody() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"username\":\"\"}").post("/api/v1/auth/token")
                .then(), 400, "VALIDATION_FAILED");
    }
}
