package vn.thidua.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import vn.thidua.common.Roles;
import vn.thidua.common.outbox.OutboxEvent;
import vn.thidua.org.SubjectKind;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class HistoryRecordsTest {

    @Inject
    EntityManager em;
    @Inject
    HistoryService service;

    private List<String> outboxTypes(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from OutboxEvent where aggregateId = :id order by position", OutboxEvent.class)
                .setParameter("id", id).getResultList().stream().map(e -> e.type).toList());
    }

    private static ExtractableResponse<Response> create(HistoryFixtures f, String collection, Map<String, ?> body) {
        return f.board().body(body).post("/api/v1/" + collection).then().statusCode(201).extract();
    }

    @Test
    void anAssessmentIsCreatedReadChangedWithIfMatchAndDeletedEachStepAuditedAndEmitted() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        ExtractableResponse<Response> created = f.as(f.faculty, Roles.UNIT_HEAD)
                .body(Map.of("personCode", duc.code().toLowerCase(), "year", 2024, "rating", "EXCELLENT",
                        "monthsEmployed", 12, "note", "  Đạt chuẩn  "))
                .post("/api/v1/annual-assessments").then().statusCode(201)
                .header("ETag", "\"0\"").header("Location", containsString("/annual-assessments/"))
                .body("subjectKind", equalTo("PERSON")).body("personId", equalTo(duc.id().toString()))
                .body("unitId", equalTo(f.faculty.toString())).body("rating", equalTo("EXCELLENT"))
                .body("monthsEmployed", equalTo(12)).body("note", equalTo("Đạt chuẩn")).extract();
        String id = created.path("id");

        f.board().get("/api/v1/annual-assessments/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("year", equalTo(2024));
        assertProblem(f.board().body(Map.of("year", 2024, "rating", "GOOD"))
                .put("/api/v1/annual-assessments/" + id).then(), 428, "PRECONDITION_REQUIRED");
        assertProblem(f.board().header("If-Match", "\"7\"").body(Map.of("year", 2024, "rating", "GOOD"))
                .put("/api/v1/annual-assessments/" + id).then(), 412, "PRECONDITION_FAILED");
        f.board().header("If-Match", "\"0\"").body(Map.of("year", 2024, "rating", "GOOD"))
                .put("/api/v1/annual-assessments/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("rating", equalTo("GOOD")).body("monthsEmployed", nullValue()).body("note", nullValue());

        f.board().queryParam("entityId", id).get("/api/v1/audit-events").then()
                .body("items.action", hasItem("annual-assessment.updated"))
                .body("items.find { it.action == 'annual-assessment.updated' }.changes.rating.before",
                        equalTo("EXCELLENT"));
        assertProblem(f.board().header("If-Match", "\"0\"").delete("/api/v1/annual-assessments/" + id).then(),
                412, "PRECONDITION_FAILED");
        f.board().header("If-Match", "\"1\"").delete("/api/v1/annual-assessments/" + id).then().statusCode(204);
        assertProblem(f.board().get("/api/v1/annual-assessments/" + id).then(), 404, "NOT_FOUND");
        assertEquals(List.of("annual-assessment.created", "annual-assessment.updated", "annual-assessment.deleted"),
                outboxTypes(id));
    }

    @Test
    void aSecondAssessmentOfTheSameSubjectAndYearIsAConflictAndBadInputNamesItsFields() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        create(f, "annual-assessments", Map.of("personId", duc.id(), "year", 2023, "rating", "GOOD"));
        assertProblem(f.board().header("Accept-Language", "en")
                .body(Map.of("personId", duc.id(), "year", 2023, "rating", "COMPLETED"))
                .post("/api/v1/annual-assessments").then(), 409, "CONFLICT")
                .body("detail", equalTo("This subject already has an assessment for 2023; change that one instead."));
        assertProblem(f.board().body(Map.of("personId", duc.id(), "year", 1989, "rating", "GOOD",
                "monthsEmployed", 13)).post("/api/v1/annual-assessments").then(), 400, "VALIDATION_FAILED")
                .body("errors.field", contains("monthsEmployed", "year"));
        assertProblem(f.board().body(Map.of("year", 2023, "rating", "GOOD")).post("/api/v1/annual-assessments")
                .then(), 400, "VALIDATION_FAILED").body("errors[0].field", equalTo("personId"));
        assertProblem(f.board().body(Map.of("personId", duc.id(), "unitId", f.faculty, "year", 2023,
                "rating", "GOOD")).post("/api/v1/annual-assessments").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("ONE_SUBJECT"));
        // the same year for the unit as a collective is another subject
        create(f, "annual-assessments", Map.of("unitId", f.faculty, "year", 2023, "rating", "EXCELLENT"))
                .path("subjectKind").equals("UNIT");
    }

    @Test
    void readersSeeTheirScopeAndAMemberOnlyTheirOwnRecords() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        HistoryFixtures.Person anh = f.person(f.office, "Trần Thị Ánh");
        String ducs = create(f, "annual-assessments", Map.of("personId", duc.id(), "year", 2024, "rating", "GOOD"))
                .path("id");
        String anhs = create(f, "annual-assessments", Map.of("personId", anh.id(), "year", 2024, "rating", "GOOD"))
                .path("id");
        create(f, "annual-assessments", Map.of("unitId", f.faculty, "year", 2024, "rating", "EXCELLENT"));

        f.as(f.agency, Roles.LEADER).queryParam("unit", f.agency).get("/api/v1/annual-assessments").then()
                .statusCode(200).body("total", equalTo(3));
        f.as(f.faculty, Roles.UNIT_HEAD).get("/api/v1/annual-assessments").then()
                .body("items.id", hasItem(ducs)).body("total", equalTo(2));
        f.as(f.agency, Roles.COUNCIL).queryParam("unit", f.agency).queryParam("subtree", "false")
                .get("/api/v1/annual-assessments").then().body("total", equalTo(0));
        f.member(duc).get("/api/v1/annual-assessments").then().body("items.id", contains(ducs));
        f.member(duc).get("/api/v1/annual-assessments/" + ducs).then().statusCode(200);
        assertProblem(f.member(duc).get("/api/v1/annual-assessments/" + anhs).then(), 404, "NOT_FOUND");
        assertProblem(f.member(duc).queryParam("person", anh.id()).get("/api/v1/annual-assessments").then(), 404,
                "NOT_FOUND");
        // the unit head of the faculty does not reach the office
        assertProblem(f.as(f.faculty, Roles.UNIT_HEAD).get("/api/v1/annual-assessments/" + anhs).then(), 404,
                "NOT_FOUND");
        assertProblem(f.as(f.faculty, Roles.UNIT_HEAD).header("If-Match", "\"0\"")
                .delete("/api/v1/annual-assessments/" + anhs).then(), 404, "NOT_FOUND");
        assertProblem(f.as(f.faculty, Roles.UNIT_HEAD).body(Map.of("personId", anh.id(), "year", 2020,
                "rating", "GOOD")).post("/api/v1/annual-assessments").then(), 404, "NOT_FOUND");
        // another agency sees nothing of it
        UUID other = TestOrg.agency("Sở Nội vụ");
        TestOrg.as(other, Roles.BOARD).get("/api/v1/annual-assessments").then().body("items.id",
                org.hamcrest.Matchers.not(hasItem(ducs)));
        assertProblem(TestOrg.as(other, Roles.BOARD).get("/api/v1/annual-assessments/" + ducs).then(), 404,
                "NOT_FOUND");
        // a year filter, and a bad one
        f.board().queryParam("year", "2023").get("/api/v1/annual-assessments").then().body("total", equalTo(0));
        f.board().queryParam("fromYear", "2024").queryParam("rating", "EXCELLENT")
                .get("/api/v1/annual-assessments").then().body("total", equalTo(1));
        assertProblem(f.board().queryParam("year", "20x4").get("/api/v1/annual-assessments").then(), 400,
                "VALIDATION_FAILED").body("errors[0].field", equalTo("year"));
    }

    @Test
    void disciplinaryRecordsAreTheBoardsAndPeriodsMustRunForward() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        Map<String, Object> reprimand = Map.of("personId", duc.id(), "measure", "REPRIMAND",
                "decidedOn", "2023-05-10", "servedUntil", "2024-05-09", "decisionNumber", "45/QĐ-TCT");
        assertProblem(f.as(f.faculty, Roles.UNIT_HEAD).body(reprimand).post("/api/v1/disciplinary-measures").then(),
                403, "FORBIDDEN");
        String measure = create(f, "disciplinary-measures", reprimand).path("id");
        assertProblem(f.board().body(reprimand).post("/api/v1/disciplinary-measures").then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", "\"0\"").header("Accept-Language", "en")
                .body(Map.of("measure", "WARNING", "decidedOn", "2023-05-10", "servedUntil", "2023-05-09",
                        "decisionNumber", "45/QĐ-TCT")).put("/api/v1/disciplinary-measures/" + measure).then(),
                400, "VALIDATION_FAILED").body("errors[0].field", equalTo("servedUntil"))
                .body("errors[0].message", equalTo("Must not be before decidedOn."));
        f.as(f.faculty, Roles.UNIT_HEAD).get("/api/v1/disciplinary-measures/" + measure).then().statusCode(200);
        // in effect during 2024, not in 2025
        f.board().queryParam("year", "2024").get("/api/v1/disciplinary-measures").then().body("total", equalTo(1));
        f.board().queryParam("year", "2025").get("/api/v1/disciplinary-measures").then().body("total", equalTo(0));

        String proceeding = create(f, "disciplinary-proceedings", Map.of("personId", duc.id(),
                "kind", "INSPECTION", "openedOn", "2025-09-01")).path("id");
        f.board().queryParam("pending", "true").get("/api/v1/disciplinary-proceedings").then()
                .body("items.id", contains(proceeding)).body("items[0].pending", equalTo(true));
        assertProblem(f.board().header("If-Match", "\"0\"").body(Map.of("kind", "INSPECTION",
                "openedOn", "2025-09-01", "closedOn", "2025-08-01")).put("/api/v1/disciplinary-proceedings/"
                + proceeding).then(), 400, "VALIDATION_FAILED").body("errors[0].field", equalTo("closedOn"));
        f.board().header("If-Match", "\"0\"").body(Map.of("kind", "INSPECTION", "openedOn", "2025-09-01",
                "closedOn", "2025-12-15")).put("/api/v1/disciplinary-proceedings/" + proceeding).then()
                .statusCode(200).body("pending", equalTo(false));
        f.board().queryParam("pending", "true").get("/api/v1/disciplinary-proceedings").then().body("total",
                equalTo(0));
    }

    @Test
    void anInitiativeIsScopedToTheNearestUnitOfItsAuthorsAndAMemberSeesThoseTheyWrote() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        HistoryFixtures.Person anh = f.person(f.office, "Trần Thị Ánh");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "INITIATIVE",
                "title", "Đổi mới phương pháp giảng dạy", "authorIds", List.of(duc.id(), anh.id()),
                "recognisedBy", "Hội đồng sáng kiến", "decisionNumber", "112/QĐ-TCT", "recognisedOn", "2024-11-20",
                "level", "BASE"));
        String id = create(f, "initiatives", body).path("id");
        f.board().get("/api/v1/initiatives/" + id).then().body("unitId", equalTo(f.agency.toString()))
                .body("year", equalTo(2024)).body("authorIds", org.hamcrest.Matchers.hasSize(2));
        body.put("decisionNumber", "112/qđ-tct");
        assertProblem(f.board().header("Accept-Language", "en").body(body).post("/api/v1/initiatives").then(), 409,
                "CONFLICT").body("detail", containsString("is already recorded"));
        body.put("decisionNumber", "112/QĐ-TCT");
        f.member(duc).queryParam("person", duc.id()).get("/api/v1/initiatives").then().body("items.id", contains(id));
        f.member(duc).get("/api/v1/initiatives/" + id).then().statusCode(200);
        // the faculty's head sees it through its author there, but does not hold the office's: no changing it
        f.as(f.faculty, Roles.UNIT_HEAD).get("/api/v1/initiatives/" + id).then().statusCode(200);
        assertProblem(f.as(f.faculty, Roles.UNIT_HEAD).header("If-Match", "\"0\"")
                .delete("/api/v1/initiatives/" + id).then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(TestOrg.agency("Sở Nội vụ"), Roles.BOARD).get("/api/v1/initiatives/" + id).then(),
                404, "NOT_FOUND");

        body.put("authorIds", List.of());
        body.put("decisionNumber", "113/QĐ-TCT");
        assertProblem(f.board().body(body).post("/api/v1/initiatives").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("authorIds"));
        body.put("unitId", f.faculty);
        body.put("year", 2025);
        f.as(f.faculty, Roles.UNIT_HEAD).body(body).post("/api/v1/initiatives").then().statusCode(201)
                .body("ownerUnitId", equalTo(f.faculty.toString())).body("unitId", equalTo(f.faculty.toString()))
                .body("authorIds", empty()).body("year", equalTo(2025));
        body.put("authorIds", List.of(UUID.randomUUID()));
        body.put("decisionNumber", "114/QĐ-TCT");
        assertProblem(f.board().body(body).post("/api/v1/initiatives").then(), 404, "NOT_FOUND");
    }

    @Test
    void awardHistoryFitsItsSubjectIsRevokedNotDeletedAndListsNewestFirst() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        assertProblem(f.board().body(Map.of("unitId", f.faculty, "year", 2023,
                "awardCode", "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber", "1/QĐ")).post("/api/v1/award-records")
                .then(), 400, "VALIDATION_FAILED").body("errors[0].code", equalTo("AWARD_DOES_NOT_FIT"));
        assertProblem(f.board().body(Map.of("personId", duc.id(), "year", 2023, "awardCode", "NO_SUCH_AWARD",
                "decisionNumber", "1/QĐ")).post("/api/v1/award-records").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("UNKNOWN_AWARD"));
        assertProblem(f.as(f.faculty, Roles.UNIT_HEAD).body(Map.of("personId", duc.id(), "year", 2023,
                "awardCode", "ADVANCED_WORKER", "decisionNumber", "1/QĐ")).post("/api/v1/award-records").then(),
                403, "FORBIDDEN");
        String older = create(f, "award-records", Map.of("personId", duc.id(), "year", 2022,
                "awardCode", "advanced_worker", "decisionNumber", "178/QĐ-TCT", "decisionDate", "2022-12-26"))
                .path("id");
        String newer = create(f, "award-records", Map.of("personId", duc.id(), "year", 2023,
                "awardCode", "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber", "215/QĐ-TCT",
                "decisionDate", "2023-12-28")).path("id");
        assertProblem(f.board().body(Map.of("personId", duc.id(), "year", 2023,
                "awardCode", "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber", "216/QĐ-TCT"))
                .post("/api/v1/award-records").then(), 409, "CONFLICT");
        f.member(duc).get("/api/v1/people/" + duc.id() + "/awards").then().statusCode(200)
                .body("items.id", contains(newer, older)).body("items[1].awardCode", equalTo("ADVANCED_WORKER"));

        Map<String, String> revocation = Map.of("revokedOn", "2024-06-03", "revocationNumber", "301/QĐ-UBND",
                "reason", "Hồ sơ không trung thực");
        assertProblem(f.board().header("If-Match", "\"0\"").body(Map.of("revokedOn", "2023-01-01",
                "revocationNumber", "1", "reason", "x")).post("/api/v1/award-records/" + newer + ":revoke").then(),
                400, "VALIDATION_FAILED").body("errors[0].field", equalTo("revokedOn"));
        f.board().header("If-Match", "\"0\"").body(revocation).post("/api/v1/award-records/" + newer + ":revoke")
                .then().statusCode(200).header("ETag", "\"1\"").body("revokedOn", equalTo("2024-06-03"))
                .body("revocationNumber", equalTo("301/QĐ-UBND"));
        assertProblem(f.board().header("If-Match", "\"1\"").body(revocation)
                .post("/api/v1/award-records/" + newer + ":revoke").then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", "\"1\"").delete("/api/v1/award-records/" + newer).then(), 409,
                "CONFLICT");
        // a revoked award no longer holds its year: the corrected one can be recorded beside it
        create(f, "award-records", Map.of("personId", duc.id(), "year", 2023,
                "awardCode", "GRASSROOTS_EMULATION_FIGHTER", "decisionNumber", "230/QĐ-TCT"));
        f.board().queryParam("revoked", "true").queryParam("person", duc.id()).get("/api/v1/award-records").then()
                .body("items.id", contains(newer));
        assertEquals(List.of("award-record.created", "award-record.revoked"), outboxTypes(newer));

        String faculty = create(f, "award-records", Map.of("unitId", f.faculty, "year", 2022,
                "awardCode", "CERTIFICATE_OF_MERIT", "decisionNumber", "180/QĐ-TCT")).path("id");
        f.as(f.faculty, Roles.UNIT_HEAD).get("/api/v1/units/" + f.faculty + "/awards").then()
                .body("items.id", contains(faculty));
        assertProblem(f.member(duc).get("/api/v1/units/" + f.faculty + "/awards").then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(TestOrg.agency("Sở Nội vụ"), Roles.BOARD).get("/api/v1/people/" + duc.id()
                + "/awards").then(), 404, "NOT_FOUND");
    }

    @Test
    void anAwardADecisionConferredIsRecordedAsSuchAndCanOnlyBeRevoked() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        HistoryService.Conferral conferral = new HistoryService.Conferral(SubjectKind.PERSON, duc.id(), f.faculty,
                2025, "ADVANCED_WORKER", "12/QĐ-TCT", LocalDate.of(2025, 12, 20),
                "Giám đốc Trường Chính trị tỉnh Lai Châu");
        String id = QuarkusTransaction.requiringNew().call(() -> service.recordConferredAll(List.of(conferral)))
                .get(0).toString();
        // the same title of the same year is conferred once
        org.junit.jupiter.api.Assertions.assertThrows(vn.thidua.common.error.ApiException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> service.recordConferredAll(List.of(conferral))));
        f.board().get("/api/v1/award-records/" + id).then().body("source", equalTo("DECISION"))
                .body("unitId", equalTo(f.faculty.toString())).body("createdAt", notNullValue());
        assertProblem(f.board().header("If-Match", "\"0\"").body(Map.of("year", 2025, "awardCode", "ADVANCED_WORKER",
                "decisionNumber", "13/QĐ-TCT")).put("/api/v1/award-records/" + id).then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", "\"0\"").delete("/api/v1/award-records/" + id).then(), 409,
                "CONFLICT");
        f.board().header("If-Match", "\"0\"").body(Map.of("revokedOn", "2026-02-01", "revocationNumber",
                "20/QĐ-TCT", "reason", "Thu hồi theo kết luận thanh tra")).post("/api/v1/award-records/" + id
                + ":revoke").then().statusCode(200);
        assertEquals(List.of("award-record.created", "award-record.revoked"), outboxTypes(id));
        f.board().queryParam("entityId", id).get("/api/v1/audit-events").then()
                .body("items.action", hasItem("award-record.created"));
    }
}
