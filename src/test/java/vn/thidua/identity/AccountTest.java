package vn.thidua.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class AccountTest {

    private static final String ACCOUNTS = "/api/v1/accounts";

    private static Map<String, Object> account(String username, UUID unit, String... roles) {
        return Map.of("username", username, "password", "Quite-Long-Pass-1", "displayName", "Lò Thị Hương",
                "roles", List.of(roles), "unitId", unit.toString());
    }

    @Test
    void anAdminCreatesReadsAndUpdatesAccountsWithoutEverShowingThePassword() {
        UUID agency = TestOrg.agency("Accounts");
        UUID office = TestOrg.unit(agency, "Office", "DEPARTMENT");
        String username = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        String id = TestOrg.as(agency, Roles.ADMIN).body(account(username, office, Roles.MEMBER)).post(ACCOUNTS)
                .then().statusCode(201)
                .body("username", equalTo(username))
                .body("roles", containsInAnyOrder("member"))
                .body("password", nullValue())
                .body("passwordHash", nullValue())
                .extract().path("id");
        String etag = TestOrg.as(agency, Roles.ADMIN).get(ACCOUNTS + "/" + id).then().statusCode(200)
                .extract().header("ETag");
        TestOrg.as(agency, Roles.ADMIN).header("If-Match", etag).body(Map.of("displayName", "Lò Thị Hương",
                "roles", List.of("member", "unit_head"), "unitId", office.toString(), "enabled", true))
                .put(ACCOUNTS + "/" + id).then().statusCode(200)
                .body("roles", containsInAnyOrder("member", "unit_head"));
        assertProblem(TestOrg.as(agency, Roles.ADMIN).header("If-Match", etag).body(Map.of("roles", List.of("member"),
                "unitId", office.toString(), "enabled", true)).put(ACCOUNTS + "/" + id).then(), 412,
                "PRECONDITION_FAILED");
    }

    @Test
    void userNamesAreUniqueAndRolesMustExist() {
        UUID agency = TestOrg.agency("Unique");
        String username = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        TestOrg.as(agency, Roles.ADMIN).body(account(username, agency, Roles.MEMBER)).post(ACCOUNTS).then()
                .statusCode(201);
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(account(username.toUpperCase(), agency, Roles.MEMBER))
                .post(ACCOUNTS).then(), 409, "CONFLICT");
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(account("x-" + username, agency, "superuser"))
                .post(ACCOUNTS).then(), 400, "VALIDATION_FAILED");
    }

    @Test
    void weakPasswordsAreRefused() {
        UUID agency = TestOrg.agency("Weak");
        String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new java.util.HashMap<>(account(username, agency, Roles.MEMBER));
        body.put("password", "aaaaaaaaaaaa");
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(body).post(ACCOUNTS).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("password")).body("errors[0].code", equalTo("TOO_SIMPLE"));
        body.put("password", username);
        assertProblem(TestOrg.as(agency, Roles.ADMIN).body(body).post(ACCOUNTS).then(), 400, "VALIDATION_FAILED");
    }

    @Test
    void anAgencyAdminWorksOnlyInsideTheAgency() {
        UUID mine = TestOrg.agency("Mine");
        UUID theirs = TestOrg.agency("Theirs");
        String theirsId = TestOrg.asRootAdmin().body(account("t-" + UUID.randomUUID().toString().substring(0, 8),
                theirs, Roles.MEMBER)).post(ACCOUNTS).then().statusCode(201).extract().path("id");
        assertProblem(TestOrg.as(mine, Roles.ADMIN).get(ACCOUNTS + "/" + theirsId).then(), 404, "NOT_FOUND");
        TestOrg.as(mine, Roles.ADMIN).get(ACCOUNTS).then().statusCode(200)
                .body("items.id", everyItem(not(equalTo(theirsId))));
        assertProblem(TestOrg.as(mine, Roles.ADMIN).body(account("p-" + UUID.randomUUID().toString().substring(0, 8),
                theirs, Roles.ADMIN)).post(ACCOUNTS).then(), 404, "NOT_FOUND");
        TestOrg.asRootAdmin().get(ACCOUNTS + "/" + theirsId).then().statusCode(200);
    }

    @Test
    void onlyAdminsManageAccounts() {
        UUID agency = TestOrg.agency("Admins only");
        for (String role : new String[] {Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
                Roles.INTEGRATION}) {
            assertProblem(TestOrg.as(agency, role).get(ACCOUNTS).then(), 403, "FORBIDDEN");
            assertProblem(TestOrg.as(agency, role).body(account("r-" + UUID.randomUUID().toString().substring(0, 8),
                    agency, Roles.ADMIN)).post(ACCOUNTS).then(), 403, "FORBIDDEN");
        }
    }

    @Test
    void aRetriedCreationWithTheSameKeyCreatesOnce() {
        UUID agency = TestOrg.agency("Idempotent");
        String username = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String first = TestOrg.as(agency, Roles.ADMIN).header("Idempotency-Key", key)
                .body(account(username, agency, Roles.MEMBER)).post(ACCOUNTS).then().statusCode(201)
                .extract().path("id");
        TestOrg.as(agency, Roles.ADMIN).header("Idempotency-Key", key).body(account(username, agency, Roles.MEMBER))
                .post(ACCOUNTS).then().statusCode(201).body("id", equalTo(first))
                .header("Idempotent-Replayed", equalTo("true"));
        TestOrg.as(agency, Roles.ADMIN).queryParam("q", username).get(ACCOUNTS).then().body("total", equalTo(1))
                .body("items.id", hasItem(first));
    }
}
