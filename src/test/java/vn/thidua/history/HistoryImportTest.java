package vn.thidua.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;

@QuarkusTest
class HistoryImportTest {

    private static ValidatableResponse csv(RequestSpecification as, String collection, String file, String query) {
        return as.contentType("text/csv; charset=UTF-8").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/" + collection + ":import" + query).then();
    }

    private static int total(HistoryFixtures f, String collection, HistoryFixtures.Person person) {
        return f.board().queryParam("person", person.id()).get("/api/v1/" + collection).then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void assessmentsComeFromACsvWithBomSemicolonsVietnameseHeadersAndRatingWordsAndUpsertByYear() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        HistoryFixtures.Person anh = f.person(f.faculty, "Trần Thị Ánh");
        String file = "\uFEFFMã cán bộ;Mã đơn vị;Năm;Xếp loại;Số tháng công tác;Ghi chú\r\n"
                + duc.code() + ";;2023;Hoàn thành xuất sắc nhiệm vụ;12;\r\n"
                + duc.code().toLowerCase() + ";;2024;htt;6;Nghỉ thai sản 6 tháng\r\n"
                + anh.code() + ";;2024;HOAN THANH NHIEM VU;;\r\n"
                + ";" + f.facultyCode + ";2024;HTXS;;\r\n";
        csv(f.as(f.faculty, Roles.UNIT_HEAD), "annual-assessments", file, "").statusCode(200)
                .body("applied", equalTo(true)).body("counts.created", equalTo(4))
                .body("rows.outcome", everyItem(equalTo("CREATED"))).body("rows.row", contains(2, 3, 4, 5))
                .body("rows.code", contains(duc.code(), duc.code().toLowerCase(), anh.code(), f.facultyCode));
        f.board().queryParam("person", duc.id()).queryParam("sort", "year").get("/api/v1/annual-assessments").then()
                .body("items.rating", contains("EXCELLENT", "GOOD")).body("items[1].monthsEmployed", equalTo(6))
                .body("items[1].note", equalTo("Nghỉ thai sản 6 tháng"));

        // the same file with one rating changed: one UPDATED, the rest UNCHANGED, the update audited before/after
        String changed = file.replace("2024;HOAN THANH NHIEM VU", "2024;Không hoàn thành nhiệm vụ");
        String updatedId = csv(f.board(), "annual-assessments", changed, "").statusCode(200)
                .body("applied", equalTo(true)).body("counts.updated", equalTo(1)).body("counts.unchanged", equalTo(3))
                .body("rows.outcome", contains("UNCHANGED", "UNCHANGED", "UPDATED", "UNCHANGED"))
                .extract().path("rows[2].id");
        f.board().queryParam("entityId", updatedId).queryParam("action", "annual-assessment.updated")
                .get("/api/v1/audit-events").then()
                .body("items[0].changes.rating.before", equalTo("COMPLETED"))
                .body("items[0].changes.rating.after", equalTo("NOT_COMPLETED"));
        f.board().queryParam("action", "annual-assessments.imported").queryParam("entityType", "annual-assessment")
                .get("/api/v1/audit-events").then().statusCode(200);
    }

    @Test
    void aDryRunAndAnAllOrNothingImportWithAFailedRowSaveNothingAndRowErrorsComeInEnglish() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        String file = "personCode,year,rating,monthsEmployed\n"
                + duc.code() + ",2024,GOOD,12\n"
                + "NO-SUCH-CODE,2024,GOOD,12\n"
                + duc.code() + ",20x4,Tuyệt vời,13\n"
                + duc.code() + ",2024,EXCELLENT,\n";
        csv(f.board().header("Accept-Language", "en"), "annual-assessments", file, "").statusCode(200)
                .body("applied", equalTo(false)).body("counts.failed", equalTo(4))
                .body("rows[1].errors[0].field", equalTo("personCode"))
                .body("rows[1].errors[0].code", equalTo("UNKNOWN_PERSON"))
                .body("rows[1].errors[0].message", equalTo("There is no person with the code 'NO-SUCH-CODE' in your "
                        + "scope."))
                .body("rows[2].errors.field", contains("year", "rating"))
                .body("rows[2].errors[0].message", equalTo("Must be an integer."))
                .body("rows[0].errors[0].code", equalTo("DUPLICATE_IN_FILE"))
                .body("rows[0].errors[0].message", equalTo("Another row of the file has the same key (rows 2, 5)."));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(f, "annual-assessments", duc));

        String good = "personCode,year,rating\n" + duc.code() + ",2024,GOOD\n" + duc.code() + ",2025,Tuyệt vời\n";
        csv(f.board(), "annual-assessments", good, "?dryRun=true&allOrNothing=false").statusCode(200)
                .body("dryRun", equalTo(true)).body("applied", equalTo(false))
                .body("rows.outcome", contains("WOULD_CREATE", "FAILED"));
        org.junit.jupiter.api.Assertions.assertEquals(0, total(f, "annual-assessments", duc));
        csv(f.board(), "annual-assessments", good, "?allOrNothing=false").statusCode(200)
                .body("applied", equalTo(true)).body("rows.outcome", contains("CREATED", "FAILED"))
                .body("rows[0].id", notNullValue()).body("rows[1].id", nullValue());
        org.junit.jupiter.api.Assertions.assertEquals(1, total(f, "annual-assessments", duc));

        assertProblem(csv(f.board(), "annual-assessments", "personCode;rating;colour\nX;GOOD;red\n", ""), 400,
                "VALIDATION_FAILED").body("errors.field", contains("colour", "year"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstReportAndSavesOnce() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        List<Map<String, Object>> rows = List.of(Map.of("personCode", duc.code(), "measure", "Khiển trách",
                "decidedOn", "2023-05-10", "servedUntil", "2024-05-09", "decisionNumber", "45/QĐ-TCT"));
        String first = f.board().header("Idempotency-Key", "measures-" + duc.code()).body(rows)
                .post("/api/v1/disciplinary-measures:import").then().statusCode(200)
                .body("applied", equalTo(true)).body("rows[0].outcome", equalTo("CREATED")).extract().path("rows[0].id");
        f.board().header("Idempotency-Key", "measures-" + duc.code()).body(rows)
                .post("/api/v1/disciplinary-measures:import").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("rows[0].id", equalTo(first));
        org.junit.jupiter.api.Assertions.assertEquals(1, total(f, "disciplinary-measures", duc));
        f.board().get("/api/v1/disciplinary-measures/" + first).then().body("measure", equalTo("REPRIMAND"))
                .body("decidedOn", equalTo("2023-05-10"));
        // without the key, the same row is a duplicate of the measure now recorded
        f.board().body(rows).post("/api/v1/disciplinary-measures:import").then().statusCode(200)
                .body("applied", equalTo(false)).body("rows[0].errors[0].code", equalTo("DUPLICATE"))
                .body("rows[0].id", equalTo(first));
    }

    @Test
    void initiativesNameTheirAuthorsByCodeAndAwardHistoryUpsertsButLeavesDecisionsAlone() {
        HistoryFixtures f = new HistoryFixtures();
        HistoryFixtures.Person duc = f.person();
        HistoryFixtures.Person anh = f.person(f.office, "Trần Thị Ánh");
        String initiatives = "Loại;Tên sáng kiến;Mã tác giả;Mã đơn vị;Cơ quan công nhận;Số quyết định;Ngày công nhận;"
                + "Phạm vi ảnh hưởng\n"
                + "Sáng kiến;Giảng dạy bằng tình huống;" + duc.code() + "|" + anh.code() + ";;Hội đồng sáng kiến;"
                + "112/QĐ-TCT;20/11/2024;Cơ sở\n"
                + "Đề tài;Nâng cao chất lượng bồi dưỡng;;" + f.facultyCode + ";Sở Khoa học và Công nghệ;08/QĐ-SKHCN;"
                + "15/06/2024;Tỉnh\n"
                + "Sáng kiến;Không tác giả;;;Hội đồng sáng kiến;113/QĐ-TCT;20/11/2024;Cơ sở\n"
                + "Sáng kiến;Tác giả lạ;" + duc.code() + "|KHONG-CO;;Hội đồng sáng kiến;114/QĐ-TCT;20/11/2024;Cơ sở\n";
        csv(f.as(f.agency, Roles.UNIT_HEAD).header("Accept-Language", "en"), "initiatives", initiatives,
                "?allOrNothing=false").statusCode(200)
                .body("rows.outcome", contains("CREATED", "CREATED", "FAILED", "FAILED"))
                .body("rows[2].errors[0].field", equalTo("Mã tác giả"))
                .body("rows[3].errors[0].field", equalTo("Mã tác giả[1]"))
                .body("rows[3].errors[0].code", equalTo("UNKNOWN_PERSON"));
        f.board().queryParam("person", anh.id()).get("/api/v1/initiatives").then()
                .body("items[0].authorIds", hasItem(anh.id().toString())).body("items[0].level", equalTo("BASE"))
                .body("items[0].unitId", equalTo(f.agency.toString()));
        f.board().queryParam("unit", f.faculty).queryParam("level", "PROVINCE").get("/api/v1/initiatives").then()
                .body("items[0].kind", equalTo("SCIENCE_PROJECT")).body("items[0].authorIds", empty());

        String awards = "personCode;unitCode;year;awardCode;decisionNumber;decisionDate\n"
                + duc.code() + ";;2023;GRASSROOTS_EMULATION_FIGHTER;215/QĐ-TCT;28/12/2023\n"
                + ";" + f.facultyCode + ";2022;CERTIFICATE_OF_MERIT;180/QĐ-TCT;\n";
        csv(f.board(), "award-records", awards, "").statusCode(200).body("counts.created", equalTo(2));
        csv(f.board(), "award-records", awards.replace("215/QĐ-TCT", "216/QĐ-TCT"), "").statusCode(200)
                .body("rows.outcome", contains("UPDATED", "UNCHANGED"));
        f.board().get("/api/v1/people/" + duc.id() + "/awards").then().body("items[0].decisionNumber",
                equalTo("216/QĐ-TCT")).body("items[0].source", equalTo("IMPORTED"));
        csv(f.board(), "award-records", "personCode;year;awardCode;decisionNumber\n" + anh.code()
                + ";2023;ADVANCED_COLLECTIVE;1/QĐ\n", "").statusCode(200)
                .body("rows[0].errors[0].field", equalTo("awardCode"))
                .body("rows[0].errors[0].code", equalTo("AWARD_DOES_NOT_FIT"));
    }
}
