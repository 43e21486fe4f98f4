package vn.thidua.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.audit.AuditEvent;
import vn.thidua.common.Roles;
import vn.thidua.pledge.PledgeFixtures;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

@QuarkusTest
class EvaluationTest {

    static final String SOLIDARITY = "SOLIDARITY_AND_MOVEMENTS";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    // --- callers and calls --------------------------------------------------------------------------------------

    static RequestSpecification member(PledgeFixtures f, UUID person) {
        return RestAssured.given().contentType("application/json").accept("application/json")
                .auth().oauth2(TestTokens.asPerson(f.faculty, person, Roles.MEMBER));
    }

    static RequestSpecification head(UUID unit) {
        return TestOrg.as(unit, Roles.UNIT_HEAD);
    }

    static RequestSpecification board(UUID unit) {
        return TestOrg.as(unit, Roles.BOARD);
    }

    static String evaluations(PledgeFixtures f) {
        return "/api/v1/plans/" + f.planId + "/evaluations";
    }

    static String create(RequestSpecification as, PledgeFixtures f, Map<String, Object> body) {
        return as.body(body).post(evaluations(f)).then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
    }

    static String etag(PledgeFixtures f, String id) {
        return board(f.agency).get("/api/v1/evaluations/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** An act ({@code self-assess}, {@code review}, ...) with the current ETag; a return carries a reason. */
    static ValidatableResponse act(RequestSpecification as, PledgeFixtures f, String id, String action) {
        as.header("If-Match", etag(f, id));
        if (action.equals("return")) {
            as.body(Map.of("reason", "Bổ sung minh chứng nghiệm thu đề tài"));
        }
        return as.post("/api/v1/evaluations/" + id + ":" + action).then();
    }

    /** A PUT of {@code self-assessment} or {@code review} with the current ETag. */
    static ValidatableResponse write(RequestSpecification as, PledgeFixtures f, String id, String part, Object body) {
        return as.header("If-Match", etag(f, id)).body(body).put("/api/v1/evaluations/" + id + "/" + part).then();
    }

    static Map<String, Object> forPerson(UUID person) {
        return Map.of("personId", person.toString());
    }

    static Map<String, Object> selfAssessment() {
        return Map.of("results", List.of(Map.of("movementKey", "GD5T", "result", "Giảng 296 tiết chuẩn",
                "achieved", true)), "achievements", "Hoàn thành xuất sắc nhiệm vụ giảng dạy");
    }

    static Map<String, Object> review(String title, Integer votesFor, Integer votesAgainst, Integer votesTotal) {
        Map<String, Object> review = new HashMap<>();
        review.put("proposedTitles", List.of(title));
        review.put("proposedForms", List.of("CERTIFICATE_OF_MERIT"));
        review.put("meetingDate", PledgeFixtures.TODAY.minusDays(1).toString());
        review.put("votesFor", votesFor);
        review.put("votesAgainst", votesAgainst);
        review.put("votesTotal", votesTotal);
        review.put("comment", "Đề nghị công nhận danh hiệu");
        review.put("attestations", Map.of(SOLIDARITY, Map.of("attested", true, "note", "Đoàn kết, tích cực")));
        return review;
    }

    /** A person of the faculty with an evaluation brought to the state given, by the unit head. */
    static String evaluationIn(PledgeFixtures f, UUID person, EvaluationStatus status) {
        String id = create(head(f.faculty), f, forPerson(person));
        if (status == EvaluationStatus.DRAFT) {
            return id;
        }
        write(head(f.faculty), f, id, "self-assessment", selfAssessment()).statusCode(200);
        act(head(f.faculty), f, id, "self-assess").statusCode(200);
        if (status == EvaluationStatus.SELF_ASSESSED) {
            return id;
        }
        write(head(f.faculty), f, id, "review", review("ADVANCED_WORKER", 18, 1, 20)).statusCode(200);
        act(head(f.faculty), f, id, "review").statusCode(200);
        if (status == EvaluationStatus.UNIT_REVIEWED) {
            return id;
        }
        act(head(f.faculty), f, id, "submit").statusCode(200);
        if (status == EvaluationStatus.SUBMITTED_TO_COUNCIL) {
            return id;
        }
        act(board(f.agency), f, id, "return").statusCode(200);
        return id;
    }

    // --- the workflow -------------------------------------------------------------------------------------------

    @Test
    void fromThePledgeToTheCouncilAndBackForRework() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Nguyễn Thị Hoa");
        String pledge = f.approved(PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));

        String id = create(member(f, me), f, forPerson(me));
        member(f, me).get("/api/v1/evaluations/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("pledgeId", equalTo(pledge)).body("subjectName", equalTo("Nguyễn Thị Hoa"))
                .body("unitId", equalTo(f.faculty.toString()))
                .body("results", hasSize(1)).body("results[0].movementKey", equalTo("GD5T"))
                .body("results[0].commitment", equalTo("Giảng đủ giờ chuẩn, không vi phạm"))
                .body("results[0].result", nullValue());

        // the commitment stays beside the result, and a movement without one is added after it
        write(member(f, me), f, id, "self-assessment", Map.of("results", List.of(
                Map.of("movementKey", "GD5T", "result", "Giảng 296 tiết chuẩn", "achieved", true)),
                "achievements", "Hoàn thành xuất sắc nhiệm vụ")).statusCode(200)
                .body("results[0].commitment", equalTo("Giảng đủ giờ chuẩn, không vi phạm"))
                .body("results[0].result", equalTo("Giảng 296 tiết chuẩn")).body("results[0].achieved", equalTo(true));
        act(member(f, me), f, id, "self-assess").statusCode(200).body("status", equalTo("SELF_ASSESSED"))
                .body("selfAssessedBy", notNullValue()).body("selfAssessedAt", notNullValue());

        assertProblem(write(member(f, me), f, id, "review", review("ADVANCED_WORKER", 18, 1, 20)), 403, "FORBIDDEN");
        write(head(f.faculty), f, id, "review", review("ADVANCED_WORKER", 18, 1, 20)).statusCode(200)
                .body("proposedTitles", contains("ADVANCED_WORKER")).body("proposedForms", contains("CERTIFICATE_OF_MERIT"))
                .body("votesFor", equalTo(18)).body("votesAgainst", equalTo(1)).body("votesTotal", equalTo(20))
                .body("attestations." + SOLIDARITY + ".attested", equalTo(true))
                .body("attestations." + SOLIDARITY + ".by", notNullValue());
        act(head(f.faculty), f, id, "review").statusCode(200).body("status", equalTo("UNIT_REVIEWED"))
                .body("reviewedBy", notNullValue());
        act(head(f.faculty), f, id, "submit").statusCode(200).body("status", equalTo("SUBMITTED_TO_COUNCIL"))
                .body("submittedAt", notNullValue());
        act(board(f.agency), f, id, "return").statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Bổ sung minh chứng nghiệm thu đề tài"));

        write(member(f, me), f, id, "self-assessment", selfAssessment()).statusCode(200);
        act(member(f, me), f, id, "self-assess").statusCode(200).body("status", equalTo("SELF_ASSESSED"))
                .body("proposedTitles", contains("ADVANCED_WORKER"));

        List<String> steps = List.of("evaluation.created", "evaluation.self-assessment-updated",
                "evaluation.self-assessed", "evaluation.review-updated", "evaluation.reviewed", "evaluation.submitted",
                "evaluation.returned", "evaluation.self-assessment-updated", "evaluation.self-assessed");
        assertEquals(steps, auditOf(id).stream().map(e -> e.action).toList());
        assertEquals(steps, outboxOf(id));
    }

    @Test
    void eachStepIsAuditedWithItsStateBeforeAndAfter() throws Exception {
        PledgeFixtures f = new PledgeFixtures(true);
        String id = evaluationIn(f, f.person("Lò Văn Minh"), EvaluationStatus.RETURNED);
        List<AuditEvent> events = auditOf(id);
        AuditEvent returned = events.get(events.size() - 1);
        assertEquals("evaluation.returned", returned.action);
        assertEquals(f.faculty, returned.unitId);
        JsonNode changes = json.readTree(returned.changes);
        assertEquals("SUBMITTED_TO_COUNCIL", changes.at("/status/before").asText());
        assertEquals("RETURNED", changes.at("/status/after").asText());
        assertEquals("Bổ sung minh chứng nghiệm thu đề tài", changes.at("/returnReason/after").asText());
        JsonNode reviewed = json.readTree(events.stream().filter(e -> e.action.equals("evaluation.review-updated"))
                .findFirst().orElseThrow().changes);
        assertEquals(20, reviewed.at("/votesTotal/after").asInt());
    }

    @Test
    void refusedStepsNameTheStateAndWhereTheyCanComeFrom() {
        PledgeFixtures f = new PledgeFixtures(true);
        String draft = evaluationIn(f, f.person("Tòng Văn Hải"), EvaluationStatus.DRAFT);
        assertProblem(act(head(f.faculty), f, draft, "self-assess"), 409, "CONFLICT")
                .body("detail", containsString("tự đánh giá"));
        assertProblem(act(head(f.faculty), f, draft, "review"), 409, "CONFLICT")
                .body("detail", equalTo("Không thể chuyển bản bình xét từ trạng thái DRAFT sang UNIT_REVIEWED; chỉ "
                        + "chuyển được từ: SELF_ASSESSED."));
        assertProblem(act(head(f.faculty).header("Accept-Language", "en"), f, draft, "submit"), 409, "CONFLICT")
                .body("detail", equalTo("The evaluation cannot go from DRAFT to SUBMITTED_TO_COUNCIL; only from: "
                        + "UNIT_REVIEWED."));
        assertProblem(act(board(f.agency), f, draft, "return"), 409, "CONFLICT")
                .body("detail", containsString("SELF_ASSESSED, UNIT_REVIEWED, SUBMITTED_TO_COUNCIL"));
        assertProblem(write(head(f.faculty), f, draft, "review", review("ADVANCED_WORKER", 1, 0, 1)), 409, "CONFLICT")
                .body("detail", containsString("SELF_ASSESSED, UNIT_REVIEWED"));

        String assessed = evaluationIn(f, f.person("Vũ Ngọc Ánh"), EvaluationStatus.SELF_ASSESSED);
        assertProblem(write(head(f.faculty), f, assessed, "self-assessment", selfAssessment()), 409, "CONFLICT")
                .body("detail", containsString("DRAFT, RETURNED"));
        assertProblem(act(head(f.faculty), f, assessed, "self-assess"), 409, "CONFLICT");
        assertProblem(act(head(f.faculty), f, assessed, "submit"), 409, "CONFLICT");
        assertProblem(act(head(f.faculty).header("Accept-Language", "en"), f, assessed, "review"), 409, "CONFLICT")
                .body("detail", equalTo("The review meeting is not complete: meetingDate, votesFor, votesAgainst, "
                        + "votesTotal missing."));

        String submitted = evaluationIn(f, f.person("Đỗ Thị Dung"), EvaluationStatus.SUBMITTED_TO_COUNCIL);
        assertProblem(act(head(f.faculty), f, submitted, "submit"), 409, "CONFLICT");
        assertProblem(act(head(f.faculty), f, submitted, "review"), 409, "CONFLICT");
        assertProblem(write(head(f.faculty), f, submitted, "review", review("ADVANCED_WORKER", 1, 0, 1)), 409,
                "CONFLICT");

        String returned = evaluationIn(f, f.person("Hoàng Mạnh Dũng"), EvaluationStatus.RETURNED);
        assertProblem(act(board(f.agency), f, returned, "return"), 409, "CONFLICT");
        assertProblem(act(head(f.faculty), f, returned, "review"), 409, "CONFLICT");
        act(head(f.faculty), f, returned, "self-assess").statusCode(200).body("status", equalTo("SELF_ASSESSED"));

        String reviewed = evaluationIn(f, f.person("Lường Văn Thành"), EvaluationStatus.UNIT_REVIEWED);
        write(head(f.faculty), f, reviewed, "review", review("ADVANCED_WORKER", 19, 1, 20)).statusCode(200)
                .body("status", equalTo("UNIT_REVIEWED")).body("votesFor", equalTo(19));
        act(board(f.agency), f, reviewed, "return").statusCode(200).body("status", equalTo("RETURNED"));
    }

    @Test
    void voteCountsTitlesFormsAndTheMeetingDateAreChecked() {
        PledgeFixtures f = new PledgeFixtures(true);
        String id = evaluationIn(f, f.person("Phạm Văn Đức"), EvaluationStatus.SELF_ASSESSED);
        assertProblem(write(head(f.faculty), f, id, "review", review("ADVANCED_WORKER", 21, 0, 20)), 400,
                "VALIDATION_FAILED").body("errors.field", contains("votesFor"))
                .body("errors.code", contains("VOTES_EXCEED_TOTAL"));
        assertProblem(write(head(f.faculty).header("Accept-Language", "en"), f, id, "review",
                review("ADVANCED_WORKER", 18, 3, 20)), 400, "VALIDATION_FAILED")
                .body("errors.field", contains("votesAgainst"))
                .body("errors[0].message", equalTo("Votes against (3) exceed those present (20) less the votes for (18)."));
        assertProblem(write(head(f.faculty), f, id, "review", review("ADVANCED_WORKER", 18, 1, null)), 400,
                "VALIDATION_FAILED").body("errors.field", contains("votesTotal"));
        assertProblem(write(head(f.faculty), f, id, "review", review("ADVANCED_WORKER", -1, 0, 0)), 400,
                "VALIDATION_FAILED").body("errors.field", containsInAnyOrder("votesFor", "votesTotal"));

        Map<String, Object> wrong = review("ADVANCED_COLLECTIVE", 18, 2, 20);
        wrong.put("proposedForms", List.of("NO_SUCH_FORM", "ADVANCED_WORKER", "CERTIFICATE_OF_MERIT",
                "CERTIFICATE_OF_MERIT"));
        wrong.put("meetingDate", PledgeFixtures.TODAY.plusDays(1).toString());
        assertProblem(write(head(f.faculty), f, id, "review", wrong), 400, "VALIDATION_FAILED")
                .body("errors.field", containsInAnyOrder("proposedTitles[0]", "proposedForms[0]", "proposedForms[1]",
                        "proposedForms[3]", "meetingDate"))
                .body("errors.code", containsInAnyOrder("TITLE_DOES_NOT_FIT", "UNKNOWN_FORM", "UNKNOWN_FORM",
                        "DUPLICATE", "IN_FUTURE"));

        // exactly everyone present voting is the boundary that holds
        write(head(f.faculty), f, id, "review", review("GRASSROOTS_EMULATION_FIGHTER", 18, 2, 20)).statusCode(200)
                .body("version", equalTo(3));
    }

    @Test
    void selfAssessmentResultsNameThePlansMovementsOnce() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Lò Thị Hương");
        String id = create(member(f, me), f, forPerson(me));
        assertProblem(write(member(f, me), f, id, "self-assessment", Map.of("results", List.of(
                Map.of("movementKey", "NOPE", "result", "x"), Map.of("movementKey", "GD5T", "result", "a"),
                Map.of("movementKey", "GD5T", "result", "b")))), 400, "VALIDATION_FAILED")
                .body("errors.field", contains("results[0].movementKey", "results[2].movementKey"))
                .body("errors.code", contains("UNKNOWN_MOVEMENT", "DUPLICATE"));
        write(member(f, me), f, id, "self-assessment", Map.of("results", List.of(
                Map.of("movementKey", "GD5T", "result", "Giảng 300 tiết")))).statusCode(200)
                .body("pledgeId", nullValue()).body("results[0].commitment", nullValue())
                .body("results[0].achieved", nullValue());
    }

    @Test
    void attestationsKeepWhoMadeThemUntilTheyChange() {
        PledgeFixtures f = new PledgeFixtures(true);
        String id = evaluationIn(f, f.person("Nguyễn Đức Anh"), EvaluationStatus.SELF_ASSESSED);
        String headName = "tester-" + f.faculty.toString().substring(0, 8);
        String boardName = "tester-" + f.agency.toString().substring(0, 8);
        String at = write(head(f.faculty), f, id, "review", review("ADVANCED_WORKER", 18, 1, 20)).statusCode(200)
                .body("attestations." + SOLIDARITY + ".by", equalTo(headName)).extract()
                .path("attestations." + SOLIDARITY + ".at");

        Map<String, Object> same = review("ADVANCED_WORKER", 19, 1, 20);
        write(board(f.agency), f, id, "review", same).statusCode(200)
                .body("attestations." + SOLIDARITY + ".by", equalTo(headName))
                .body("attestations." + SOLIDARITY + ".at", equalTo(at));

        Map<String, Object> changed = review("ADVANCED_WORKER", 19, 1, 20);
        changed.put("attestations", Map.of(SOLIDARITY, Map.of("attested", false, "note", "Chưa tích cực"),
                "COMPLIANCE", Map.of("attested", true)));
        write(board(f.agency), f, id, "review", changed).statusCode(200)
                .body("attestations." + SOLIDARITY + ".attested", equalTo(false))
                .body("attestations." + SOLIDARITY + ".by", equalTo(boardName))
                .body("attestations.COMPLIANCE.note", nullValue());

        Map<String, Object> none = review("ADVANCED_WORKER", 19, 1, 20);
        none.remove("attestations");
        write(board(f.agency), f, id, "review", none).statusCode(200).body("attestations.size()", equalTo(0));

        Map<String, Object> unknown = review("ADVANCED_WORKER", 19, 1, 20);
        unknown.put("attestations", Map.of("HONESTY", Map.of("attested", true)));
        assertProblem(write(board(f.agency), f, id, "review", unknown), 400, "VALIDATION_FAILED")
                .body("errors[0].field", containsString("attestations"));
    }

    // --- who may ------------------------------------------------------------------------------------------------

    @Test
    void aMemberReadsAndWritesOnlyTheirOwnEvaluation() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Hoàng Văn Bình");
        UUID colleague = f.person("Đỗ Văn Cường");
        String mine = create(member(f, me), f, forPerson(me));
        String theirs = create(head(f.faculty), f, forPerson(colleague));
        assertProblem(member(f, me).body(forPerson(colleague)).post(evaluations(f)).then(), 403, "FORBIDDEN");
        assertProblem(member(f, me).body(Map.of("unitId", f.faculty.toString())).post(evaluations(f)).then(), 403,
                "FORBIDDEN");
        assertProblem(member(f, me).get("/api/v1/evaluations/" + theirs).then(), 404, "NOT_FOUND");
        assertProblem(write(member(f, me), f, theirs, "self-assessment", selfAssessment()), 404, "NOT_FOUND");
        member(f, me).get(evaluations(f)).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(mine));
        write(member(f, me), f, mine, "self-assessment", selfAssessment()).statusCode(200);
        act(member(f, me), f, mine, "self-assess").statusCode(200);
        assertProblem(act(member(f, me), f, mine, "review"), 403, "FORBIDDEN");
        assertProblem(act(member(f, me), f, mine, "return"), 403, "FORBIDDEN");
        for (String role : List.of(Roles.LEADER, Roles.COUNCIL, Roles.INTEGRATION, Roles.ADMIN)) {
            TestOrg.as(f.agency, role).get(evaluations(f)).then().statusCode(200).body("total", equalTo(2));
            TestOrg.as(f.agency, role).get("/api/v1/evaluations/" + theirs).then().statusCode(200);
        }
    }

    @Test
    void aUnitsEvaluationIsReviewedFromAboveNotByItsOwnHead() {
        PledgeFixtures f = new PledgeFixtures(true);
        String pledge = f.approved(PledgeFixtures.forUnit(f.faculty, "ADVANCED_COLLECTIVE"));
        String id = create(head(f.faculty), f, Map.of("unitId", f.faculty.toString()));
        board(f.agency).get("/api/v1/evaluations/" + id).then().body("subjectKind", equalTo("UNIT"))
                .body("pledgeId", equalTo(pledge)).body("personId", nullValue());
        write(head(f.faculty), f, id, "self-assessment", Map.of("achievements", "Khoa hoàn thành xuất sắc nhiệm vụ"))
                .statusCode(200);
        act(head(f.faculty), f, id, "self-assess").statusCode(200);

        Map<String, Object> review = review("ADVANCED_COLLECTIVE", 30, 0, 32);
        review.put("attestations", Map.of("COMPLIANCE", Map.of("attested", true)));
        assertProblem(write(head(f.faculty), f, id, "review", review), 403, "FORBIDDEN");
        assertProblem(write(board(f.faculty), f, id, "review", review), 403, "FORBIDDEN");
        assertProblem(write(head(f.agency), f, id, "review", review("ADVANCED_WORKER", 1, 0, 1)), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("TITLE_DOES_NOT_FIT"));
        write(head(f.agency), f, id, "review", review).statusCode(200);
        write(board(f.agency), f, id, "review", review).statusCode(200);
        assertProblem(act(head(f.faculty), f, id, "review"), 403, "FORBIDDEN");
        act(head(f.agency), f, id, "review").statusCode(200);
        assertProblem(act(head(f.faculty), f, id, "submit"), 403, "FORBIDDEN");
        assertProblem(act(head(f.faculty), f, id, "return"), 403, "FORBIDDEN");
        act(head(f.agency), f, id, "submit").statusCode(200).body("status", equalTo("SUBMITTED_TO_COUNCIL"));
    }

    @Test
    void anotherAgencyNeitherSeesNorTouchesTheEvaluations() {
        PledgeFixtures f = new PledgeFixtures(true);
        String id = evaluationIn(f, f.person("Tòng Thị Mai"), EvaluationStatus.SELF_ASSESSED);
        UUID other = TestOrg.agency("Sở khác");
        assertProblem(board(other).get("/api/v1/evaluations/" + id).then(), 404, "NOT_FOUND");
        assertProblem(board(other).header("If-Match", etag(f, id)).body(review("ADVANCED_WORKER", 1, 0, 1))
                .put("/api/v1/evaluations/" + id + "/review").then(), 404, "NOT_FOUND");
        assertProblem(act(board(other), f, id, "return"), 404, "NOT_FOUND");
        assertProblem(board(other).get(evaluations(f)).then(), 404, "NOT_FOUND");
        assertProblem(board(other).body(forPerson(UUID.randomUUID())).post(evaluations(f)).then(), 404, "NOT_FOUND");
    }

    @Test
    void changesNeedTheCurrentVersion() {
        PledgeFixtures f = new PledgeFixtures(true);
        String id = evaluationIn(f, f.person("Lò Văn Tuấn"), EvaluationStatus.DRAFT);
        assertProblem(head(f.faculty).body(selfAssessment()).put("/api/v1/evaluations/" + id + "/self-assessment")
                .then(), 428, "PRECONDITION_REQUIRED");
        write(head(f.faculty), f, id, "self-assessment", selfAssessment()).statusCode(200).header("ETag", "\"1\"");
        assertProblem(head(f.faculty).header("If-Match", "\"0\"").post("/api/v1/evaluations/" + id + ":self-assess")
                .then(), 412, "PRECONDITION_FAILED");
        head(f.faculty).header("If-Match", "\"1\"").post("/api/v1/evaluations/" + id + ":self-assess").then()
                .statusCode(200).header("ETag", "\"2\"");
    }

    // --- opening one ----------------------------------------------------------------------------------------------

    @Test
    void oneEvaluationPerSubjectPlanAndPhaseInAnIssuedPlan() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Vũ Văn Long");
        create(head(f.faculty), f, forPerson(me));
        assertProblem(head(f.faculty).body(forPerson(me)).post(evaluations(f)).then(), 409, "CONFLICT")
                .body("detail", containsString("Vũ Văn Long"));
        create(head(f.faculty), f, Map.of("personId", me.toString(), "phaseId", f.phaseId));

        assertProblem(head(f.faculty).body(Map.of("personId", me.toString(), "phaseId", UUID.randomUUID().toString()))
                .post(evaluations(f)).then(), 400, "VALIDATION_FAILED").body("errors[0].field", equalTo("phaseId"));
        assertProblem(head(f.faculty).body(Map.of()).post(evaluations(f)).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("personId"));
        assertProblem(head(f.faculty).body(Map.of("personId", me.toString(), "unitId", f.faculty.toString()))
                .post(evaluations(f)).then(), 400, "VALIDATION_FAILED").body("errors[0].code", equalTo("ONE_SUBJECT"));
        UUID outsider = TestOrg.agency("Sở khác");
        assertProblem(board(TestOrg.root())
                .body(Map.of("unitId", outsider.toString())).post(evaluations(f)).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("NOT_PARTICIPATING"));

        String etag = board(f.agency).get("/api/v1/plans/" + f.planId).then().extract().header("ETag");
        board(f.agency).header("If-Match", etag).post("/api/v1/plans/" + f.planId + ":close").then().statusCode(200);
        assertProblem(head(f.faculty).body(forPerson(f.person("Hà Văn Sơn"))).post(evaluations(f)).then(), 409,
                "CONFLICT").body("detail", containsString("CLOSED"));
    }

    @Test
    void aRetriedCreationAnswersTheFirstAgain() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Lê Thị Thu");
        String key = UUID.randomUUID().toString();
        String first = head(f.faculty).header("Idempotency-Key", key).body(forPerson(me)).post(evaluations(f)).then()
                .statusCode(201).extract().path("id");
        head(f.faculty).header("Idempotency-Key", key).body(forPerson(me)).post(evaluations(f)).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }

    @Test
    void listsFilterByUnitStatusKindTitleAndName() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID team = TestOrg.unit(f.faculty, "Tổ bộ môn Triết học", "DEPARTMENT");
        String an = evaluationIn(f, f.person("Nguyễn Văn An"), EvaluationStatus.UNIT_REVIEWED);
        evaluationIn(f, f.person("Hoàng Thị Bích"), EvaluationStatus.DRAFT);
        String unit = create(board(f.agency), f, Map.of("unitId", team.toString()));
        String list = evaluations(f);
        board(f.agency).queryParam("q", "nguyen van").get(list).then().body("total", equalTo(1))
                .body("items[0].id", equalTo(an));
        board(f.agency).queryParam("proposedTitle", "ADVANCED_WORKER").get(list).then().body("total", equalTo(1));
        board(f.agency).queryParam("status", "DRAFT").get(list).then().body("total", equalTo(2));
        board(f.agency).queryParam("subjectKind", "UNIT").get(list).then().body("items.id", contains(unit));
        board(f.agency).queryParam("unit", f.faculty.toString()).queryParam("subtree", "false").get(list).then()
                .body("total", equalTo(2));
        board(f.agency).queryParam("unit", team.toString()).get(list).then().body("items.id", contains(unit));
        board(f.agency).queryParam("sort", "-subjectName").get(list).then()
                .body("items.subjectName", contains("Tổ bộ môn Triết học", "Nguyễn Văn An", "Hoàng Thị Bích"));
    }

    // --- plumbing -------------------------------------------------------------------------------------------------

    private List<AuditEvent> auditOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from AuditEvent where entityType = 'evaluation' and entityId = ?1 order by id", AuditEvent.class)
                .setParameter(1, id).getResultList());
    }

    private List<String> outboxOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select type from OutboxEvent where aggregateKind = 'evaluation' and aggregateId = ?1 order by position",
                String.class).setParameter(1, id).getResultList());
    }
}
