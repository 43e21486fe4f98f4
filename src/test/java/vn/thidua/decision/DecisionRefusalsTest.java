package vn.thidua.decision;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.decision.DecisionWorld.BANG_KHEN;
import static vn.thidua.decision.DecisionWorld.GIAY_KHEN;
import static vn.thidua.decision.DecisionWorld.LDTT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

/**
 * What the law refuses a decision, each refusal answered with the field and a stable code, and nothing written: an
 * authority beyond its power, a title without its plan, a subject the rules do not find eligible (unless a reason is
 * recorded), a pending proceeding, a title conferred twice for a year, one achievement rewarded twice (unless a reason
 * is recorded), and a configured quota overrun, when adding a line and again when signing.
 */
@QuarkusTest
class DecisionRefusalsTest {

    private static void refused(io.restassured.response.ValidatableResponse response, String field, String code) {
        Problems.assertProblem(response, 400, "VALIDATION_FAILED").body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(code));
    }

    @Test
    void anAgencyHeadDecidesOnlyWhatIsWithinTheAgencysAuthority() {
        DecisionWorld w = new DecisionWorld(2025);
        refused(w.board().body(Map.of("awardCode", "PROVINCE_EMULATION_FIGHTER", "title", "Về việc công nhận",
                "planId", w.planId)).post("/api/v1/decisions").then(), "awardCode", "ABOVE_AUTHORITY");
        refused(w.board().body(Map.of("awardCode", BANG_KHEN, "title", "Về việc tặng Bằng khen", "year", 2025))
                .post("/api/v1/decisions").then(), "awardCode", "ABOVE_AUTHORITY");
        // a department issues no decision at all
        refused(w.board().body(Map.of("unitId", w.faculty.toString(), "awardCode", GIAY_KHEN, "title", "X",
                "year", 2025)).post("/api/v1/decisions").then(), "unitId", "NOT_AN_AUTHORITY");
        // nor may a line of an agency's decision carry a provincial form
        String decision = w.draft(GIAY_KHEN, LocalDate.of(2025, 12, 30));
        refused(w.add(decision, w.person("Lò Văn Minh"), BANG_KHEN, "Thành tích xuất sắc"), "awardCode",
                "ABOVE_AUTHORITY");
        // a province decides the provincial forms
        UUID province = TestOrg.unit(TestOrg.root(), "Ủy ban nhân dân tỉnh Lai Châu", "PROVINCE");
        TestOrg.as(province, Roles.BOARD).body(Map.of("awardCode", BANG_KHEN, "title", "Về việc tặng Bằng khen",
                "year", 2025)).post("/api/v1/decisions").then().statusCode(201)
                .body("authorityLevel", equalTo("PROVINCE"));
        // titles are judged under the plan they were earned in
        refused(w.board().body(Map.of("awardCode", LDTT, "title", "Về việc công nhận", "year", 2025))
                .post("/api/v1/decisions").then(), "planId", "REQUIRED_FOR_TITLE");
        w.board().queryParam("status", "DRAFT").get("/api/v1/decisions").then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aSubjectTheRulesDoNotFindEligibleNeedsARecordedReason() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID completed = w.person("Lò Văn Tuấn");
        w.rated(completed, 2025, "COMPLETED");
        w.pledge(completed, LDTT);
        w.evaluation(completed, LDTT);
        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        refused(w.add(decision, completed, LDTT, null), "awardCode", "NOT_ELIGIBLE");
        w.board().get("/api/v1/decisions/" + decision).then().body("awardeeCount", equalTo(0));
        JsonPath line = w.add(decision, completed, LDTT, "Hội đồng xét thành tích đột xuất trong phòng chống thiên tai")
                .statusCode(201).extract().jsonPath();
        assertEquals("FAIL", line.getString("eligibility"));
        assertEquals("Hội đồng xét thành tích đột xuất trong phòng chống thiên tai", line.getString("overrideReason"));
        // the reason cannot be taken away while the rules still refuse
        String etag = w.board().get("/api/v1/decisions/" + decision + "/awardees/" + line.getString("id")).then()
                .extract().header("ETag");
        refused(w.board().header("If-Match", etag).body(Map.of("overrideReason", ""))
                .patch("/api/v1/decisions/" + decision + "/awardees/" + line.getString("id")).then(),
                "overrideReason", "NOT_ELIGIBLE");
        // and it is signed with its reason
        w.signed(decision, LocalDate.of(2025, 12, 30));
    }

    @Test
    void noAwardWhileAProceedingIsPendingWhateverTheReason() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        w.pendingProceeding(minh);
        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        refused(w.add(decision, minh, LDTT, "Thành tích xuất sắc"), "awardCode", "PROCEEDING_PENDING");
        String forms = w.draft(GIAY_KHEN, LocalDate.of(2025, 12, 30));
        refused(w.add(forms, minh, GIAY_KHEN, "Thành tích xuất sắc"), "awardCode", "PROCEEDING_PENDING");
    }

    @Test
    void aTitleIsConferredOnceAYear() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        w.awarded(minh, 2025, LDTT);
        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        refused(w.add(decision, minh, LDTT, "Khen lại"), "awardCode", "ALREADY_AWARDED");
        // nor twice in one decision
        UUID lan = w.advancedWorker("Tòng Thị Lan");
        w.add(decision, lan, LDTT, null).statusCode(201);
        Problems.assertProblem(w.add(decision, lan, LDTT, null), 409, "CONFLICT");
    }

    @Test
    void oneAchievementIsRewardedOnceUnlessAReasonIsRecorded() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.person("Lò Văn Minh");
        w.awarded(minh, 2025, GIAY_KHEN);
        String decision = w.draft(GIAY_KHEN, LocalDate.of(2025, 12, 30));
        refused(w.add(decision, minh, GIAY_KHEN, null), "awardCode", "SAME_PERIOD_REWARDED");
        w.add(decision, minh, GIAY_KHEN, "Thành tích đột xuất: cứu người trong lũ tháng 9/2025").statusCode(201)
                .body("eligibility", equalTo("NOT_JUDGED"));
        // the signing judges again: an award recorded meanwhile for another is caught there
        UUID lan = w.person("Tòng Thị Lan");
        w.add(decision, lan, GIAY_KHEN, null).statusCode(201);
        w.awarded(lan, 2025, GIAY_KHEN);
        refused(w.sign(decision, Map.of("decisionDate", "2025-12-30")), "awardees[1]", "SAME_PERIOD_REWARDED");
        w.board().get("/api/v1/decisions/" + decision).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aConfiguredQuotaIsNeverOverrun() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        UUID lan = w.advancedWorker("Tòng Thị Lan");
        // half the headcount of the agency (two people): one LĐTT at most
        TestOrg.as(w.agency, Roles.ADMIN).body(Map.of("value", Map.of("ratio", 0.5, "of", "HEADCOUNT"),
                "reason", "Quy chế thi đua của Trường")).put("/api/v1/units/" + w.agency
                + "/rule-overrides/quota." + LDTT).then().statusCode(201);
        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        w.add(decision, minh, LDTT, null).statusCode(201);
        refused(w.add(decision, lan, LDTT, null), "awardees", "QUOTA_EXCEEDED");
        w.signed(decision, LocalDate.of(2025, 12, 30));
        // what was conferred counts against the next decision of the year
        String second = w.draft(LDTT, LocalDate.of(2025, 12, 31));
        refused(w.add(second, lan, LDTT, null), "awardees", "QUOTA_EXCEEDED");
    }

    @Test
    void decisionsSignedAtOnceNeverOverrunTheQuotaTogether() throws Exception {
        DecisionWorld w = new DecisionWorld(2025);
        int count = 6;
        List<String> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID person = w.advancedWorker("Lò Văn " + (char) ('A' + i));
            String draft = w.draft(LDTT, LocalDate.of(2025, 12, 30));
            w.add(draft, person, LDTT, null).statusCode(201);
            drafts.add(draft);
        }
        // one sixth of the headcount (six people): one LĐTT at most, which each draft alone respects
        TestOrg.as(w.agency, Roles.ADMIN).body(Map.of("value", Map.of("ratio", 0.17, "of", "HEADCOUNT"),
                "reason", "Quy chế thi đua của Trường")).put("/api/v1/units/" + w.agency
                + "/rule-overrides/quota." + LDTT).then().statusCode(201);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(count);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String decision : drafts) {
                String etag = w.etag(decision);
                answers.add(pool.submit(() -> {
                    start.await();
                    return w.leader().header("If-Match", etag).body(Map.of("decisionDate", "2025-12-30"))
                            .post("/api/v1/decisions/" + decision + ":sign").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new java.util.ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get());
            }
            codes.sort(null);
            assertEquals(List.of(200, 400, 400, 400, 400, 400), codes, "one signed, the others refused over the quota");
        } finally {
            pool.shutdownNow();
        }
        w.board().queryParam("status", "SIGNED").get("/api/v1/decisions").then().body("total", equalTo(1));
    }

    @Test
    void aSubjectOutsideTheAuthorityIsRefused() {
        DecisionWorld w = new DecisionWorld(2025);
        DecisionWorld other = new DecisionWorld(2025);
        UUID stranger = other.person("Người ngoài");
        String decision = w.draft(GIAY_KHEN, LocalDate.of(2025, 12, 30));
        Problems.assertProblem(w.add(decision, stranger, GIAY_KHEN, null), 404, "NOT_FOUND");
        Problems.assertProblem(w.sign(decision, Map.of()), 409, "CONFLICT");
        refused(w.sign(w.draft(GIAY_KHEN, LocalDate.of(2025, 12, 30)), Map.of("decisionDate",
                LocalDate.now().plusDays(2).toString())), "decisionDate", "IN_FUTURE");
    }
}
