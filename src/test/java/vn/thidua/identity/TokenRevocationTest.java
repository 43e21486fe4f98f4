package vn.thidua.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;

/** Tokens end with their account (issue 23): each change that must end them makes the old token a 401 at once. */
@QuarkusTest
class TokenRevocationTest {

    @Inject
    AgroalDataSource dataSource;

    private static final String NEW_PASSWORD = "Fresh-Password-81";

    /** A fresh account of the agency and its id. */
    private record Made(String username, String id) {
    }

    private static Made account(UUID agency, String... roles) {
        String username = TestAccounts.create(agency, roles);
        String id = TestOrg.asRootAdmin().queryParam("q", username).get("/api/v1/accounts").then().extract()
                .path("items[0].id");
        return new Made(username, id);
    }

    private static void works(String token, UUID agency) {
        given().auth().oauth2(token).get("/api/v1/units/" + agency).then().statusCode(200);
    }

    private static void refused(String token, UUID agency) {
        assertProblem(given().auth().oauth2(token).get("/api/v1/units/" + agency).then(), 401, "UNAUTHORIZED");
    }

    private static String etag(Made account) {
        return TestOrg.asRootAdmin().get("/api/v1/accounts/" + account.id()).then().statusCode(200).extract()
                .header("ETag");
    }

    private static void update(Made account, UUID unit, List<String> roles, boolean enabled) {
        TestOrg.asRootAdmin().header("If-Match", etag(account))
                .body(Map.of("roles", roles, "unitId", unit.toString(), "enabled", enabled))
                .put("/api/v1/accounts/" + account.id()).then().statusCode(200);
    }

    @Test
    void disablingAnAccountEndsItsTokensAtOnce() {
        UUID agency = TestOrg.agency("Revoked by disabling");
        Made account = account(agency, Roles.BOARD);
        String token = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        works(token, agency);
        update(account, agency, List.of(Roles.BOARD), false);
        refused(token, agency);
        assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", TestOrg.uniqueCode("P"), "fullName", "Lò Thị Hương", "unitId", agency.toString()))
                .post("/api/v1/people").then(), 401, "UNAUTHORIZED");
        update(account, agency, List.of(Roles.BOARD), true);
        refused(token, agency);
        works(TestAccounts.login(account.username(), TestAccounts.PASSWORD), agency);
    }

    @Test
    void aRoleChangeEndsTheTokensThatCarryTheOldRoles() {
        UUID agency = TestOrg.agency("Revoked by demotion");
        Made account = account(agency, Roles.ADMIN);
        String token = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        given().auth().oauth2(token).get("/api/v1/accounts/" + account.id()).then().statusCode(200);
        update(account, agency, List.of(Roles.MEMBER), true);
        assertProblem(given().auth().oauth2(token).get("/api/v1/accounts/" + account.id()).then(), 401,
                "UNAUTHORIZED");
        String demoted = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        assertProblem(given().auth().oauth2(demoted).get("/api/v1/accounts/" + account.id()).then(), 403,
                "FORBIDDEN");
    }

    @Test
    void aUnitChangeEndsTheTokensThatCarryTheOldUnit() {
        UUID agency = TestOrg.agency("Revoked by moving");
        UUID department = TestOrg.unit(agency, "Phòng Tổ chức", "DEPARTMENT");
        Made account = account(agency, Roles.BOARD);
        String token = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        works(token, agency);
        update(account, department, List.of(Roles.BOARD), true);
        refused(token, agency);
        String moved = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        works(moved, department);
        assertProblem(given().auth().oauth2(moved).get("/api/v1/units/" + agency).then(), 404, "NOT_FOUND");
    }

    @Test
    void aChangeThatLeavesTheTokensTruthfulKeepsThem() {
        UUID agency = TestOrg.agency("Renamed only");
        Made account = account(agency, Roles.BOARD);
        String token = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        TestOrg.asRootAdmin().header("If-Match", etag(account)).body(Map.of("displayName", "Nguyễn Văn Hùng",
                "roles", List.of(Roles.BOARD), "unitId", agency.toString(), "enabled", true))
                .put("/api/v1/accounts/" + account.id()).then().statusCode(200);
        works(token, agency);
    }

    @Test
    void changingOnesOwnPasswordEndsEveryTokenIssuedBefore() {
        UUID agency = TestOrg.agency("Revoked by own password");
        Made account = account(agency, Roles.MEMBER);
        String token = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        String other = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD))
                .post("/api/v1/auth/password").then().statusCode(200);
        refused(token, agency);
        refused(other, agency);
        works(TestAccounts.login(account.username(), NEW_PASSWORD), agency);
    }

    @Test
    void aPasswordResetEndsEveryTokenIssuedBefore() {
        UUID agency = TestOrg.agency("Revoked by reset");
        Made account = account(agency, Roles.MEMBER);
        String token = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        TestOrg.asRootAdmin().header("If-Match", etag(account)).body(Map.of("newPassword", NEW_PASSWORD))
                .post("/api/v1/accounts/" + account.id() + ":reset-password").then().statusCode(200);
        refused(token, agency);
        works(TestAccounts.login(account.username(), NEW_PASSWORD), agency);
    }

    @Test
    void logoutEndsEveryTokenOfTheAccount() {
        UUID agency = TestOrg.agency("Logged out");
        Made account = account(agency, Roles.LEADER);
        String token = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        String onAnotherDevice = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);
        refused(token, agency);
        refused(onAnotherDevice, agency);
        assertProblem(given().auth().oauth2(token).post("/api/v1/auth/logout").then(), 401, "UNAUTHORIZED");
        works(TestAccounts.login(account.username(), TestAccounts.PASSWORD), agency);
    }

    @Test
    void anExternalProvidersTokenHasNothingToLogOutOf() {
        UUID agency = TestOrg.agency("External logout");
        assertProblem(TestOrg.as(agency, Roles.MEMBER).post("/api/v1/auth/logout").then(), 409, "CONFLICT");
        // tokens without our version claim are checked as before: they end at their own expiry
        TestOrg.as(agency, Roles.MEMBER).get("/api/v1/units/" + agency).then().statusCode(200);
    }

    @Test
    void aChangeMadeByAnotherReplicaReachesThisOneThroughTheDatabase() throws Exception {
        UUID agency = TestOrg.agency("Revoked elsewhere");
        Made account = account(agency, Roles.BOARD);
        String token = TestAccounts.login(account.username(), TestAccounts.PASSWORD);
        works(token, agency);
        // what another replica's change does: raise the version, then notify (at its commit). This replica's cache
        // holds the old version, and keeps it (no query per request) until the notification reaches it.
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement change = connection.prepareStatement(
                    "UPDATE account SET token_version = token_version + 1 WHERE id = ?")) {
                change.setObject(1, UUID.fromString(account.id()));
                change.executeUpdate();
            }
            works(token, agency);
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, TokenRevocation.CHANNEL);
                notify.setString(2, account.id());
                notify.execute();
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            Thread.sleep(50);
            status = given().auth().oauth2(token).get("/api/v1/units/" + agency).statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertEquals(401, status, "the notification must evict the account on this replica");
    }

    @Test
    void aTokenWhoseVersionIsNotANumberIsRefused() {
        UUID agency = TestOrg.agency("Forged version");
        String forged = io.smallrye.jwt.build.Jwt.upn("forger").subject(UUID.randomUUID().toString())
                .issuer(vn.thidua.testsupport.TestTokens.ISSUER).audience(vn.thidua.testsupport.TestTokens.AUDIENCE)
                .groups(java.util.Set.of(Roles.MEMBER)).claim("unit", agency.toString())
                .claim(TokenVersionCheck.CLAIM, "zero").expiresAt(java.time.Instant.now().plusSeconds(600)).sign();
        refused(forged, agency);
        String unknownAccount = io.smallrye.jwt.build.Jwt.upn("ghost").subject(UUID.randomUUID().toString())
                .issuer(vn.thidua.testsupport.TestTokens.ISSUER).audience(vn.thidua.testsupport.TestTokens.AUDIENCE)
                .groups(java.util.Set.of(Roles.MEMBER)).claim("unit", agency.toString())
                .claim(TokenVersionCheck.CLAIM, 0L).expiresAt(java.time.Instant.now().plusSeconds(600)).sign();
        refused(unknownAccount, agency);
    }
}
