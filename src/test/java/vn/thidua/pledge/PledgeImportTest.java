package vn.thidua.pledge;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.common.outbox.OutboxEvent;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class PledgeImportTest {

    private static final String BOTH_TITLES = "ADVANCED_WORKER|GRASSROOTS_EMULATION_FIGHTER";

    @Inject
    EntityManager em;

    private static String imports(PledgeFixtures f) {
        return "/api/v1/plans/" + f.planId + "/pledges:import";
    }

    private static ValidatableResponse importCsv(RequestSpecification as, PledgeFixtures f, String file, String query) {
        return as.contentType("text/csv; charset=UTF-8").body(file.getBytes(StandardCharsets.UTF_8))
                .post(imports(f) + query).then();
    }

    /** A person in the faculty, by code: imports name people by code. */
    private static String person(UUID unit, String fullName) {
        String code = TestOrg.uniqueCode("CB");
        TestOrg.asRootAdmin().body(Map.of("code", code, "fullName", fullName, "unitId", unit.toString()))
                .post("/api/v1/people").then().statusCode(201);
        return code;
    }

    private static String unitCode(UUID unit) {
        return TestOrg.asRootAdmin().get("/api/v1/units/" + unit).then().statusCode(200).extract().path("code");
    }

    private static int pledgeCount(PledgeFixtures f) {
        return TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/plans/" + f.planId + "/pledges").then()
                .statusCode(200).extract().path("total");
    }

    private List<OutboxEvent> outboxEvents(List<String> pledgeIds) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from OutboxEvent where aggregateId in :ids order by position", OutboxEvent.class)
                .setParameter("ids", pledgeIds).getResultList());
    }

    @Test
    void theBoardImportsACsvWithBomSemicolonsAndVietnameseHeadersAsApprovedPledges() {
        PledgeFixtures f = new PledgeFixtures(true);
        String duc = person(f.faculty, "Nguyễn Văn Đức");
        String anh = person(f.faculty, "Trần Thị Ánh");
        String decomposed = Normalizer.normalize("Giảng dạy đủ giờ chuẩn; không vi phạm", Normalizer.Form.NFD);
        String file = "\uFEFFMã cán bộ;Mã đơn vị;Danh hiệu;Đợt;Cam kết:GD5T\r\n"
                + duc + ";;" + BOTH_TITLES + ";;\"" + decomposed + "\"\r\n"
                + anh.toLowerCase() + ";;ADVANCED_WORKER;1;\r\n"
                + ";" + unitCode(f.faculty) + ";ADVANCED_COLLECTIVE;;Khoa đạt chuẩn\r\n";
        List<String> ids = importCsv(TestOrg.as(f.agency, Roles.BOARD), f, file, "").statusCode(200)
                .body("dryRun", equalTo(false)).body("applied", equalTo(true))
                .body("counts.total", equalTo(3)).body("counts.created", equalTo(3))
                .body("counts.approved", equalTo(3)).body("counts.failed", equalTo(0))
                .body("rows.row", contains(2, 3, 4))
                .body("rows.subjectKind", contains("PERSON", "PERSON", "UNIT"))
                .body("rows.outcome", everyItem(equalTo("CREATED")))
                .body("rows.status", everyItem(equalTo("APPROVED")))
                .body("rows.late", everyItem(equalTo(false)))
                .body("rows.errors", everyItem(empty()))
                .extract().path("rows.id");

        TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/pledges/" + ids.get(0)).then().statusCode(200)
                .body("subjectName", equalTo("Nguyễn Văn Đức"))
                .body("titles", contains("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER"))
                .body("commitments[0].movementKey", equalTo("GD5T"))
                .body("commitments[0].text", equalTo("Giảng dạy đủ giờ chuẩn; không vi phạm"))
                .body("phaseId", nullValue()).body("status", equalTo("APPROVED"))
                .body("submittedAt", notNullValue()).body("decidedBy", notNullValue())
                .body("lateReason", nullValue());
        TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/pledges/" + ids.get(1)).then()
                .body("phaseId", equalTo(f.phaseId)).body("commitments", empty());
        assertEquals(3, pledgeCount(f));

        TestOrg.as(f.agency, Roles.BOARD).queryParam("entityId", ids.get(2)).get("/api/v1/audit-events").then()
                .body("items.action", contains("pledge.created"))
                .body("items[0].changes.status.after", equalTo("APPROVED"))
                .body("items[0].actor", notNullValue()).body("items[0].requestId", notNullValue());
        TestOrg.as(f.agency, Roles.BOARD).queryParam("entityId", f.planId).queryParam("action", "pledges.imported")
                .get("/api/v1/audit-events").then()
                .body("items", hasSize(1))
                .body("items[0].changes.created.after", equalTo(3))
                .body("items[0].changes.format.after", equalTo("csv"));
        List<OutboxEvent> events = outboxEvents(ids);
        assertEquals(List.of("pledge.approved", "pledge.approved", "pledge.approved"),
                events.stream().map(e -> e.type).toList());
        assertEquals(ids, events.stream().map(e -> e.aggregateId).toList());
    }

    @Test
    void aUnitHeadsJsonImportApprovesPeopleAndSubmitsTheUnitForTheBoard() {
        PledgeFixtures f = new PledgeFixtures(true);
        String dung = person(f.faculty, "Đỗ Thị Dung");
        List<Map<String, Object>> body = List.of(
                Map.of("personCode", dung, "titles", List.of("ADVANCED_WORKER"), "phase", 1,
                        "commitments", Map.of("GD5T", "Hoàn thành 100% giờ giảng")),
                Map.of("unitCode", unitCode(f.faculty), "titles", List.of("ADVANCED_COLLECTIVE")));
        List<String> ids = TestOrg.as(f.faculty, Roles.UNIT_HEAD).body(body).post(imports(f)).then().statusCode(200)
                .body("applied", equalTo(true))
                .body("rows.row", contains(1, 2))
                .body("rows.status", contains("APPROVED", "SUBMITTED"))
                .body("counts.approved", equalTo(1)).body("counts.submitted", equalTo(1))
                .extract().path("rows.id");
        TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/pledges/" + ids.get(0)).then()
                .body("phaseId", equalTo(f.phaseId)).body("commitments[0].text", equalTo("Hoàn thành 100% giờ giảng"));
        assertEquals(List.of("pledge.approved", "pledge.submitted"),
                outboxEvents(ids).stream().map(e -> e.type).toList());

        String etag = TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/pledges/" + ids.get(1)).then()
                .extract().header("ETag");
        TestOrg.as(f.agency, Roles.BOARD).header("If-Match", etag).post("/api/v1/pledges/" + ids.get(1) + ":approve")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void aDryRunChangesNothing() {
        PledgeFixtures f = new PledgeFixtures(true);
        String file = "personCode,titles\n" + person(f.faculty, "Hoàng Văn Bình") + ",ADVANCED_WORKER\n";
        importCsv(TestOrg.as(f.agency, Roles.BOARD), f, file, "?dryRun=true").statusCode(200)
                .body("dryRun", equalTo(true)).body("applied", equalTo(false))
                .body("counts.created", equalTo(1))
                .body("rows[0].outcome", equalTo("WOULD_CREATE")).body("rows[0].status", equalTo("APPROVED"))
                .body("rows[0].id", nullValue());
        assertEquals(0, pledgeCount(f));
        TestOrg.as(f.agency, Roles.BOARD).queryParam("entityId", f.planId).queryParam("action", "pledges.imported")
                .get("/api/v1/audit-events").then().body("items", empty());
    }

    @Test
    void eachBadRowIsReportedWithItsRowAndFieldAndAllOrNothingSavesNone() {
        PledgeFixtures f = new PledgeFixtures(true);
        String good = person(f.faculty, "Nguyễn Văn An");
        String collective = person(f.faculty, "Lò Văn Páo");
        String movement = person(f.faculty, "Tòng Thị Hoa");
        String registered = person(f.faculty, "Vũ Ngọc Ánh");
        String twice = person(f.faculty, "Đinh Văn Hùng");
        UUID otherAgency = TestOrg.agency("Sở khác");
        String stranger = person(otherAgency, "Giàng A Sử");
        String existing = TestOrg.as(f.agency, Roles.BOARD).body(Map.of("subjectKind", "PERSON", "personCode",
                registered, "titles", List.of("ADVANCED_WORKER"))).post("/api/v1/plans/" + f.planId + "/pledges")
                .then().statusCode(201).extract().path("id");
        String file = "personCode,unitCode,titles,phase,commitment:GD5T,commitment:NOPE\n"
                + good + ",,ADVANCED_WORKER,,,\n"                      // 2: valid
                + "NO-SUCH-CODE,,ADVANCED_WORKER,,,\n"                 // 3: unknown person
                + collective + ",,ADVANCED_COLLECTIVE,,,\n"            // 4: a unit's title for a person
                + movement + ",,ADVANCED_WORKER,,x,Không có phong trào này\n" // 5: unknown movement
                + registered + ",,ADVANCED_WORKER,,,\n"                // 6: has a live pledge already
                + twice + ",,ADVANCED_WORKER,,,\n"                     // 7: twice in the file
                + twice.toLowerCase() + ",,ADVANCED_WORKER,,,\n"       // 8
                + stranger + ",,ADVANCED_WORKER,,,\n"                  // 9: another agency's person
                + "," + unitCode(otherAgency) + ",ADVANCED_COLLECTIVE,,,\n" // 10: another agency's unit
                + good + "," + unitCode(f.faculty) + ",ADVANCED_WORKER,,,\n" // 11: two subjects
                + collective + ",,ADVANCED_WORKER,9,,\n";              // 12: no such phase
        ValidatableResponse report = importCsv(TestOrg.as(f.agency, Roles.BOARD).header("Accept-Language", "en"), f,
                file, "").statusCode(200)
                .body("applied", equalTo(false))
                .body("counts.total", equalTo(11)).body("counts.created", equalTo(1)).body("counts.failed", equalTo(10))
                .body("rows.row", contains(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .body("rows[0].outcome", equalTo("WOULD_CREATE"))
                .body("rows[1].errors[0].field", equalTo("personCode"))
                .body("rows[1].errors[0].code", equalTo("UNKNOWN_PERSON"))
                .body("rows[1].errors[0].message", equalTo("There is no person with the code 'NO-SUCH-CODE' in your scope."))
                .body("rows[2].errors[0].field", equalTo("titles[0]"))
                .body("rows[2].errors[0].code", equalTo("TITLE_DOES_NOT_FIT"))
                .body("rows[3].errors[0].field", equalTo("commitment:NOPE"))
                .body("rows[3].errors[0].code", equalTo("UNKNOWN_MOVEMENT"))
                .body("rows[4].errors[0].field", equalTo("personCode"))
                .body("rows[4].errors[0].code", equalTo("DUPLICATE"))
                .body("rows[4].id", equalTo(existing))
                .body("rows[5].errors[0].code", equalTo("DUPLICATE_IN_FILE"))
                .body("rows[5].errors[0].message", containsString("7, 8"))
                .body("rows[6].errors[0].code", equalTo("DUPLICATE_IN_FILE"))
                .body("rows[7].errors[0].code", equalTo("UNKNOWN_PERSON"))
                .body("rows[7].errors[0].message", containsString("no person with the code '" + stranger + "'"))
                .body("rows[8].errors[0].field", equalTo("unitCode"))
                .body("rows[8].errors[0].code", equalTo("UNKNOWN_UNIT"))
                .body("rows[9].errors[0].code", equalTo("ONE_SUBJECT"))
                .body("rows[10].errors[0].field", equalTo("phase"))
                .body("rows[10].errors[0].code", equalTo("NOT_IN_PLAN"));
        report.body("rows.findAll { it.outcome == 'FAILED' }.status", everyItem(nullValue()));
        assertEquals(1, pledgeCount(f));

        importCsv(TestOrg.as(f.agency, Roles.BOARD), f, file, "?allOrNothing=false").statusCode(200)
                .body("applied", equalTo(true))
                .body("counts.created", equalTo(1)).body("counts.failed", equalTo(10))
                .body("rows[0].outcome", equalTo("CREATED")).body("rows[0].id", notNullValue())
                .body("rows[1].outcome", equalTo("FAILED")).body("rows[1].id", nullValue());
        assertEquals(2, pledgeCount(f));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstReportAndCreatesNothing() {
        PledgeFixtures f = new PledgeFixtures(true);
        String file = "personCode;titles\n" + person(f.faculty, "Phạm Văn Đức") + ";ADVANCED_WORKER\n";
        String key = UUID.randomUUID().toString();
        importCsv(TestOrg.as(f.agency, Roles.BOARD).header("Idempotency-Key", key), f, file, "?dryRun=true")
                .statusCode(200).body("applied", equalTo(false));
        String id = importCsv(TestOrg.as(f.agency, Roles.BOARD).header("Idempotency-Key", key), f, file, "")
                .statusCode(200).header("Idempotent-Replayed", nullValue()).body("applied", equalTo(true))
                .extract().path("rows[0].id");
        importCsv(TestOrg.as(f.agency, Roles.BOARD).header("Idempotency-Key", key), f, file, "")
                .statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                .body("rows[0].outcome", equalTo("CREATED")).body("rows[0].id", equalTo(id));
        assertEquals(1, pledgeCount(f));
        assertProblem(importCsv(TestOrg.as(f.agency, Roles.BOARD).header("Idempotency-Key", key), f, file,
                "?allOrNothing=false"), 422, "IDEMPOTENCY_KEY_REUSED");
        importCsv(TestOrg.as(f.agency, Roles.BOARD), f, file, "").statusCode(200).body("applied", equalTo(false))
                .body("rows[0].errors[0].code", equalTo("DUPLICATE"));
    }

    @Test
    void outsideTheWindowAUnitHeadsRowsFailWhileTheBoardsAreAcceptedLate() {
        PledgeFixtures f = new PledgeFixtures(false);
        String file = "personCode,titles\n" + person(f.faculty, "Lường Văn Thành") + ",ADVANCED_WORKER\n"
                + person(f.faculty, "Lò Thị Hương") + ",ADVANCED_WORKER\n";
        importCsv(TestOrg.as(f.faculty, Roles.UNIT_HEAD), f, file, "?allOrNothing=false").statusCode(200)
                .body("counts.failed", equalTo(2))
                .body("rows.errors.code", everyItem(contains("REGISTRATION_CLOSED")))
                .body("rows.errors.field", everyItem(contains("$")))
                .body("rows[0].errors[0].message", containsString("hết hạn đăng ký"));
        assertEquals(0, pledgeCount(f));

        String id = importCsv(TestOrg.as(f.agency, Roles.BOARD), f, file, "").statusCode(200)
                .body("applied", equalTo(true)).body("counts.late", equalTo(2))
                .body("rows.late", everyItem(equalTo(true)))
                .extract().path("rows[0].id");
        TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/pledges/" + id).then()
                .body("status", equalTo("APPROVED"))
                .body("lateReason", equalTo(PledgeImportService.LATE_REASON));
    }

    @Test
    void membersMayNotImportAndOtherAgenciesDoNotSeeThePlan() {
        PledgeFixtures f = new PledgeFixtures(true);
        String file = "personCode,titles\n" + person(f.faculty, "Hà Văn Long") + ",ADVANCED_WORKER\n";
        assertProblem(importCsv(TestOrg.as(f.faculty, Roles.MEMBER), f, file, ""), 403, "FORBIDDEN");
        UUID other = TestOrg.agency("Sở khác");
        assertProblem(importCsv(TestOrg.as(other, Roles.BOARD), f, file, ""), 404, "NOT_FOUND");
        assertProblem(importCsv(TestOrg.as(other, Roles.UNIT_HEAD), f, file, "?dryRun=true"), 404, "NOT_FOUND");
        assertEquals(0, pledgeCount(f));
    }

    @Test
    void aFileThatCannotBeReadIsABadRequest() {
        PledgeFixtures f = new PledgeFixtures(true);
        assertProblem(importCsv(TestOrg.as(f.agency, Roles.BOARD), f, "personCode;Số điện thoại\nA;0912\n", ""), 400,
                "VALIDATION_FAILED")
                .body("errors.field", contains("Số điện thoại", "titles"))
                .body("errors.code", contains("UNKNOWN_COLUMN", "MISSING_COLUMN"));
        assertProblem(TestOrg.as(f.agency, Roles.BOARD).body(Map.of("personCode", "A")).post(imports(f)).then(),
                400, "MALFORMED_JSON");
        assertProblem(importCsv(TestOrg.as(f.agency, Roles.BOARD), f, "personCode,titles\nA,B\n", "?dryRun=yes"),
                400, "VALIDATION_FAILED").body("errors.field", hasItem("dryRun"));
    }
}
