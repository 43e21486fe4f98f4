package vn.thidua.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class PlanTest {

    private static final String PLANS = "/api/v1/plans";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    private static Map<String, Object> phase(int number, String start, String end) {
        Map<String, Object> phase = new HashMap<>();
        phase.put("number", number);
        phase.put("name", "Đợt " + number);
        phase.put("startDate", start);
        phase.put("endDate", end);
        return phase;
    }

    private static Map<String, Object> plan(UUID issuer, String number, List<Map<String, Object>> phases) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("number", number);
        plan.put("title", "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022");
        plan.put("issuingUnitId", issuer.toString());
        plan.put("issuedOn", "2022-02-16");
        plan.put("kind", "ANNUAL");
        plan.put("year", 2022);
        plan.put("startDate", "2022-01-01");
        plan.put("endDate", "2022-12-31");
        plan.put("theme", "Trung thành, sáng tạo, cống hiến");
        plan.put("signer", Map.of("name", "Lường Văn Thành", "position", "Hiệu trưởng"));
        plan.put("movements", List.of(Map.of("key", "GD5T", "name", "Giảng dạy tốt, nghiên cứu tốt")));
        plan.put("phases", phases);
        return plan;
    }

    /** The same plan as an edit: without the issuing unit (fixed) and the phases (edited on their own). */
    private static Map<String, Object> edit(Map<String, Object> plan) {
        Map<String, Object> edit = new HashMap<>(plan);
        edit.remove("issuingUnitId");
        edit.remove("phases");
        return edit;
    }

    private static List<Map<String, Object>> twoPhases() {
        return List.of(phase(1, "2022-02-01", "2022-06-30"), phase(2, "2022-07-01", "2022-12-31"));
    }

    private static String number() {
        return UUID.randomUUID().toString().substring(0, 6) + "-KH/TCT";
    }

    private static String create(UUID agency, Map<String, Object> body) {
        return TestOrg.as(agency, Roles.BOARD).body(body).post(PLANS).then().statusCode(201).extract().path("id");
    }

    private static String etag(UUID unit, String planId) {
        return TestOrg.as(unit, Roles.BOARD).get(PLANS + "/" + planId).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse act(UUID unit, String planId, String action) {
        RequestSpecification request = TestOrg.as(unit, Roles.BOARD).header("If-Match", etag(unit, planId));
        // only cancelling takes a body (the reason); the contract says the other acts take none
        if (action.equals("cancel")) {
            request.body(Map.of("reason", "Thay bằng kế hoạch khác"));
        }
        return request.post(PLANS + "/" + planId + ":" + action).then();
    }

    @Test
    void theSeedPlanImportedInOneCallReadsBackWhole() throws IOException {
        UUID school = TestOrg.agency("Trường Chính trị tỉnh Lai Châu");
        String code = TestOrg.asRootAdmin().get("/api/v1/units/" + school).then().extract().path("code");
        @SuppressWarnings("unchecked")
        Map<String, Object> seed = json.readValue(Files.readString(Path.of("src/main/resources/demo/plan-99-KH-TCT.json")),
                Map.class);
        seed.put("issuingUnitCode", code);
        String id = create(school, seed);
        act(school, id, "issue").statusCode(200).body("status", equalTo("ISSUED"));
        TestOrg.as(school, Roles.MEMBER).get(PLANS + "/" + id).then().statusCode(200)
                .body("number", equalTo("99-KH/TCT"))
                .body("issuedOn", equalTo("2022-02-16"))
                .body("issuedPlace", equalTo("Lai Châu"))
                .body("title", equalTo("Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022"))
                .body("legalBases[0].reference", equalTo("Chỉ thị số 03/CT-UBND ngày 11/02/2022 của UBND tỉnh Lai Châu"))
                .body("theme", equalTo(seed.get("theme")))
                .body("purposes", hasSize(((List<?>) seed.get("purposes")).size()))
                .body("contentItems", hasSize(8))
                .body("contentItems.number", contains("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"))
                .body("movements", hasSize(5))
                .body("movements.name", hasItem("Giảng dạy tốt, nghiên cứu tốt, học tập tốt, quản lý tốt, phục vụ tốt"))
                .body("duties.size()", equalTo(6))
                .body("duties.listsPhases", contains(null, null, null, null, null, true))
                .body("closing", org.hamcrest.Matchers.startsWith("Trên đây là Kế hoạch phát động thi đua năm 2022"))
                .body("recipients", equalTo(seed.get("recipients")))
                .body("signer.position", equalTo("Hiệu trưởng"))
                .body("phases", hasSize(2))
                .body("phases[0].startDate", equalTo("2022-02-01"))
                .body("phases[0].endDate", equalTo("2022-06-30"))
                .body("phases[1].startDate", equalTo("2022-07-01"))
                .body("phases[1].endDate", equalTo("2022-12-31"))
                .body("phases[0].slogan", notNullValue())
                .body("phases[0].anniversaries.title", hasItem(org.hamcrest.Matchers.startsWith("92 năm Ngày thành lập Đảng")))
                .body("phases[1].anniversaries.date", hasItem("2022-09-02"))
                .body("participatingUnits.code", contains(code));
    }

    @Test
    void theLifecycleAllowsWhatItShouldAndRefusesTheRest() {
        UUID agency = TestOrg.agency("Lifecycle");
        String id = create(agency, plan(agency, number(), twoPhases()));
        assertProblem(act(agency, id, "close"), 409, "CONFLICT");
        act(agency, id, "issue").statusCode(200).body("status", equalTo("ISSUED")).body("issuedAt", notNullValue());
        assertProblem(act(agency, id, "issue"), 409, "CONFLICT");
        act(agency, id, "close").statusCode(200).body("status", equalTo("CLOSED"));
        assertProblem(act(agency, id, "close"), 409, "CONFLICT");
        assertProblem(act(agency, id, "cancel"), 409, "CONFLICT");
        assertProblem(TestOrg.as(agency, Roles.BOARD).header("If-Match", etag(agency, id))
                .body(edit(plan(agency, number(), null))).put(PLANS + "/" + id).then(), 409, "CONFLICT");
        assertProblem(TestOrg.as(agency, Roles.BOARD).body(phase(3, "2022-03-01", "2022-03-31"))
                .post(PLANS + "/" + id + "/phases").then(), 409, "CONFLICT");

        String draft = create(agency, plan(agency, number(), List.of()));
        act(agency, draft, "cancel").statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Thay bằng kế hoạch khác"));
        assertProblem(act(agency, draft, "issue"), 409, "CONFLICT");

        String issued = create(agency, plan(agency, number(), List.of()));
        act(agency, issued, "issue").statusCode(200);
        act(agency, issued, "cancel").statusCode(200).body("status", equalTo("CANCELLED"));
        assertProblem(TestOrg.as(agency, Roles.BOARD).header("If-Match", etag(agency, issued)).body(Map.of())
                .post(PLANS + "/" + issued + ":cancel").then(), 400, "VALIDATION_FAILED");
    }

    @Test
    void issuingNeedsANumberADateAndASigner() {
        UUID agency = TestOrg.agency("Incomplete");
        Map<String, Object> body = plan(agency, null, List.of());
        body.remove("issuedOn");
        body.remove("signer");
        String id = create(agency, body);
        assertProblem(act(agency, id, "issue"), 400, "VALIDATION_FAILED")
                .body("errors.field", containsInAnyOrder("issuedOn", "number", "signer"));
    }

    @Test
    void everyTransitionIsAuditedAndRaisesItsEvent() {
        UUID agency = TestOrg.agency("Events");
        String issuedThenClosed = create(agency, plan(agency, number(), List.of()));
        act(agency, issuedThenClosed, "issue").statusCode(200);
        act(agency, issuedThenClosed, "close").statusCode(200);
        String cancelled = create(agency, plan(agency, number(), List.of()));
        act(agency, cancelled, "cancel").statusCode(200);
        List<String> events = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT type FROM outbox_event WHERE aggregate_id IN (?1, ?2) ORDER BY position")
                .setParameter(1, issuedThenClosed).setParameter(2, cancelled).getResultList());
        assertEquals(List.of("plan.created", "plan.issued", "plan.closed", "plan.created", "plan.cancelled"), events);
        TestOrg.as(agency, Roles.BOARD).queryParam("entityId", issuedThenClosed).get("/api/v1/audit-events").then()
                .body("items.action", hasItems("plan.created", "plan.issued", "plan.closed"));
    }

    @Test
    void anIssuedPlanTakesTextCorrectionsButKeepsWhatItIs() {
        UUID agency = TestOrg.agency("Corrections");
        String number = number();
        Map<String, Object> body = plan(agency, number, List.of());
        String id = create(agency, body);
        act(agency, id, "issue").statusCode(200);
        body = edit(body);
        body.put("title", "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022 (đã sửa lỗi chính tả)");
        TestOrg.as(agency, Roles.BOARD).header("If-Match", etag(agency, id)).body(body).put(PLANS + "/" + id).then()
                .statusCode(200).body("title", org.hamcrest.Matchers.endsWith("(đã sửa lỗi chính tả)"))
                .body("status", equalTo("ISSUED"));
        TestOrg.as(agency, Roles.BOARD).queryParam("entityId", id).queryParam("action", "plan.corrected")
                .get("/api/v1/audit-events").then().body("total", equalTo(1))
                .body("items[0].changes.title.after", org.hamcrest.Matchers.endsWith("(đã sửa lỗi chính tả)"));
        body.put("number", number + "-2");
        body.put("endDate", "2022-11-30");
        assertProblem(TestOrg.as(agency, Roles.BOARD).header("If-Match", etag(agency, id)).body(body)
                .put(PLANS + "/" + id).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", containsInAnyOrder("endDate", "number"))
                .body("errors.code", everyItem(equalTo("FIXED_ONCE_ISSUED")));
        TestOrg.as(agency, Roles.BOARD).body(phase(1, "2022-09-01", "2022-10-31")).post(PLANS + "/" + id + "/phases")
                .then().statusCode(201);
    }

    @Test
    void everyDateRuleIsAFieldError() {
        UUID agency = TestOrg.agency("Dates");
        Map<String, Object> overlapping = phase(2, "2022-06-15", "2022-12-31");
        Map<String, Object> late = phase(1, "2022-02-01", "2022-06-30");
        late.put("registrationOpens", "2022-02-01");
        late.put("registrationCloses", "2022-07-01");
        late.put("evaluationDeadline", "2022-06-01");
        assertProblem(TestOrg.as(agency, Roles.BOARD).body(plan(agency, number(), List.of(late, overlapping)))
                .post(PLANS).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", hasItems("phases[0].registrationCloses", "phases[0].evaluationDeadline",
                        "phases[1].startDate"));
        Map<String, Object> backwards = plan(agency, number(), List.of(phase(1, "2023-01-01", "2023-02-01")));
        assertProblem(TestOrg.as(agency, Roles.BOARD).body(backwards).post(PLANS).then(), 400, "VALIDATION_FAILED")
                .body("errors.code", everyItem(equalTo("OUTSIDE_PLAN")));
        Map<String, Object> reversed = plan(agency, number(), List.of());
        reversed.put("endDate", "2021-12-31");
        assertProblem(TestOrg.as(agency, Roles.BOARD).body(reversed).post(PLANS).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", hasItem("endDate"));

        String id = create(agency, plan(agency, number(), twoPhases()));
        assertProblem(TestOrg.as(agency, Roles.BOARD).body(phase(3, "2022-06-01", "2022-07-15"))
                .post(PLANS + "/" + id + "/phases").then(), 400, "VALIDATION_FAILED")
                .body("errors.code", hasItem("OVERLAP"));
        String phaseId = TestOrg.as(agency, Roles.BOARD).get(PLANS + "/" + id + "/phases").then()
                .extract().path("[0].id");
        String phaseTag = TestOrg.as(agency, Roles.BOARD).get("/api/v1/phases/" + phaseId).then().extract().header("ETag");
        assertProblem(TestOrg.as(agency, Roles.BOARD).header("If-Match", phaseTag)
                .body(phase(1, "2022-02-01", "2022-07-31")).put("/api/v1/phases/" + phaseId).then(), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("OVERLAP"));
        TestOrg.as(agency, Roles.BOARD).header("If-Match", phaseTag).body(phase(1, "2022-03-01", "2022-06-30"))
                .put("/api/v1/phases/" + phaseId).then().statusCode(200).body("startDate", equalTo("2022-03-01"));
    }

    @Test
    void oneDutyAtMostIntroducesThePhases() {
        UUID agency = TestOrg.agency("Duties");
        Map<String, Object> twice = plan(agency, number(), twoPhases());
        twice.put("duties", List.of(Map.of("text", "Phát động 02 đợt thi đua sau:", "listsPhases", true),
                Map.of("text", "Các đợt thi đua như sau:", "listsPhases", true)));
        assertProblem(TestOrg.as(agency, Roles.BOARD).body(twice).post(PLANS).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", contains("duties[1].listsPhases"))
                .body("errors.code", contains("PHASES_LISTED_TWICE"));
    }

    /** Found by the contract fuzzer: a five-digit year was stored and answered in a form the contract forbids. */
    @Test
    void aDateIsExactlyYearMonthDayWithAFourDigitYear() {
        UUID agency = TestOrg.agency("Strict dates");
        for (String bad : List.of("+99999-01-01", "99999-01-01", "2022-02-30", "2022-2-1", "22-02-01", "16/02/2022",
                "2022-02-16T00:00:00", "0000-12-31", "0999-12-31", "10000-01-01")) {
            Map<String, Object> body = plan(agency, number(), List.of());
            body.put("issuedOn", bad);
            assertProblem(TestOrg.as(agency, Roles.BOARD).body(body).post(PLANS).then(), 400, "VALIDATION_FAILED")
                    .body("errors[0].field", equalTo("issuedOn")).body("errors[0].code", equalTo("INVALID_TYPE"));
        }
        Map<String, Object> body = plan(agency, number(), List.of());
        body.put("issuedOn", "2022-02-16");
        TestOrg.as(agency, Roles.BOARD).body(body).post(PLANS).then().statusCode(201)
                .body("issuedOn", equalTo("2022-02-16"));
    }

    @Test
    void draftPhasesCanBeRemovedIssuedOnesCannot() {
        UUID agency = TestOrg.agency("Removal");
        String id = create(agency, plan(agency, number(), twoPhases()));
        String phaseId = TestOrg.as(agency, Roles.BOARD).get(PLANS + "/" + id + "/phases").then()
                .extract().path("[1].id");
        String tag = TestOrg.as(agency, Roles.BOARD).get("/api/v1/phases/" + phaseId).then().extract().header("ETag");
        TestOrg.as(agency, Roles.BOARD).header("If-Match", tag).delete("/api/v1/phases/" + phaseId).then().statusCode(204);
        act(agency, id, "issue").statusCode(200).body("phases", hasSize(1));
        String remaining = TestOrg.as(agency, Roles.BOARD).get(PLANS + "/" + id + "/phases").then().extract().path("[0].id");
        String remainingTag = TestOrg.as(agency, Roles.BOARD).get("/api/v1/phases/" + remaining).then()
                .extract().header("ETag");
        assertProblem(TestOrg.as(agency, Roles.BOARD).header("If-Match", remainingTag)
                .delete("/api/v1/phases/" + remaining).then(), 409, "CONFLICT");
    }

    @Test
    void rolesAndScopeDecideWhoSeesAndWhoDrives() {
        UUID school = TestOrg.agency("School");
        UUID faculty = TestOrg.unit(school, "Faculty", "DEPARTMENT");
        UUID other = TestOrg.agency("Other agency");
        String draft = create(school, plan(school, number(), List.of()));
        String issued = create(school, plan(school, number(), List.of()));
        act(school, issued, "issue").statusCode(200);

        assertProblem(TestOrg.as(school, Roles.MEMBER).get(PLANS + "/" + draft).then(), 404, "NOT_FOUND");
        TestOrg.as(school, Roles.LEADER).get(PLANS + "/" + draft).then().statusCode(200);
        TestOrg.as(faculty, Roles.MEMBER).get(PLANS + "/" + issued).then().statusCode(200);
        TestOrg.as(faculty, Roles.MEMBER).queryParam("size", 200).get(PLANS).then()
                .body("items.id", hasItem(issued)).body("items.id", not(hasItem(draft)));
        assertProblem(TestOrg.as(other, Roles.BOARD).get(PLANS + "/" + issued).then(), 404, "NOT_FOUND");
        TestOrg.as(other, Roles.BOARD).queryParam("size", 200).get(PLANS).then()
                .body("items.id", not(hasItem(issued))).body("items.id", not(hasItem(draft)));

        assertProblem(TestOrg.as(faculty, Roles.BOARD).header("If-Match", etag(school, issued))
                .post(PLANS + "/" + issued + ":close").then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(other, Roles.BOARD).header("If-Match", etag(school, issued))
                .post(PLANS + "/" + issued + ":close").then(), 404, "NOT_FOUND");
        for (String role : new String[] {Roles.ADMIN, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER, Roles.COUNCIL,
                Roles.INTEGRATION}) {
            assertProblem(TestOrg.as(school, role).body(plan(school, number(), List.of())).post(PLANS).then(), 403,
                    "FORBIDDEN");
            assertProblem(TestOrg.as(school, role).header("If-Match", etag(school, draft))
                    .post(PLANS + "/" + draft + ":issue").then(), 403, "FORBIDDEN");
        }
        assertProblem(TestOrg.as(other, Roles.BOARD).body(plan(school, number(), List.of())).post(PLANS).then(), 404,
                "NOT_FOUND");
    }

    @Test
    void thePublicSeesIssuedPlansOnlyWithoutAToken() {
        UUID agency = TestOrg.agency("Public");
        String draft = create(agency, plan(agency, number(), twoPhases()));
        String issued = create(agency, plan(agency, number(), twoPhases()));
        act(agency, issued, "issue").statusCode(200);
        String cancelled = create(agency, plan(agency, number(), List.of()));
        act(agency, cancelled, "issue").statusCode(200);
        act(agency, cancelled, "cancel").statusCode(200);
        given().queryParam("issuingUnit", agency.toString()).get("/api/v1/public/plans").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(issued))
                .body("items[0].phases", hasSize(2))
                .body("items[0].status", equalTo("ISSUED"));
        given().get("/api/v1/public/plans/" + issued).then().statusCode(200).body("number", notNullValue());
        assertProblem(given().get("/api/v1/public/plans/" + draft).then(), 404, "NOT_FOUND");
        assertProblem(given().get("/api/v1/public/plans/" + cancelled).then(), 404, "NOT_FOUND");
    }

    @Test
    void aRetriedImportCreatesOnePlan() {
        UUID agency = TestOrg.agency("Idempotent");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = plan(agency, number(), twoPhases());
        String first = TestOrg.as(agency, Roles.BOARD).header("Idempotency-Key", key).body(body).post(PLANS).then()
                .statusCode(201).extract().path("id");
        TestOrg.as(agency, Roles.BOARD).header("Idempotency-Key", key).body(body).post(PLANS).then().statusCode(201)
                .body("id", equalTo(first)).header("Idempotent-Replayed", equalTo("true"));
        TestOrg.as(agency, Roles.BOARD).queryParam("issuingUnit", agency.toString()).get(PLANS).then()
                .body("total", equalTo(1));
    }

    @Test
    void aStaleOrMissingVersionIsRefused() {
        UUID agency = TestOrg.agency("Versions");
        Map<String, Object> body = plan(agency, number(), List.of());
        String id = create(agency, body);
        String stale = etag(agency, id);
        body = edit(body);
        body.put("title", "Kế hoạch đã sửa");
        TestOrg.as(agency, Roles.BOARD).header("If-Match", stale).body(body).put(PLANS + "/" + id).then().statusCode(200);
        assertProblem(TestOrg.as(agency, Roles.BOARD).header("If-Match", stale).body(body).put(PLANS + "/" + id).then(),
                412, "PRECONDITION_FAILED");
        assertProblem(TestOrg.as(agency, Roles.BOARD).post(PLANS + "/" + id + ":issue").then(), 428,
                "PRECONDITION_REQUIRED");
    }

    @Test
    void numbersAreUniquePerIssuingUnit() {
        UUID one = TestOrg.agency("One");
        UUID two = TestOrg.agency("Two");
        String number = number();
        create(one, plan(one, number, List.of()));
        assertProblem(TestOrg.as(one, Roles.BOARD).body(plan(one, number.toLowerCase(), List.of())).post(PLANS).then(),
                409, "CONFLICT");
        create(two, plan(two, number, List.of()));
    }

    @Test
    void searchIgnoresAccentsAndFiltersCombine() {
        UUID agency = TestOrg.agency("Search");
        Map<String, Object> annual = plan(agency, number(), List.of());
        create(agency, annual);
        Map<String, Object> thematic = plan(agency, number(), List.of());
        thematic.put("kind", "THEMATIC");
        thematic.put("title", "Thi đua đặc biệt phòng, chống dịch Covid-19");
        create(agency, thematic);
        TestOrg.as(agency, Roles.BOARD).queryParam("q", "thang loi nhiem vu").get(PLANS).then()
                .body("total", equalTo(1)).body("items[0].kind", equalTo("ANNUAL"));
        TestOrg.as(agency, Roles.BOARD).queryParam("q", "CHONG DICH COVID").queryParam("kind", "THEMATIC")
                .queryParam("year", 2022).queryParam("status", "DRAFT").get(PLANS).then().body("total", equalTo(1));
        TestOrg.as(agency, Roles.BOARD).queryParam("q", "sang tao, cong hien").get(PLANS).then()
                .body("total", equalTo(2));
        TestOrg.as(agency, Roles.BOARD).queryParam("year", 2023).get(PLANS).then().body("total", equalTo(0));
    }
}
