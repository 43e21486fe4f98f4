package vn.thidua.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class AuditTrailTest {

    private static final String EVENTS = "/api/v1/audit-events";

    @Inject
    EntityManager em;

    @Test
    void everyKindOfChangeIsAuditedWithBeforeAndAfterAndTheRequestId() {
        UUID agency = TestOrg.agency("Audited");
        String etag = TestOrg.asRootAdmin().get("/api/v1/units/" + agency).then().extract().header("ETag");
        TestOrg.asRootAdmin().header("If-Match", etag).header("X-Request-Id", "audit-test-rename")
                .body(Map.of("code", TestOrg.uniqueCode("AUD"), "name", "Audited, renamed", "kind", "AGENCY"))
                .put("/api/v1/units/" + agency).then().statusCode(200);
        TestOrg.asRootAdmin().queryParam("entityType", "unit").queryParam("entityId", agency.toString())
                .get(EVENTS).then().statusCode(200)
                .body("items.action", hasItems("unit.created", "unit.updated"))
                .body("items[0].action", equalTo("unit.updated"))
                .body("items[0].actor", equalTo("tester-" + TestOrg.root().toString().substring(0, 8)))
                .body("items[0].requestId", equalTo("audit-test-rename"))
                .body("items[0].changes.name.before", equalTo("Audited"))
                .body("items[0].changes.name.after", equalTo("Audited, renamed"));
    }

    @Test
    void loginsPasswordChangesAndFailuresAreAuditedWithoutSecrets() {
        UUID agency = TestOrg.agency("Secrets");
        String username = TestAccounts.create(agency, Roles.MEMBER);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "wrong-password-1"))
                .post("/api/v1/auth/token").then().statusCode(401);
        String token = TestAccounts.login(username, TestAccounts.PASSWORD);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "Brand-New-Secret-5"))
                .post("/api/v1/auth/password").then().statusCode(200);

        TestOrg.asRootAdmin().queryParam("actor", username).queryParam("size", 50).get(EVENTS).then()
                .body("items.action", hasItems("account.login-failed", "account.login", "account.password-changed"));
        List<String> everything = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT changes::text FROM audit_event WHERE actor = ?1 OR entity_id IN "
                        + "(SELECT id::text FROM account WHERE username = ?1)")
                .setParameter(1, username).getResultList());
        for (String changes : everything) {
            assertFalse(changes.contains(TestAccounts.PASSWORD), changes);
            assertFalse(changes.contains("Brand-New-Secret-5"), changes);
            assertFalse(changes.contains("wrong-password-1"), changes);
            assertFalse(changes.contains("$2a$") || changes.contains("$2b$"), "a bcrypt hash leaked: " + changes);
            assertFalse(changes.toLowerCase().matches("(?s).*\"[a-z_]*(password|hash)[a-z_]*\"\\s*:.*"),
                    "a password field leaked: " + changes);
        }
    }

    @Test
    void theTrailIsScopedAndOnlyForAdminAndBoard() {
        UUID mine = TestOrg.agency("Trail mine");
        UUID theirs = TestOrg.agency("Trail theirs");
        TestOrg.as(mine, Roles.BOARD).queryParam("entityType", "unit").get(EVENTS).then().statusCode(200)
                .body("items.entityId", hasItem(mine.toString()))
                .body("items.entityId", everyItem(not(equalTo(theirs.toString()))))
                .body("items.unitId", everyItem(equalTo(mine.toString())));
        for (String role : new String[] {Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
                Roles.INTEGRATION}) {
            assertProblem(TestOrg.as(mine, role).get(EVENTS).then(), 403, "FORBIDDEN");
        }
        TestOrg.asRootAdmin().queryParam("action", "account.login-failed").get(EVENTS).then().statusCode(200);
    }

    @Test
    void filtersByTimeRange() {
        UUID agency = TestOrg.agency("Time range");
        TestOrg.asRootAdmin().queryParam("entityId", agency.toString()).queryParam("from", "2000-01-01T00:00:00Z")
                .get(EVENTS).then().body("total", equalTo(1)).body("items[0].occurredAt", notNullValue());
        TestOrg.asRootAdmin().queryParam("entityId", agency.toString()).queryParam("to", "2000-01-01T00:00:00Z")
                .get(EVENTS).then().body("total", equalTo(0));
        assertProblem(TestOrg.asRootAdmin().queryParam("from", "yesterday").get(EVENTS).then(), 400, "BAD_REQUEST");
    }

    @Test
    void noEndpointChangesAuditEventsAndTheDatabaseRefusesItToo() {
        assertProblem(TestOrg.asRootAdmin().delete(EVENTS).then(), 405, "METHOD_NOT_ALLOWED");
        assertProblem(TestOrg.asRootAdmin().body("{}").post(EVENTS).then(), 405, "METHOD_NOT_ALLOWED");
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE audit_event SET actor = 'mallory'").executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM audit_event").executeUpdate()));
    }
}
