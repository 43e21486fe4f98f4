package vn.thidua.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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

/** The Board's systems authenticate as integration clients, with a client id and secret (issue 23). */
@QuarkusTest
class IntegrationClientTest {

    private static JsonPath createClient(UUID unit) {
        return TestOrg.as(unit, Roles.ADMIN).body(Map.of("clientId", "client-" + UUID.randomUUID().toString()
                .substring(0, 12), "displayName", "Hệ thống của Ban Thi đua", "unitId", unit.toString()))
                .post("/api/v1/integration-clients").then().statusCode(201)
                .body("client.kind", equalTo("CLIENT"))
                .body("client.roles", equalTo(List.of(Roles.INTEGRATION)))
                .extract().jsonPath();
    }

    private static ValidatableResponse clientGrant(String clientId, String secret) {
        return given().contentType(ContentType.JSON).body(Map.of("grantType", "client_credentials",
                "clientId", clientId, "clientSecret", secret)).post("/api/v1/auth/token").then();
    }

    @Test
    void aClientGetsATokenWithItsRoleAndScope() {
        UUID agency = TestOrg.agency("Client scope");
        UUID other = TestOrg.agency("Client other");
        JsonPath client = createClient(agency);
        String token = clientGrant(client.getString("client.username"), client.getString("clientSecret"))
                .statusCode(200)
                .body("roles", equalTo(List.of(Roles.INTEGRATION)))
                .body("unitId", equalTo(agency.toString()))
                .body("refreshToken", nullValue())
                .extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/events").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/units/" + agency).then().statusCode(200);
        assertProblem(given().auth().oauth2(token).get("/api/v1/units/" + other).then(), 404, "NOT_FOUND");
        assertProblem(given().auth().oauth2(token).get("/api/v1/accounts").then(), 403, "FORBIDDEN");
    }

    @Test
    void rotatingTheSecretKillsTheOldSecretAndItsTokens() {
        UUID agency = TestOrg.agency("Client rotation");
        JsonPath client = createClient(agency);
        String clientId = client.getString("client.username");
        String oldSecret = client.getString("clientSecret");
        String oldToken = clientGrant(clientId, oldSecret).statusCode(200).extract().path("accessToken");
        String etag = TestOrg.asRootAdmin().get("/api/v1/accounts/" + client.getString("client.id")).then()
                .statusCode(200).extract().header("ETag");
        String newSecret = TestOrg.as(agency, Roles.ADMIN).header("If-Match", etag)
                .post("/api/v1/integration-clients/" + client.getString("client.id") + ":rotate-secret").then()
                .statusCode(200).extract().path("clientSecret");
        assertProblem(clientGrant(clientId, oldSecret), 401, "UNAUTHORIZED");
        assertProblem(given().auth().oauth2(oldToken).get("/api/v1/events").then(), 401, "UNAUTHORIZED");
        String newToken = clientGrant(clientId, newSecret).statusCode(200).extract().path("accessToken");
        given().auth().oauth2(newToken).get("/api/v1/events").then().statusCode(200);
    }

    @Test
    void aDisabledClientGetsNoTokenAndLosesThoseItHas() {
        UUID agency = TestOrg.agency("Client disabled");
        JsonPath client = createClient(agency);
        String clientId = client.getString("client.username");
        String secret = client.getString("clientSecret");
        String token = clientGrant(clientId, secret).statusCode(200).extract().path("accessToken");
        String id = client.getString("client.id");
        String etag = TestOrg.asRootAdmin().get("/api/v1/accounts/" + id).then().extract().header("ETag");
        TestOrg.asRootAdmin().header("If-Match", etag).body(Map.of("roles", List.of(Roles.INTEGRATION),
                "unitId", agency.toString(), "enabled", false)).put("/api/v1/accounts/" + id).then().statusCode(200);
        assertProblem(clientGrant(clientId, secret), 401, "UNAUTHORIZED");
        assertProblem(given().auth().oauth2(token).get("/api/v1/events").then(), 401, "UNAUTHORIZED");
    }

    @Test
    void aClientCannotLogInWithAPasswordNorAPersonUseTheClientGrant() {
        UUID agency = TestOrg.agency("Client grants");
        JsonPath client = createClient(agency);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("username",
                client.getString("client.username"), "password", client.getString("clientSecret")))
                .post("/api/v1/auth/token").then(), 401, "UNAUTHORIZED");
        String person = TestAccounts.create(agency, Roles.INTEGRATION);
        assertProblem(clientGrant(person, TestAccounts.PASSWORD), 401, "UNAUTHORIZED");
    }

    @Test
    void aClientKeepsItsOneRoleAndHasNoPassword() {
        UUID agency = TestOrg.agency("Client shape");
        JsonPath client = createClient(agency);
        String id = client.getString("client.id");
        String etag = TestOrg.asRootAdmin().get("/api/v1/accounts/" + id).then().extract().header("ETag");
        assertProblem(TestOrg.asRootAdmin().header("If-Match", etag).body(Map.of("roles", List.of(Roles.ADMIN),
                "unitId", agency.toString(), "enabled", true)).put("/api/v1/accounts/" + id).then(), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("CLIENT_ROLE"));
        assertProblem(TestOrg.asRootAdmin().header("If-Match", etag).body(Map.of("newPassword", "Chosen-By-Admin-9"))
                .post("/api/v1/accounts/" + id + ":reset-password").then(), 409, "CONFLICT");
    }

    @Test
    void anAdminMakesClientsInTheirSubtreeOnly() {
        UUID mine = TestOrg.agency("Client mine");
        UUID theirs = TestOrg.agency("Client theirs");
        assertProblem(TestOrg.as(mine, Roles.ADMIN).body(Map.of("clientId", "client-" + UUID.randomUUID().toString()
                .substring(0, 12), "unitId", theirs.toString())).post("/api/v1/integration-clients").then(), 404,
                "NOT_FOUND");
        JsonPath client = createClient(theirs);
        String etag = TestOrg.asRootAdmin().get("/api/v1/accounts/" + client.getString("client.id")).then()
                .extract().header("ETag");
        assertProblem(TestOrg.as(mine, Roles.ADMIN).header("If-Match", etag)
                .post("/api/v1/integration-clients/" + client.getString("client.id") + ":rotate-secret").then(),
                404, "NOT_FOUND");
    }

    @Test
    void aRetriedCreationDoesNotHandTheSecretOutAgain() {
        UUID agency = TestOrg.agency("Client retry");
        Map<String, String> body = Map.of("clientId", "client-" + UUID.randomUUID().toString().substring(0, 12),
                "unitId", agency.toString());
        TestOrg.as(agency, Roles.ADMIN).body(body).post("/api/v1/integration-clients").then().statusCode(201);
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(body).post("/api/v1/integration-clients").then(), 409,
                "CONFLICT").body("clientSecret", nullValue());
    }
}
