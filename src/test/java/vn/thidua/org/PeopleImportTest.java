package vn.thidua.org;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.audit.AuditEvent;
import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class PeopleImportTest {

    private static final String PEOPLE = "/api/v1/people";
    private static final String IMPORT = PEOPLE + ":import";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** An agency with one unit whose code the files can name. */
    private record Org(UUID agency, UUID unit, String unitCode) {
        static Org create(String name) {
            UUID agency = TestOrg.agency(name);
            UUID unit = TestOrg.unit(agency, "Khoa " + name, "DEPARTMENT");
            String code = TestOrg.asRootAdmin().get("/api/v1/units/" + unit).then().extract().path("code");
            return new Org(agency, unit, code);
        }
    }

    private static RequestSpecification csv(UUID scope, String role, String body) {
        return TestOrg.as(scope, role).contentType("text/csv; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse importCsv(UUID scope, String body, String query) {
        return csv(scope, Roles.ADMIN, body).post(IMPORT + query).then();
    }

    private static int countIn(UUID unit) {
        return TestOrg.asRootAdmin().queryParam("within", unit.toString()).get(PEOPLE).then().statusCode(200)
                .extract().path("total");
    }

    private List<AuditEvent> audit(String action, UUID unit) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from AuditEvent where action = ?1 and unitId = ?2 order by id", AuditEvent.class)
                .setParameter(1, action).setParameter(2, unit).getResultList());
    }

    @Test
    void aCsvWithBomSemicolonsAndVietnameseHeadersIsImported() {
        Org org = Org.create("CSV");
        String a = TestOrg.uniqueCode("CB");
        String b = TestOrg.uniqueCode("CB");
        String file = "\uFEFFMã;Họ và tên;Giới tính;Ngày sinh;Chức vụ;Mã đơn vị;Thư điện tử\r\n"
                + a + ";Nguyễn Văn Đức;Nam;27/03/1985;Giảng viên, Khoa LLCS;" + org.unitCode() + ";duc@laichau.gov.vn\r\n"
                + b + ";Trần Thị Ánh;FEMALE;1990-11-02;Phó Trưởng khoa;" + org.unitCode().toLowerCase() + ";\r\n";
        importCsv(org.agency(), file, "").statusCode(200)
                .body("dryRun", equalTo(false)).body("applied", equalTo(true))
                .body("counts.total", equalTo(2)).body("counts.created", equalTo(2)).body("counts.failed", equalTo(0))
                .body("rows.row", contains(2, 3))
                .body("rows.code", contains(a, b))
                .body("rows.outcome", contains("CREATED", "CREATED"))
                .body("rows.id", everyItem(notNullValue()))
                .body("rows.errors", everyItem(empty()));

        TestOrg.as(org.agency(), Roles.LEADER).queryParam("unit", org.unit().toString()).get(PEOPLE).then()
                .body("items.fullName", contains("Trần Thị Ánh", "Nguyễn Văn Đức"))
                .body("items[1].gender", equalTo("MALE"))
                .body("items[1].dateOfBirth", equalTo("1985-03-27"))
                .body("items[1].position", equalTo("Giảng viên, Khoa LLCS"))
                .body("items[1].familyName", equalTo("Nguyễn"))
                .body("items[0].gender", equalTo("FEMALE"))
                .body("items[0].email", nullValue());
    }

    @Test
    void aJsonArrayIsImportedWithOneBasedRowNumbers() {
        Org org = Org.create("JSON");
        String a = TestOrg.uniqueCode("J");
        List<Map<String, Object>> body = List.of(
                Map.of("code", a, "fullName", "Lê Đức Anh", "unitCode", org.unitCode(), "gender", "MALE",
                        "active", false),
                Map.of("code", TestOrg.uniqueCode("J"), "fullName", "Đỗ Thị Dung", "unitCode", org.unitCode()));
        TestOrg.as(org.agency(), Roles.BOARD).body(body).post(IMPORT).then().statusCode(200)
                .body("applied", equalTo(true))
                .body("rows.row", contains(1, 2))
                .body("rows.outcome", contains("CREATED", "CREATED"));
        TestOrg.as(org.agency(), Roles.ADMIN).queryParam("q", a).get(PEOPLE).then()
                .body("items[0].active", equalTo(false)).body("items[0].givenName", equalTo("Anh"));
    }

    @Test
    void aJsonFileSavedWithAByteOrderMarkIsReadAsWithout() {
        Org org = Org.create("JSON BOM");
        byte[] file = ("\uFEFF[{\"code\": \"" + TestOrg.uniqueCode("B") + "\", \"fullName\": \"Lò Văn Minh\", "
                + "\"unitCode\": \"" + org.unitCode() + "\", \"active\": true}]").getBytes(StandardCharsets.UTF_8);
        TestOrg.as(org.agency(), Roles.BOARD).contentType("application/json").body(file).post(IMPORT).then()
                .statusCode(200).body("applied", equalTo(true)).body("rows.outcome", contains("CREATED"));
    }

    @Test
    void aJsonRowsValueOfAnotherTypeThanItsColumnsIsARowError() {
        Org org = Org.create("JSON types");
        TestOrg.as(org.agency(), Roles.BOARD).body("""
                [{"code": 12345, "fullName": "Lò Văn Minh", "unitCode": "%s", "active": "true"}]
                """.formatted(org.unitCode())).post(IMPORT).then()
                .statusCode(200).body("applied", equalTo(false))
                .body("rows[0].errors.findAll { it.code == 'INVALID_TYPE' }.field", contains("code", "active"));
        assertEquals(0, countIn(org.agency()));
    }

    @Test
    void aDryRunChangesNothing() {
        Org org = Org.create("Dry run");
        String file = "code,fullName,unitCode\n" + TestOrg.uniqueCode("D") + ",Hoàng Văn Bình," + org.unitCode()
                + "\n";
        importCsv(org.agency(), file, "?dryRun=true").statusCode(200)
                .body("dryRun", equalTo(true)).body("applied", equalTo(false))
                .body("counts.created", equalTo(1))
                .body("rows[0].outcome", equalTo("WOULD_CREATE")).body("rows[0].id", nullValue());
        assertEquals(0, countIn(org.agency()));
        assertEquals(0, audit("people.imported", org.agency()).size());
    }

    @Test
    void allOrNothingWithBadRowsChangesNothingAndReportsEachBadRow() {
        Org org = Org.create("All or nothing");
        String file = allOrNothingFile(org);
        importCsv(org.agency(), file, "").statusCode(200)
                .body("applied", equalTo(false))
                .body("counts.total", equalTo(5)).body("counts.created", equalTo(1)).body("counts.failed", equalTo(4))
                .body("rows.outcome", contains("WOULD_CREATE", "FAILED", "FAILED", "FAILED", "FAILED"))
                .body("rows.row", contains(2, 3, 4, 5, 6))
                .body("rows[1].errors.field", contains("dateOfBirth"))
                .body("rows[1].errors[0].code", equalTo("INVALID_TYPE"))
                .body("rows[1].errors[0].message", equalTo("Phải là ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY."))
                .body("rows[2].errors.field", contains("unitCode"))
                .body("rows[2].errors[0].code", equalTo("UNKNOWN_UNIT"))
                .body("rows[3].errors.field", contains("gender", "email"))
                .body("rows[3].errors.code", contains("INVALID_VALUE", "EMAIL"))
                .body("rows[3].errors[1].message", equalTo("phải là địa chỉ email hợp lệ"))
                .body("rows[4].errors.field", contains("fullName", "dateOfBirth"))
                .body("rows[4].errors.code", contains("NOT_BLANK", "PAST"));
        assertEquals(0, countIn(org.agency()));
    }

    private static String allOrNothingFile(Org org) {
        return "code,fullName,gender,dateOfBirth,unitCode,email\n"
                + TestOrg.uniqueCode("G") + ",Người Tốt,,," + org.unitCode() + ",\n"
                + TestOrg.uniqueCode("B") + ",Ngày Sai,,31/02/1990," + org.unitCode() + ",\n"
                + TestOrg.uniqueCode("B") + ",Đơn Vị Lạ,,,NO-SUCH-UNIT,\n"
                + TestOrg.uniqueCode("B") + ",Hai Lỗi,OTHER,," + org.unitCode() + ",not-an-email\n"
                + TestOrg.uniqueCode("B") + ", ,,2999-01-01," + org.unitCode() + ",\n";
    }

    /** Found by the contract fuzzer: a noncharacter once stored broke the PDF that printed it. */
    @Test
    void aCellThatCannotBePrintedIsItsRowsErrorNamingTheColumn() {
        Org org = Org.create("Unprintable");
        String file = "Mã;Họ và tên;Chức vụ;Mã đơn vị\r\n"
                + TestOrg.uniqueCode("U") + ";Nguyễn Văn Đức;Giảng viên;" + org.unitCode() + "\r\n"
                + TestOrg.uniqueCode("U") + ";Trần Thị Ánh\uFFFE;Giảng viên;" + org.unitCode() + "\r\n"
                + TestOrg.uniqueCode("U") + ";Đỗ Thị Dung;Phó\uFDD0 Trưởng khoa\u0085;" + org.unitCode() + "\r\n";
        importCsv(org.agency(), file, "?allOrNothing=true").statusCode(200)
                .body("applied", equalTo(false))
                .body("rows.outcome", contains("WOULD_CREATE", "FAILED", "FAILED"))
                .body("rows[1].errors.field", everyItem(equalTo("Họ và tên")))
                .body("rows[1].errors[0].code", equalTo("CONTROL_CHARACTERS"))
                .body("rows[2].errors.field", contains("Chức vụ"))
                .body("rows[2].errors[0].code", equalTo("CONTROL_CHARACTERS"));
        String json = "[{\"code\": \"" + TestOrg.uniqueCode("U") + "\", \"fullName\": \"L\u00ea \\uffff\", \"unitCode\": \""
                + org.unitCode() + "\"}, {\"code\": \"" + TestOrg.uniqueCode("U") + "\", \"fullName\": \"L\u00ea \\ud800\","
                + " \"unitCode\": \"" + org.unitCode() + "\"}]";
        TestOrg.as(org.agency(), Roles.ADMIN).header("Accept-Language", "en").body(json).post(IMPORT).then()
                .statusCode(200)
                .body("rows.outcome", contains("FAILED", "FAILED"))
                .body("rows[0].errors[0].field", equalTo("fullName"))
                .body("rows[1].errors[0].field", equalTo("fullName"))
                .body("rows[0].errors[0].code", equalTo("CONTROL_CHARACTERS"))
                .body("rows[1].errors[0].code", equalTo("CONTROL_CHARACTERS"))
                .body("rows[0].errors[0].message", containsString("noncharacters such as U+FFFE and U+FFFF"));
        assertEquals(0, countIn(org.agency()));
    }

    /** Found by the contract fuzzer: a name of non-breaking and em spaces reached the name splitter, a 500. */
    @Test
    void aNameOfInvisibleSpacesIsARowError() {
        Org org = Org.create("Invisible");
        List<Map<String, Object>> body = List.of(Map.of("code", TestOrg.uniqueCode("I"), "fullName", "\u00A0\u2003",
                "unitCode", org.unitCode()));
        TestOrg.as(org.agency(), Roles.ADMIN).body(body).post(IMPORT).then().statusCode(200)
                .body("applied", equalTo(false))
                .body("rows[0].outcome", equalTo("FAILED"))
                .body("rows[0].errors.field", contains("fullName"))
                .body("rows[0].errors[0].code", equalTo("NOT_BLANK"));
        assertEquals(0, countIn(org.agency()));
    }

    @Test
    void errorsFollowTheCallersLanguage() {
        Org org = Org.create("English");
        csv(org.agency(), Roles.ADMIN, allOrNothingFile(org)).header("Accept-Language", "en").post(IMPORT).then()
                .statusCode(200)
                .body("rows[1].errors[0].message", equalTo("Must be a date as YYYY-MM-DD or DD/MM/YYYY."))
                .body("rows[2].errors[0].message", containsString("There is no unit with the code 'NO-SUCH-UNIT'"))
                .body("rows[3].errors[1].message", equalTo("must be a well-formed email address"));
    }

    @Test
    void withoutAllOrNothingTheGoodRowsAreApplied() {
        Org org = Org.create("Partial");
        importCsv(org.agency(), allOrNothingFile(org), "?allOrNothing=false").statusCode(200)
                .body("applied", equalTo(true))
                .body("counts.created", equalTo(1)).body("counts.failed", equalTo(4))
                .body("rows.outcome", contains("CREATED", "FAILED", "FAILED", "FAILED", "FAILED"));
        assertEquals(1, countIn(org.agency()));
        List<AuditEvent> imported = audit("people.imported", org.agency());
        assertEquals(1, imported.size());
    }

    @Test
    void rowsMatchExistingPeopleByCodeAndUpdateOnlyWhatDiffers() throws Exception {
        Org org = Org.create("Updates");
        UUID office = TestOrg.unit(org.agency(), "Phòng Tổ chức", "DEPARTMENT");
        String officeCode = TestOrg.asRootAdmin().get("/api/v1/units/" + office).then().extract().path("code");
        String a = TestOrg.uniqueCode("U");
        String b = TestOrg.uniqueCode("U");
        importCsv(org.agency(), "code,fullName,position,unitCode\n"
                + a + ",Vũ Thị Hạnh,Chuyên viên," + org.unitCode() + "\n"
                + b + ",Vũ Văn Hùng,Chuyên viên," + org.unitCode() + "\n", "").statusCode(200)
                .body("counts.created", equalTo(2));
        String id = TestOrg.asRootAdmin().queryParam("q", a).get(PEOPLE).then().extract().path("items[0].id");

        // a is promoted and moved (code in other case); b is repeated as is; no email column: emails stay
        importCsv(org.agency(), "code,fullName,position,unitCode\n"
                + a.toLowerCase() + ",Vũ Thị Hạnh,Trưởng phòng," + officeCode + "\n"
                + b + ",Vũ Văn Hùng,Chuyên viên," + org.unitCode() + "\n", "").statusCode(200)
                .body("counts.updated", equalTo(1)).body("counts.unchanged", equalTo(1))
                .body("rows.outcome", contains("UPDATED", "UNCHANGED"))
                .body("rows[0].id", equalTo(id));
        TestOrg.asRootAdmin().get(PEOPLE + "/" + id).then().body("position", equalTo("Trưởng phòng"))
                .body("code", equalTo(a)).body("unitId", equalTo(office.toString())).body("version", equalTo(1));

        List<AuditEvent> updates = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "from AuditEvent where action = 'person.updated' and entityId = ?1", AuditEvent.class)
                .setParameter(1, id).getResultList());
        assertEquals(1, updates.size());
        JsonNode changes = json.readTree(updates.get(0).changes);
        assertEquals("Chuyên viên", changes.at("/position/before").asText());
        assertEquals("Trưởng phòng", changes.at("/position/after").asText());
        assertEquals(org.unit().toString(), changes.at("/unitId/before").asText());
        assertEquals(office.toString(), changes.at("/unitId/after").asText());
        assertEquals(false, changes.has("fullName"));

        List<AuditEvent> imports = audit("people.imported", org.agency());
        assertEquals(2, imports.size());
        JsonNode counts = json.readTree(imports.get(1).changes);
        assertEquals(1, counts.at("/updated/after").asInt());
        assertEquals(1, counts.at("/unchanged/after").asInt());
        assertEquals("csv", counts.at("/format/after").asText());
        List<String> outbox = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select type from OutboxEvent where aggregateId = ?1 order by position", String.class)
                .setParameter(1, id).getResultList());
        assertEquals(List.of("person.created", "person.updated"), outbox);
    }

    /** Found by the contract fuzzer: 10,000 copies of a row made each error name all 10,000 rows, a report of 500 MB. */
    @Test
    void aCodeRepeatedManyTimesNamesAFewOfItsRowsNotAll() {
        Org org = Org.create("Many duplicates");
        Map<String, Object> row = Map.of("code", TestOrg.uniqueCode("MANY"), "fullName", "Lò Văn Pó",
                "unitCode", org.unitCode());
        List<Map<String, Object>> body = java.util.Collections.nCopies(2_000, row);
        String report = TestOrg.as(org.agency(), Roles.ADMIN).body(body).post(IMPORT).then().statusCode(200)
                .body("applied", equalTo(false))
                .body("rows[1999].errors[0].code", equalTo("DUPLICATE_IN_FILE"))
                .body("rows[1999].errors[0].message", containsString("(các dòng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …, 2000)"))
                .extract().asString();
        assertTrue(report.length() < 1_000_000, "report of " + report.length() + " characters");
    }

    @Test
    void aCodeTwiceInOneFileFailsEveryOccurrence() {
        Org org = Org.create("Duplicates");
        String dup = TestOrg.uniqueCode("DUP");
        importCsv(org.agency(), "code,fullName,unitCode\n"
                + dup + ",Một," + org.unitCode() + "\n"
                + TestOrg.uniqueCode("OK") + ",Hai," + org.unitCode() + "\n"
                + dup.toLowerCase() + ",Ba," + org.unitCode() + "\n", "?allOrNothing=false").statusCode(200)
                .body("rows.outcome", contains("FAILED", "CREATED", "FAILED"))
                .body("rows[0].errors[0].code", equalTo("DUPLICATE_IN_FILE"))
                .body("rows[0].errors[0].message", equalTo("Mã này xuất hiện nhiều lần trong tệp (các dòng 2, 4)."))
                .body("rows[2].errors[0].field", equalTo("code"));
        assertEquals(1, countIn(org.agency()));
    }

    @Test
    void aRetriedImportWithTheSameKeyIsNotImportedTwice() {
        Org org = Org.create("Idempotent");
        String file = "code,fullName,unitCode\n" + TestOrg.uniqueCode("I") + ",Kim Văn Một," + org.unitCode() + "\n";
        String key = UUID.randomUUID().toString();
        String first = csv(org.agency(), Roles.ADMIN, file).header("Idempotency-Key", key).post(IMPORT).then()
                .statusCode(200).header("Idempotent-Replayed", nullValue())
                .body("rows[0].outcome", equalTo("CREATED")).extract().path("rows[0].id");
        csv(org.agency(), Roles.ADMIN, file).header("Idempotency-Key", key).post(IMPORT).then()
                .statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                .body("rows[0].outcome", equalTo("CREATED")).body("rows[0].id", equalTo(first));
        assertEquals(1, countIn(org.agency()));
        assertEquals(1, audit("people.imported", org.agency()).size());
        assertEquals(1, audit("person.created", org.unit()).size());
        assertProblem(csv(org.agency(), Roles.ADMIN, file).header("Idempotency-Key", key)
                .post(IMPORT + "?dryRun=true").then(), 422, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aRejectedImportIsNotRememberedSoItsRetryRunsAgain() {
        Org org = Org.create("Rejected retry");
        String unitCode = TestOrg.uniqueCode("LATER");
        String file = "code,fullName,unitCode\n" + TestOrg.uniqueCode("R") + ",Lý Văn Chờ," + unitCode + "\n";
        String key = UUID.randomUUID().toString();
        csv(org.agency(), Roles.ADMIN, file).header("Idempotency-Key", key).post(IMPORT).then().statusCode(200)
                .body("applied", equalTo(false)).body("rows[0].errors[0].code", equalTo("UNKNOWN_UNIT"));
        TestOrg.asRootAdmin().body(Map.of("code", unitCode, "name", "Later", "kind", "DEPARTMENT",
                "parentId", org.agency().toString())).post("/api/v1/units").then().statusCode(201);
        csv(org.agency(), Roles.ADMIN, file).header("Idempotency-Key", key).post(IMPORT).then().statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("applied", equalTo(true)).body("rows[0].outcome", equalTo("CREATED"));
    }

    @Test
    void anotherAgencysUnitsAndPeopleCannotBeReachedByImport() {
        Org mine = Org.create("Mine");
        Org theirs = Org.create("Theirs");
        String theirCode = TestOrg.uniqueCode("THEIRS");
        importCsv(theirs.agency(), "code,fullName,unitCode\n" + theirCode + ",Đào Thị Khác," + theirs.unitCode()
                + "\n", "").body("counts.created", equalTo(1));
        String theirId = TestOrg.asRootAdmin().queryParam("q", theirCode).get(PEOPLE).then()
                .extract().path("items[0].id");

        for (String role : new String[] {Roles.ADMIN, Roles.BOARD}) {
            csv(mine.agency(), role, "code,fullName,unitCode\n"
                    + TestOrg.uniqueCode("X") + ",Cài Cắm," + theirs.unitCode() + "\n").post(IMPORT).then()
                    .statusCode(200)
                    .body("rows.outcome", contains("FAILED"))
                    .body("rows[0].errors[0].code", equalTo("UNKNOWN_UNIT"));
        }
        assertEquals(0, countIn(mine.agency()));
        // codes are unique per agency: their code is free in mine, and naming it reaches a new person of mine only
        String mineId = csv(mine.agency(), Roles.ADMIN, "code,fullName,unitCode\n" + theirCode + ",Chiếm Đoạt,"
                + mine.unitCode() + "\n").post(IMPORT).then().statusCode(200)
                .body("rows[0].outcome", equalTo("CREATED")).extract().path("rows[0].id");
        assertNotEquals(theirId, mineId);
        TestOrg.asRootAdmin().get(PEOPLE + "/" + theirId).then().body("fullName", equalTo("Đào Thị Khác"))
                .body("version", equalTo(0));
        assertEquals(1, countIn(mine.agency()));
        assertProblem(csv(theirs.agency(), Roles.UNIT_HEAD, "code,fullName,unitCode\n").post(IMPORT).then(), 403,
                "FORBIDDEN");
    }

    @Test
    void aBadHeaderIsABadRequestNamingTheColumns() {
        Org org = Org.create("Header");
        assertProblem(importCsv(org.agency(), "code;Họ tên;Số điện thoại\nA;B;C\n", ""), 400, "VALIDATION_FAILED")
                .body("errors.field", contains("Số điện thoại", "unitCode"))
                .body("errors.code", contains("UNKNOWN_COLUMN", "MISSING_COLUMN"))
                .body("errors[0].message", containsString("Số điện thoại"));
    }

    @Test
    void unreadableFilesAreBadRequests() {
        Org org = Org.create("Unreadable");
        assertProblem(importCsv(org.agency(), "", ""), 400, "BAD_REQUEST");
        assertProblem(TestOrg.as(org.agency(), Roles.ADMIN).contentType("text/csv")
                .body(new byte[] {'c', 'o', 'd', 'e', ',', (byte) 0xC3, '\n'}).post(IMPORT).then(), 400, "BAD_REQUEST")
                .body("detail", containsString("UTF-8"));
        assertProblem(importCsv(org.agency(), "code,fullName,unitCode\nA,\"B,K\n", ""), 400, "BAD_REQUEST");
        assertProblem(TestOrg.as(org.agency(), Roles.ADMIN).body("{\"code\":\"A\"}").post(IMPORT).then(), 400,
                "MALFORMED_JSON");
        assertProblem(TestOrg.as(org.agency(), Roles.ADMIN).body("[{\"code\":").post(IMPORT).then(), 400,
                "MALFORMED_JSON");
        assertProblem(TestOrg.as(org.agency(), Roles.ADMIN).contentType("application/xml").body("<people/>")
                .post(IMPORT).then(), 415, "UNSUPPORTED_MEDIA_TYPE");
        // a slip in dryRun must not be read as false and save
        assertProblem(importCsv(org.agency(), "code,fullName,unitCode\n", "?dryRun=yes"), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void moreThanFiftyThousandRowsAreRefused() {
        Org org = Org.create("Too many");
        StringBuilder file = new StringBuilder("code,fullName,unitCode\n");
        for (int i = 0; i <= 50_000; i++) {
            file.append("C").append(i).append(",An,").append(org.unitCode()).append('\n');
        }
        assertProblem(importCsv(org.agency(), file.toString(), ""), 400, "BAD_REQUEST")
                .body("detail", containsString("50.000"));
    }

    @Test
    void jsonRowsWithBadShapesAreRowErrors() {
        Org org = Org.create("JSON errors");
        TestOrg.as(org.agency(), Roles.ADMIN).body("""
                [{"code": "%s", "fullName": "Đúng", "unitCode": "%s", "phone": "0912"},
                 "text",
                 {"fullName": "Không Mã", "unitCode": "%s", "gender": ["MALE"]}]
                """.formatted(TestOrg.uniqueCode("JE"), org.unitCode(), org.unitCode())).post(IMPORT).then()
                .statusCode(200).body("applied", equalTo(false))
                .body("rows.outcome", contains("FAILED", "FAILED", "FAILED"))
                .body("rows[0].errors.field", contains("phone"))
                .body("rows[0].errors.code", contains("UNKNOWN_FIELD"))
                .body("rows[1].errors.field", contains("$"))
                .body("rows[2].errors.field", contains("gender", "code"))
                .body("rows[2].code", nullValue());
        assertEquals(0, countIn(org.agency()));
    }

    @Test
    void anEmptyFileImportsNothing() {
        Org org = Org.create("Empty");
        importCsv(org.agency(), "code,fullName,unitCode\n", "").statusCode(200)
                .body("applied", equalTo(true)).body("counts.total", equalTo(0)).body("rows", hasSize(0));
    }
}
