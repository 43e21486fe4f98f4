package vn.thidua.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class RuleOverrideTest {

    private static final String SHARE = "advancedCollective.minShare";

    /** An agency with a faculty and a department of the faculty; a sibling agency. */
    private UUID agency;
    private UUID faculty;
    private UUID department;
    private UUID sibling;

    /** Each, not in the constructor: Quarkus points REST Assured at the test port only before each test. */
    @BeforeEach
    void makeUnits() {
        agency = TestOrg.agency("Trường Chính trị tỉnh");
        faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
        department = TestOrg.unit(faculty, "Tổ Triết học", "DEPARTMENT");
        sibling = TestOrg.agency("Trường Chính trị tỉnh bên");
    }

    private static Map<String, Object> body(String ruleSet, Object value, String reason) {
        Map<String, Object> body = new HashMap<>();
        if (ruleSet != null) {
            body.put("ruleSet", ruleSet);
        }
        body.put("value", value);
        body.put("reason", reason);
        return body;
    }

    private static ValidatableResponse put(RequestSpecification as, UUID unit, String key, Map<String, Object> body,
            String ifMatch) {
        if (ifMatch != null) {
            as.header("If-Match", ifMatch);
        }
        return as.body(body).put("/api/v1/units/" + unit + "/rule-overrides/" + key).then();
    }

    private static ValidatableResponse settings(RequestSpecification as, UUID unit, String ruleSet) {
        return as.queryParam("ruleSet", ruleSet).get("/api/v1/units/" + unit + "/rule-settings").then();
    }

    private RequestSpecification board() {
        return TestOrg.as(agency, Roles.BOARD);
    }

    @Test
    void theBoardOfAnAgencyOverridesForItsSubtreeAndTheDeepestWins() {
        String etag = put(board(), agency, SHARE, body(null, 0.7, "Tỉnh yêu cầu từ 70%"), null).statusCode(201)
                .header("ETag", "\"0\"").header("Location", notNullValue())
                .body("unitId", equalTo(agency.toString())).body("ruleSet", nullValue()).body("value", equalTo(0.7f))
                .extract().header("ETag");
        settings(TestOrg.as(department, Roles.MEMBER), department, "LAW2022_ND152").statusCode(200)
                .body("ruleSet", equalTo("LAW2022_ND152"))
                .body("settings.find { it.key == '" + SHARE + "' }.value", equalTo(0.7f))
                .body("settings.find { it.key == '" + SHARE + "' }.source", equalTo("OVERRIDE"))
                .body("settings.find { it.key == '" + SHARE + "' }.unit.id", equalTo(agency.toString()))
                .body("settings.find { it.key == '" + SHARE + "' }.reason", equalTo("Tỉnh yêu cầu từ 70%"))
                .body("settings.find { it.key == 'employment.minMonths' }.source", equalTo("DEFAULT"))
                .body("settings.find { it.key == 'employment.minMonths' }.value", equalTo(6));

        // the faculty's own value for one rule set wins below it, for that set only
        put(TestOrg.as(faculty, Roles.BOARD), faculty, SHARE, body("LAW2022_ND152", 0.6, "Khoa, riêng NĐ 152"), null)
                .statusCode(201).body("ruleSet", equalTo("LAW2022_ND152"));
        settings(TestOrg.as(agency, Roles.LEADER), department, "LAW2022_ND152")
                .body("settings.find { it.key == '" + SHARE + "' }.value", equalTo(0.6f))
                .body("settings.find { it.key == '" + SHARE + "' }.overrideRuleSet", equalTo("LAW2022_ND152"));
        settings(TestOrg.as(agency, Roles.LEADER), department, "LAW2022_ND98")
                .body("settings.find { it.key == '" + SHARE + "' }.value", equalTo(0.7f));
        settings(TestOrg.as(agency, Roles.LEADER), agency, "LAW2022_ND152")
                .body("settings.find { it.key == '" + SHARE + "' }.value", equalTo(0.7f));

        TestOrg.as(agency, Roles.COUNCIL).get("/api/v1/units/" + agency + "/rule-overrides").then().statusCode(200)
                .body("key", contains(SHARE)).body("[0].version", equalTo(0));
        TestOrg.as(agency, Roles.COUNCIL).get("/api/v1/units/" + agency + "/rule-overrides/" + SHARE).then()
                .statusCode(200).header("ETag", etag).body("reason", equalTo("Tỉnh yêu cầu từ 70%"));
        assertProblem(TestOrg.as(agency, Roles.COUNCIL).queryParam("ruleSet", "LAW2022_ND152")
                .get("/api/v1/units/" + agency + "/rule-overrides/" + SHARE).then(), 404, "NOT_FOUND");
    }

    @Test
    void replacingNeedsTheCurrentVersionAndDeletingRestoresTheDefault() {
        String key = "quota.GRASSROOTS_EMULATION_FIGHTER";
        Map<String, Object> cap = Map.of("ratio", 0.15, "of", "ADVANCED_WORKER");
        String etag = put(board(), faculty, key, body(null, cap, "15% số LĐTT"), null).statusCode(201)
                .body("value.rounding", equalTo("FLOOR")).extract().header("ETag");
        assertProblem(put(board(), faculty, key, body(null, null, "Bỏ hạn mức"), null), 428, "PRECONDITION_REQUIRED");
        assertProblem(put(board(), faculty, key, body(null, null, "Bỏ hạn mức"), "\"9\""), 412, "PRECONDITION_FAILED");
        Map<String, Object> none = new HashMap<>(body(null, null, "Bỏ hạn mức"));
        String replaced = put(board(), faculty, key, none, etag).statusCode(200).body("value", nullValue())
                .body("version", equalTo(1)).extract().header("ETag");
        settings(board(), department, "LAW2013_ND91").body("settings.find { it.key == '" + key + "' }.value",
                nullValue()).body("settings.find { it.key == '" + key + "' }.source", equalTo("OVERRIDE"));

        assertProblem(board().delete("/api/v1/units/" + faculty + "/rule-overrides/" + key).then(), 428,
                "PRECONDITION_REQUIRED");
        board().header("If-Match", replaced).delete("/api/v1/units/" + faculty + "/rule-overrides/" + key).then()
                .statusCode(204);
        settings(board(), department, "LAW2013_ND91")
                .body("settings.find { it.key == '" + key + "' }.value.ratio", equalTo(0.15f))
                .body("settings.find { it.key == '" + key + "' }.source", equalTo("DEFAULT"));
        assertProblem(board().get("/api/v1/units/" + faculty + "/rule-overrides/" + key).then(), 404, "NOT_FOUND");

        String id = TestOrg.asRootAdmin().queryParam("entityType", "rule-override").queryParam("action",
                "rule-override.deleted").get("/api/v1/audit-events").then().statusCode(200)
                .extract().path("items.find { it.unitId == '" + faculty + "' }.entityId");
        TestOrg.asRootAdmin().queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("rule-override.deleted", "rule-override.updated",
                        "rule-override.created"));
    }

    @Test
    void aBadKeyOrValueIsNamedInTheAnswer() {
        assertProblem(put(board(), faculty, "employment.months", body(null, 6, "x"), null), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("key")).body("errors[0].code", equalTo("UNKNOWN_SETTING"));
        assertProblem(put(board(), faculty, "employment.minMonths", body(null, 13, "x"), null), 400,
                "VALIDATION_FAILED").body("errors[0].field", equalTo("value"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        Map<String, Object> vote = Map.of("required", true, "base", "ALL_MEMBERS", "minRatio", 1.5, "comparison", "GTE",
                "quorum", 0.5, "writtenVotes", true);
        assertProblem(put(board(), faculty, "vote.GRASSROOTS_EMULATION_FIGHTER", body("LAW1999", vote, "x"), null),
                400, "VALIDATION_FAILED").body("errors.field", containsInAnyOrder("value.minRatio", "ruleSet"));
        assertProblem(put(board(), faculty, "registration.required", body(null, null, "x"), null), 400,
                "VALIDATION_FAILED").body("errors[0].field", equalTo("value"));
        assertProblem(put(board(), faculty, "registration.required", Map.of("value", false), null), 400,
                "VALIDATION_FAILED").body("errors[0].field", equalTo("reason"));
    }

    @Test
    void onlyAdministratorsAndTheBoardOverrideAndOnlyInsideTheirScope() {
        Map<String, Object> off = body(null, false, "Không bắt buộc đăng ký");
        assertProblem(put(TestOrg.as(agency, Roles.UNIT_HEAD), faculty, "registration.required", off, null), 403,
                "FORBIDDEN");
        assertProblem(put(TestOrg.as(agency, Roles.MEMBER), faculty, "registration.required", off, null), 403,
                "FORBIDDEN");
        assertProblem(put(TestOrg.as(sibling, Roles.BOARD), faculty, "registration.required", off, null), 404,
                "NOT_FOUND");
        // nor above its own unit
        assertProblem(put(TestOrg.as(faculty, Roles.BOARD), agency, "registration.required", off, null), 404,
                "NOT_FOUND");
        assertProblem(settings(TestOrg.as(sibling, Roles.MEMBER), faculty, "LAW2022_ND152"), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(sibling, Roles.ADMIN).get("/api/v1/units/" + faculty + "/rule-overrides").then(), 404,
                "NOT_FOUND");
        put(TestOrg.as(agency, Roles.ADMIN), faculty, "registration.required", off, null).statusCode(201);
        String etag = TestOrg.as(agency, Roles.BOARD)
                .get("/api/v1/units/" + faculty + "/rule-overrides/registration.required").then().extract()
                .header("ETag");
        assertProblem(TestOrg.as(sibling, Roles.BOARD).header("If-Match", etag)
                .delete("/api/v1/units/" + faculty + "/rule-overrides/registration.required").then(), 404, "NOT_FOUND");
        settings(TestOrg.as(department, Roles.MEMBER), department, "LAW2022_ND152")
                .body("settings.find { it.key == 'registration.required' }.value", equalTo(false));
    }
}
