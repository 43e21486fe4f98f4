package vn.thidua.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/** The registration list, written as CSV and XLSX and read back as Excel would. */
@QuarkusTest
class PledgeExportTest {

    private static PledgeFixtures withPledges() {
        PledgeFixtures f = new PledgeFixtures(true);
        for (String name : List.of("Đỗ Thị Dung", "Nguyễn Văn An", "Trần Thị Ánh")) {
            UUID person = f.person(name);
            TestOrg.as(f.faculty, Roles.UNIT_HEAD).body(PledgeFixtures.forPerson(person, "ADVANCED_WORKER"))
                    .post("/api/v1/plans/" + f.planId + "/pledges").then().statusCode(201);
        }
        TestOrg.as(f.faculty, Roles.UNIT_HEAD).body(PledgeFixtures.forUnit(f.faculty, "ADVANCED_COLLECTIVE"))
                .post("/api/v1/plans/" + f.planId + "/pledges").then().statusCode(201);
        return f;
    }

    private static final List<List<String>> EXPECTED = List.of(
            List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu đăng ký"),
            List.of("1", "Nguyễn Văn An", "", "Khoa Lý luận cơ sở", "Lao động tiên tiến"),
            List.of("2", "Trần Thị Ánh", "", "Khoa Lý luận cơ sở", "Lao động tiên tiến"),
            List.of("3", "Đỗ Thị Dung", "", "Khoa Lý luận cơ sở", "Lao động tiên tiến"),
            List.of("4", "Khoa Lý luận cơ sở", "", "", "Tập thể lao động tiên tiến"));

    @Test
    void csvOpensInExcelWithItsVietnameseAndStaffListOrder() throws IOException {
        PledgeFixtures f = withPledges();
        Response response = TestOrg.as(f.agency, Roles.BOARD).accept("*/*").queryParam("unit", f.faculty.toString())
                .get("/api/v1/plans/" + f.planId + "/pledges:export");
        response.then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"));
        byte[] body = response.asByteArray();
        assertEquals(0xEF, body[0] & 0xFF, "a UTF-8 byte-order mark, so that Excel reads UTF-8");
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3),
                StandardCharsets.UTF_8)) {
            List<List<String>> rows = CSVFormat.EXCEL.parse(reader).getRecords().stream().map(CSVRecord::toList).toList();
            assertEquals(EXPECTED, rows);
        }
        assertTrue(new String(body, StandardCharsets.UTF_8).contains("\r\n"));
    }

    @Test
    void xlsxReadsBackTheSameTable() throws IOException {
        PledgeFixtures f = withPledges();
        byte[] body = TestOrg.as(f.agency, Roles.BOARD).accept("*/*").queryParam("unit", f.faculty.toString())
                .queryParam("format", "xlsx").get("/api/v1/plans/" + f.planId + "/pledges:export").then()
                .statusCode(200).contentType(PledgeExport.XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<List<String>> table = rows.stream().map(row -> java.util.stream.IntStream.range(0, 5)
                    .mapToObj(c -> c < row.getCellCount() && row.getCell(c) != null ? row.getCellText(c) : "")
                    .toList()).toList();
            assertEquals(EXPECTED, table);
            assertEquals("Đăng ký thi đua", workbook.getFirstSheet().getName());
        }
    }

    @Test
    void membersAndOtherAgenciesGetNoList() {
        PledgeFixtures f = withPledges();
        UUID me = f.person("Lò Văn Tiến");
        assertProblem(io.restassured.RestAssured.given().accept("*/*").auth()
                .oauth2(vn.thidua.testsupport.TestTokens.asPerson(f.faculty, me, Roles.MEMBER))
                .get("/api/v1/plans/" + f.planId + "/pledges:export").then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(TestOrg.agency("Other"), Roles.BOARD).accept("*/*")
                .get("/api/v1/plans/" + f.planId + "/pledges:export").then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(f.agency, Roles.BOARD).accept("*/*").queryParam("format", "pdf")
                .get("/api/v1/plans/" + f.planId + "/pledges:export").then(), 400, "VALIDATION_FAILED");
    }
}
