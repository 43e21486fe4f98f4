package vn.thidua.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.council.CouncilRole;
import vn.thidua.decision.DecisionWorld;
import vn.thidua.testsupport.TestOrg;

/**
 * Text that the API now refuses may already be stored: written before the refusal, or straight into the database.
 * Every document prints it anyway, with U+FFFD where a code point could not be printed: the council's minutes (PDF
 * and text), a decision (PDF and DOCX), the registration list and the summary report (CSV and XLSX). The text is
 * written here with SQL, behind the API's back.
 */
@QuarkusTest
class StoredUnprintableTextTest {

    /** Noncharacters, C0 and C1 controls: what once made the minutes' PDF answer 500. */
    private static final String UNPRINTABLE = "\uFFFF\uFFFE\uFDD0\u0007\u001B\u0085";
    private static final String MARKED = "\uFFFD".repeat(UNPRINTABLE.length());

    @Inject
    DataSource dataSource;

    @Test
    void aSessionWithUnprintableTextStillPrintsItsMinutes() throws SQLException {
        CouncilFixtures f = new CouncilFixtures(TestOrg.agency("Trường Chính trị (văn bản hỏng)"));
        f.member(CouncilRole.CHAIR, "Lường Văn Thành", f.department, null, Roles.COUNCIL);
        String session = f.session2024();
        sql("UPDATE council_session SET name = 'Phiên họp ' || ?, place = 'Hội trường A' || ? WHERE id = ?::uuid",
                UNPRINTABLE, UNPRINTABLE, session);

        byte[] pdf = f.board().accept("*/*").get("/api/v1/council-sessions/" + session + "/minutes/document").then()
                .statusCode(200).contentType(Documents.PDF).extract().asByteArray();
        assertThat(Pdfs.text(pdf), containsString("Hội trường A"));
        String text = f.board().accept("text/plain").get("/api/v1/council-sessions/" + session + "/minutes:download")
                .then().statusCode(200).extract().asString();
        assertThat(text, containsString("Hội trường A" + MARKED));
        assertPrintable(text);
    }

    @Test
    void aDecisionWithUnprintableTextStillPrintsAsPdfDocxAndInTheListsAndReports() throws SQLException, IOException {
        UUID province = TestOrg.unit(TestOrg.root(), "Tỉnh Lai Châu", "PROVINCE");
        DecisionWorld world = new DecisionWorld(TestOrg.unit(province, "Trường Chính trị tỉnh Lai Châu", "AGENCY"),
                2025);
        UUID hương = world.advancedWorker("Nguyễn Thị Hương");
        String draft = world.draft(DecisionWorld.LDTT, LocalDate.of(2025, 12, 30));
        world.add(draft, hương, DecisionWorld.LDTT, null).statusCode(201);
        sql("UPDATE decision SET title = title || ? WHERE id = ?::uuid", UNPRINTABLE, draft);
        sql("UPDATE org_unit SET name = name || ? WHERE id = ?::uuid", UNPRINTABLE, world.faculty.toString());

        byte[] pdf = document(world.board(), null, draft, Documents.PDF);
        assertThat(Pdfs.text(pdf), containsString("thi đua năm 2025"));
        byte[] docx = document(world.board(), "docx", draft, Documents.DOCX);
        try (XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            String text = words.getText();
            assertThat(text, containsString("thi đua năm 2025" + MARKED));
            assertPrintable(text);
        }

        RequestSpecification board = TestOrg.as(world.agency, Roles.BOARD);
        String pledges = "/api/v1/plans/" + world.planId + "/pledges:export";
        String csv = new String(board.accept("*/*").queryParam("unit", world.faculty.toString()).get(pledges).then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv, containsString("Khoa Lý luận cơ sở" + MARKED));
        assertPrintable(csv);
        String xlsx = xlsxText(TestOrg.as(world.agency, Roles.BOARD).accept("*/*")
                .queryParam("unit", world.faculty.toString()).queryParam("format", "xlsx").get(pledges).then()
                .statusCode(200).extract().asByteArray());
        assertThat(xlsx, containsString("Khoa Lý luận cơ sở" + MARKED));
        assertPrintable(xlsx);

        String report = "/api/v1/reports/summary:download";
        String reportCsv = new String(TestOrg.as(world.agency, Roles.BOARD).accept("*/*")
                .queryParam("planId", world.planId).get(report).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(reportCsv, containsString("Khoa Lý luận cơ sở" + MARKED));
        assertPrintable(reportCsv);
        String reportXlsx = xlsxText(TestOrg.as(world.agency, Roles.BOARD).accept("*/*")
                .queryParam("planId", world.planId).queryParam("format", "xlsx").get(report).then().statusCode(200)
                .extract().asByteArray());
        assertThat(reportXlsx, containsString("Khoa Lý luận cơ sở" + MARKED));
        assertPrintable(reportXlsx);
    }

    private static byte[] document(RequestSpecification as, String format, String decision, String type) {
        RequestSpecification request = as.accept("*/*");
        if (format != null) {
            request.queryParam("format", format);
        }
        return request.get("/api/v1/decisions/" + decision + "/document").then()
                .statusCode(200).contentType(type).extract().asByteArray();
    }

    /** Every cell of every sheet, one per line. */
    private static String xlsxText(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            for (var sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    text.append(row.stream().filter(c -> c != null).map(Cell::getRawValue)
                            .collect(Collectors.joining("\t"))).append('\n');
                }
            }
            return text.toString();
        }
    }

    private static void assertPrintable(String text) {
        for (String unprintable : List.of("\uFFFF", "\uFFFE", "\uFDD0", "\u0007", "\u001B", "\u0085")) {
            assertThat(text, not(containsString(unprintable)));
        }
    }

    private void sql(String statement, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            assertEquals(1, update.executeUpdate(), statement);
        }
    }
}
