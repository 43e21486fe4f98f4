package vn.thidua.pledge;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

@QuarkusTest
class PledgeTest {

    private static RequestSpecification member(PledgeFixtures f, UUID person) {
        return io.restassured.RestAssured.given().contentType("application/json").accept("application/json")
                .auth().oauth2(TestTokens.asPerson(f.faculty, person, Roles.MEMBER));
    }

    private static String create(RequestSpecification as, PledgeFixtures f, Map<String, Object> body) {
        return as.body(body).post("/api/v1/plans/" + f.planId + "/pledges").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
    }

    private static String etag(PledgeFixtures f, String id) {
        return TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/pledges/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    private static ValidatableResponse act(RequestSpecification as, PledgeFixtures f, String id, String action,
            Object body) {
        as.header("If-Match", etag(f, id));
        // approving and withdrawing take no body in the contract; the other acts take one
        if (!action.equals("approve") && !action.equals("withdraw")) {
            as.body(body);
        }
        return as.post("/api/v1/pledges/" + id + ":" + action).then();
    }

    @Test
    void aMemberRegistersThemselvesAndTheUnitHeadApproves() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Trần Tuấn Anh");
        String id = create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER"));
        act(member(f, me), f, id, "submit", Map.of()).statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue());
        assertProblem(act(member(f, me), f, id, "approve", Map.of()), 403, "FORBIDDEN");
        act(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, id, "approve", Map.of()).statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", notNullValue());
        assertProblem(act(member(f, me), f, id, "withdraw", Map.of()), 409, "CONFLICT");
        assertProblem(act(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, id, "approve", Map.of()), 409, "CONFLICT");
    }

    @Test
    void returnedPledgesAreEditedAndSubmittedAgainRejectedOnesFreeTheSubject() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Lò Thị Hương");
        String id = create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
        assertProblem(act(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, id, "return", Map.of("reason", "x")), 409, "CONFLICT");
        act(member(f, me), f, id, "submit", Map.of()).statusCode(200);
        assertProblem(member(f, me).header("If-Match", etag(f, id)).body(Map.of("titles", java.util.List.of("ADVANCED_WORKER")))
                .put("/api/v1/pledges/" + id).then(), 409, "CONFLICT");
        act(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, id, "return", Map.of("reason", "Bổ sung cam kết"))
                .statusCode(200).body("status", equalTo("RETURNED")).body("statusReason", equalTo("Bổ sung cam kết"));
        member(f, me).header("If-Match", etag(f, id))
                .body(Map.of("titles", java.util.List.of("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER")))
                .put("/api/v1/pledges/" + id).then().statusCode(200);
        act(member(f, me), f, id, "submit", Map.of()).statusCode(200).body("status", equalTo("SUBMITTED"));
        act(TestOrg.as(f.agency, Roles.BOARD), f, id, "reject", Map.of("reason", "Không đủ điều kiện")).statusCode(200)
                .body("status", equalTo("REJECTED"));
        create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
    }

    @Test
    void theSubjectWithdrawsBeforeApprovalAndMayRegisterAgain() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Nguyễn Đức Anh");
        String id = create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
        act(member(f, me), f, id, "submit", Map.of()).statusCode(200);
        act(member(f, me), f, id, "withdraw", Map.of()).statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertProblem(act(member(f, me), f, id, "submit", Map.of()), 409, "CONFLICT");
        create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
    }

    @Test
    void oneLivePledgePerSubjectPlanAndPhase() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Vũ Ngọc Ánh");
        create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
        assertProblem(member(f, me).body(PledgeFixtures.forPerson(me, "GRASSROOTS_EMULATION_FIGHTER"))
                .post("/api/v1/plans/" + f.planId + "/pledges").then(), 409, "CONFLICT");
        Map<String, Object> phase = new java.util.HashMap<>(PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
        phase.put("phaseId", f.phaseId);
        create(member(f, me), f, phase);
    }

    @Test
    void titlesMustFitTheSubjectAndCommitmentsTheMovements() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Phạm Văn Đức");
        Map<String, Object> wrong = Map.of("subjectKind", "PERSON", "personId", me.toString(),
                "titles", java.util.List.of("ADVANCED_COLLECTIVE", "NO_SUCH_TITLE", "CERTIFICATE_OF_MERIT"),
                "commitments", java.util.List.of(Map.of("movementKey", "NOPE", "text", "x")));
        assertProblem(member(f, me).body(wrong).post("/api/v1/plans/" + f.planId + "/pledges").then(), 400,
                "VALIDATION_FAILED")
                .body("errors.field", containsInAnyOrder("titles[0]", "titles[1]", "titles[2]", "commitments[0].movementKey"));
        assertProblem(TestOrg.as(f.agency, Roles.BOARD).body(PledgeFixtures.forUnit(f.faculty, "ADVANCED_WORKER"))
                .post("/api/v1/plans/" + f.planId + "/pledges").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("TITLE_DOES_NOT_FIT"));
    }

    @Test
    void collectivesAreRegisteredByTheUnitHeadAndApprovedByTheBoardOnly() {
        PledgeFixtures f = new PledgeFixtures(true);
        String id = create(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f,
                PledgeFixtures.forUnit(f.faculty, "ADVANCED_COLLECTIVE", "EXCELLENT_COLLECTIVE"));
        act(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, id, "submit", Map.of()).statusCode(200);
        assertProblem(act(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, id, "approve", Map.of()), 403, "FORBIDDEN");
        assertProblem(act(TestOrg.as(f.faculty, Roles.BOARD), f, id, "approve", Map.of()), 403, "FORBIDDEN");
        act(TestOrg.as(f.agency, Roles.BOARD), f, id, "approve", Map.of()).statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void aMemberActsOnlyForThemselves() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Hoàng Mạnh Dũng");
        UUID colleague = f.person("Đỗ Thị Dung");
        assertProblem(member(f, me).body(PledgeFixtures.forPerson(colleague, "ADVANCED_WORKER"))
                .post("/api/v1/plans/" + f.planId + "/pledges").then(), 403, "FORBIDDEN");
        assertProblem(member(f, me).body(PledgeFixtures.forUnit(f.faculty, "ADVANCED_COLLECTIVE"))
                .post("/api/v1/plans/" + f.planId + "/pledges").then(), 403, "FORBIDDEN");
        String theirs = create(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f,
                PledgeFixtures.forPerson(colleague, "ADVANCED_WORKER"));
        assertProblem(member(f, me).get("/api/v1/pledges/" + theirs).then(), 404, "NOT_FOUND");
        member(f, me).get("/api/v1/plans/" + f.planId + "/pledges").then().body("total", equalTo(0));
        assertProblem(member(f, me).get("/api/v1/plans/" + f.planId + "/pledges:missing").then(), 403, "FORBIDDEN");
    }

    @Test
    void submittingIsRefusedOutsideTheWindowUnlessTheBoardAcceptsItLate() {
        PledgeFixtures f = new PledgeFixtures(false);
        UUID me = f.person("Lường Văn Thành");
        String id = create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
        assertProblem(act(member(f, me), f, id, "submit", Map.of()), 409, "CONFLICT")
                .body("detail", org.hamcrest.Matchers.containsString("hết hạn đăng ký"));
        assertProblem(act(member(f, me), f, id, "submit", Map.of("lateReason", "Ốm")), 403, "FORBIDDEN");
        act(TestOrg.as(f.agency, Roles.BOARD), f, id, "submit", Map.of("lateReason", "Đi công tác, có xác nhận"))
                .statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("lateReason", equalTo("Đi công tác, có xác nhận"));
    }

    @Test
    void anotherAgencyCannotSeeOrTouchThePledges() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Tòng Văn Hải");
        String id = create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
        UUID other = TestOrg.agency("Sở khác");
        assertProblem(TestOrg.as(other, Roles.BOARD).get("/api/v1/pledges/" + id).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.BOARD).header("If-Match", etag(f, id))
                .post("/api/v1/pledges/" + id + ":approve").then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.BOARD).get("/api/v1/plans/" + f.planId + "/pledges").then(), 404,
                "NOT_FOUND");
    }

    @Test
    void listsFilterAndTheSummaryTellsWhoHasNotRegistered() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID an = f.person("Nguyễn Văn An");
        UUID binh = f.person("Hoàng Văn Bình");
        f.person("Đỗ Thị Dung");
        String first = create(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f,
                PledgeFixtures.forPerson(an, "ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER"));
        create(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, PledgeFixtures.forPerson(binh, "ADVANCED_WORKER"));
        act(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, first, "submit", Map.of()).statusCode(200);
        String plan = "/api/v1/plans/" + f.planId;
        TestOrg.as(f.agency, Roles.BOARD).queryParam("q", "nguyen van an").get(plan + "/pledges").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(first));
        TestOrg.as(f.agency, Roles.BOARD).queryParam("title", "GRASSROOTS_EMULATION_FIGHTER").get(plan + "/pledges")
                .then().body("total", equalTo(1));
        TestOrg.as(f.agency, Roles.BOARD).queryParam("status", "DRAFT").queryParam("subjectKind", "PERSON")
                .queryParam("unit", f.faculty.toString()).queryParam("subtree", "false").get(plan + "/pledges").then()
                .body("total", equalTo(1));
        TestOrg.as(f.faculty, Roles.UNIT_HEAD).get(plan + "/pledges:summary").then().statusCode(200)
                .body("byStatus.DRAFT", equalTo(1)).body("byStatus.SUBMITTED", equalTo(1))
                .body("byTitle.ADVANCED_WORKER", equalTo(2)).body("byTitle.GRASSROOTS_EMULATION_FIGHTER", equalTo(1))
                .body("people", equalTo(3)).body("peopleWithPledge", equalTo(2)).body("peopleWithoutPledge", equalTo(1));
        TestOrg.as(f.faculty, Roles.UNIT_HEAD).get(plan + "/pledges:missing").then().statusCode(200)
                .body("total", equalTo(1)).body("items.fullName", contains("Đỗ Thị Dung"));
        TestOrg.as(f.agency, Roles.BOARD).queryParam("unit", f.faculty.toString()).get(plan + "/pledges:missing").then()
                .body("items.fullName", hasItem("Đỗ Thị Dung"));
    }

    @Test
    void everyStepIsAudited() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID me = f.person("Giàng A Páo");
        String id = create(member(f, me), f, PledgeFixtures.forPerson(me, "ADVANCED_WORKER"));
        act(member(f, me), f, id, "submit", Map.of()).statusCode(200);
        act(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, id, "approve", Map.of()).statusCode(200);
        TestOrg.as(f.agency, Roles.BOARD).queryParam("entityId", id).get("/api/v1/audit-events").then()
                .body("items.action", contains("pledge.approved", "pledge.submitted", "pledge.created"));
    }
}
