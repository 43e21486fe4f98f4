package vn.thidua.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class RuleSetResourceTest {

    private static final Map<String, String> REASON = Map.of("reason", "Văn bản đã được đối chiếu");

    private static RequestSpecification as(String role) {
        return TestOrg.as(TestOrg.root(), role);
    }

    private static String etag(String code) {
        return as(Roles.MEMBER).get("/api/v1/rule-sets/" + code).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse act(RequestSpecification as, String code, String action, String ifMatch) {
        if (ifMatch != null) {
            as.header("If-Match", ifMatch);
        }
        return as.body(REASON).post("/api/v1/rule-sets/" + code + ":" + action).then();
    }

    private static String inForce(String day) {
        return as(Roles.MEMBER).queryParam("on", day).get("/api/v1/units/" + TestOrg.root() + "/rule-settings").then()
                .extract().path("ruleSet");
    }

    private static List<String> outboxTypes(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position",
                        String.class).setParameter(1, code).getResultList());
    }

    @Test
    void everyoneReadsTheSeededSetsNewestFirst() {
        as(Roles.MEMBER).get("/api/v1/rule-sets").then().statusCode(200)
                .body("code", hasItems("LAW2026_AMEND", "LAW2022_ND152", "LAW2022_ND98", "LAW2013_ND91"))
                .body("find { it.code == 'LAW2026_AMEND' }.status", equalTo("DRAFT"))
                .body("find { it.code == 'LAW2026_AMEND' }.needsVerification", equalTo(true))
                .body("find { it.code == 'LAW2026_AMEND' }.verificationNote", equalTo("reported amendment, text not verified"))
                .body("find { it.code == 'LAW2022_ND98' }.validTo", equalTo("2025-06-30"))
                .body("titles", everyItemIsNull());
        List<String> codes = as(Roles.INTEGRATION).get("/api/v1/rule-sets").then().extract().path("code");
        assertEquals(List.of("LAW2026_AMEND", "LAW2022_ND152", "LAW2022_ND98", "LAW2013_ND91"),
                codes.stream().filter(c -> c.startsWith("LAW")).toList());
        as(Roles.MEMBER).queryParam("status", "DRAFT").get("/api/v1/rule-sets").then().statusCode(200)
                .body("code", hasItem("LAW2026_AMEND")).body("code", not(hasItem("LAW2022_ND152")));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIsNull() {
        return org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRuleSetReadsInFullWithItsVersion() {
        as(Roles.MEMBER).get("/api/v1/rule-sets/LAW2022_ND152").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("validTo", equalTo(null))
                .body("settings.'employment.minMonths'", equalTo(6))
                .body("settings.'vote.GRASSROOTS_EMULATION_FIGHTER'.minRatio", equalTo(0.8f))
                .body("settings.'quota.GRASSROOTS_EMULATION_FIGHTER'", equalTo(null))
                .body("general.rule", contains("NO_PENDING_PROCEEDING", "AFTER_SERVED_DISCIPLINE"))
                .body("titles.find { it.awardCode == 'ADVANCED_WORKER' }.criteria.id",
                        contains("rating", "registered", "employment", "discipline", "solidarity"))
                .body("titles.find { it.awardCode == 'ADVANCED_WORKER' }.criteria.find { it.id == 'employment' }"
                        + ".needsVerification", equalTo(true))
                .body("titles.find { it.awardCode == 'GRASSROOTS_EMULATION_FIGHTER' }.criteria"
                        + ".find { it.id == 'achievement' }.params.of.id", contains("excellent", "initiative"));
        assertProblem(as(Roles.MEMBER).get("/api/v1/rule-sets/LAW1999").then(), 404, "NOT_FOUND");
    }

    @Test
    void anAdministratorActivatesTheAmendmentWhichThenTakesOverFromItsFirstDay() {
        RuleSetFixtures.Copy amendment = RuleSetFixtures.copy("LAW2026_AMEND", RuleSetStatus.DRAFT, 1791);
        RuleSetFixtures.Copy older = RuleSetFixtures.copy("LAW2022_ND152", RuleSetStatus.ACTIVE, 1791);
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("UPDATE rule_set SET valid_from = DATE '1791-01-01', valid_to = DATE '1791-12-31' "
                        + "WHERE code = ?1").setParameter(1, older.code()).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("UPDATE rule_set SET valid_from = DATE '1791-10-01', valid_to = DATE '1791-12-31' "
                        + "WHERE code = ?1").setParameter(1, amendment.code()).executeUpdate());
        assertEquals(older.code(), inForce("1791-10-01"));

        assertProblem(act(as(Roles.BOARD), amendment.code(), "activate", etag(amendment.code())), 403, "FORBIDDEN");
        assertProblem(act(as(Roles.ADMIN), amendment.code(), "activate", null), 428, "PRECONDITION_REQUIRED");
        assertProblem(act(as(Roles.ADMIN), amendment.code(), "activate", "\"7\""), 412, "PRECONDITION_FAILED");
        act(as(Roles.ADMIN), amendment.code(), "activate", etag(amendment.code())).statusCode(200)
                .body("status", equalTo("ACTIVE")).body("statusReason", equalTo(REASON.get("reason")))
                .body("statusChangedBy", notNullValue()).body("version", equalTo(1));
        assertEquals(older.code(), inForce("1791-09-30"));
        assertEquals(amendment.code(), inForce("1791-10-01"));
        assertProblem(act(as(Roles.ADMIN), amendment.code(), "activate", etag(amendment.code())), 409, "CONFLICT");

        act(as(Roles.ADMIN), amendment.code(), "retire", etag(amendment.code())).statusCode(200)
                .body("status", equalTo("RETIRED"));
        assertEquals(older.code(), inForce("1791-10-01"));
        assertProblem(act(as(Roles.ADMIN), amendment.code(), "retire", etag(amendment.code())), 409, "CONFLICT");

        as(Roles.ADMIN).queryParam("entityId", amendment.code()).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("rule-set.retired", "rule-set.activated"))
                .body("items[1].changes.status.after", equalTo("ACTIVE"));
        assertEquals(List.of("rule-set.activated", "rule-set.retired"), outboxTypes(amendment.code()));
    }

    @Test
    void aSetWhoseDefinitionDoesNotPassTheChecksCannotBeActivated() {
        RuleSetFixtures.Copy broken = RuleSetFixtures.copy("LAW2022_ND98", RuleSetStatus.DRAFT);
        String etag = etag(broken.code());
        // broken behind the API's back: its full representation no longer fits the contract, so it is not read again
        RuleSetFixtures.breakDefinition(broken.code());
        assertProblem(act(as(Roles.ADMIN), broken.code(), "activate", etag), 409, "CONFLICT")
                .body("detail", org.hamcrest.Matchers.containsString("general[0].rule"));
        as(Roles.MEMBER).queryParam("status", "DRAFT").get("/api/v1/rule-sets").then()
                .body("code", hasItem(broken.code()));
    }

    @Test
    void noDayWithoutASetAndOnlyADayOrACode() {
        UUID root = TestOrg.root();
        assertProblem(as(Roles.MEMBER).queryParam("on", "1700-01-01").get("/api/v1/units/" + root + "/rule-settings")
                .then(), 404, "NOT_FOUND");
        assertProblem(as(Roles.MEMBER).queryParam("on", "30/06/2025").get("/api/v1/units/" + root + "/rule-settings")
                .then(), 400, "VALIDATION_FAILED").body("errors[0].field", equalTo("on"));
        assertProblem(as(Roles.MEMBER).queryParam("on", "2025-06-30").queryParam("ruleSet", "LAW2022_ND98")
                .get("/api/v1/units/" + root + "/rule-settings").then(), 400, "VALIDATION_FAILED");
        assertProblem(as(Roles.MEMBER).queryParam("ruleSet", "LAW1999").get("/api/v1/units/" + root + "/rule-settings")
                .then(), 400, "VALIDATION_FAILED").body("errors[0].field", equalTo("ruleSet"));
        assertEquals("LAW2022_ND98", inForce("2025-06-30"));
        assertEquals("LAW2022_ND152", inForce("2025-07-01"));
        assertEquals("LAW2013_ND91", inForce("2022-12-31"));
    }
}
