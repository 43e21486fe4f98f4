package vn.thidua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * What holds for every agency (rule sets, base salary, coefficients) is changed by an administrator of the root unit
 * alone: an agency's administrator, whose reach is its own subtree, is refused and changes nothing, even with a token
 * that lists the derived {@code root_admin} role.
 */
@QuarkusTest
class GlobalSettingsTest {

    private static final Map<String, String> REASON = Map.of("reason", "Đã đối chiếu văn bản");

    private static RequestSpecification agencyAdmin(java.util.UUID agency) {
        return TestOrg.as(agency, Roles.ADMIN);
    }

    @Test
    void anAgencysAdministratorCannotChangeTheBaseSalaryOrACoefficientAndTheRootsCan() {
        java.util.UUID agency = TestOrg.agency("Sở Văn hóa " + TestOrg.uniqueCode("G"));
        String day = CashSettingsResourceTest.farFutureDay().toString();
        Map<String, Object> salary = Map.of("effectiveFrom", day, "amountVnd", 1, "legalBasis", "Nghị định giả");
        Map<String, Object> coefficient = Map.of("awardCode", "PROVINCE_COMMENDATION", "effectiveFrom", day,
                "coefficient", 0.01, "legalBasis", "Nghị định giả");

        assertProblem(agencyAdmin(agency).body(salary).post("/api/v1/settings/base-salary").then(), 403, "FORBIDDEN");
        assertProblem(agencyAdmin(agency).body(coefficient).post("/api/v1/settings/award-coefficients").then(), 403,
                "FORBIDDEN");
        assertProblem(io.restassured.RestAssured.given().auth()
                .oauth2(TestTokens.inUnit(agency, Roles.ADMIN, Roles.ROOT_ADMIN)).contentType("application/json")
                .body(salary).post("/api/v1/settings/base-salary").then(), 403, "FORBIDDEN");
        assertFalse(TestOrg.asRootAdmin().get("/api/v1/settings/base-salary").then().statusCode(200).extract()
                .jsonPath().getList("effectiveFrom").contains(day), "no base salary was added");
        assertFalse(TestOrg.asRootAdmin().queryParam("on", day).get("/api/v1/settings/award-coefficients").then()
                .statusCode(200).extract().jsonPath().getList("effectiveFrom").contains(day), "no coefficient was added");

        TestOrg.asRootAdmin().body(salary).post("/api/v1/settings/base-salary").then().statusCode(201);
        TestOrg.asRootAdmin().body(coefficient).post("/api/v1/settings/award-coefficients").then().statusCode(201);
    }

    @Test
    void anAgencysAdministratorCannotActivateOrRetireARuleSetAndTheRootsCan() {
        java.util.UUID agency = TestOrg.agency("Sở Nội vụ " + TestOrg.uniqueCode("G"));
        RuleSetFixtures.Copy draft = RuleSetFixtures.copy("LAW2022_ND152", RuleSetStatus.DRAFT);
        RuleSetFixtures.Copy active = RuleSetFixtures.copy("LAW2022_ND152", RuleSetStatus.ACTIVE);

        assertProblem(act(agencyAdmin(agency), draft.code(), "activate"), 403, "FORBIDDEN");
        assertProblem(act(agencyAdmin(agency), active.code(), "retire"), 403, "FORBIDDEN");
        assertEquals("DRAFT", status(draft.code()));
        assertEquals("ACTIVE", status(active.code()));

        act(TestOrg.asRootAdmin(), draft.code(), "activate").statusCode(200);
        act(TestOrg.asRootAdmin(), active.code(), "retire").statusCode(200);
        assertEquals("ACTIVE", status(draft.code()));
        assertEquals("RETIRED", status(active.code()));
    }

    private static io.restassured.response.ValidatableResponse act(RequestSpecification as, String code, String act) {
        String etag = TestOrg.asRootAdmin().get("/api/v1/rule-sets/" + code).then().statusCode(200).extract()
                .header("ETag");
        return as.header("If-Match", etag).body(REASON).post("/api/v1/rule-sets/" + code + ":" + act).then();
    }

    private static String status(String code) {
        return TestOrg.asRootAdmin().get("/api/v1/rule-sets/" + code).then().statusCode(200).extract().path("status");
    }
}
