package vn.thidua.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * The summary report of {@link ReportWorld}, every figure checked against what was computed by hand (the comments
 * show the sums), the same figures in the CSV and XLSX files, and who may see them. The world is only read, so the
 * tests share one.
 */
@QuarkusTest
class ReportSummaryTest {

    private static ReportWorld world;

    private static synchronized ReportWorld world() {
        if (world == null) {
            world = new ReportWorld();
        }
        return world;
    }

    /** The non-zero figures of one unit (or the total), as hand-computed; every other key must be zero. */
    record Expected(String unitName, long headcount, Map<String, Long> pledgeStatus, Map<String, Long> pledgeTitles,
            Map<String, Long> evaluationStatus, Map<String, Long> proposedTitles, Map<String, Long> proposedForms,
            Map<String, Long> titles, long revokedTitles, Map<String, Long> forms, Map<String, Long> levels,
            long revokedForms, Map<String, List<Long>> cash, long totalVnd, long revokedLines, long owedVnd, long recoveredVnd,
            long advancedWorkers, String advancedWorkerShare, long fighters, Long cap, String standing,
            long collectives, long excellent, String excellentShare, long advanced, String advancedShare) {
    }

    private static final Expected FACULTY = new Expected("Khoa Lý luận cơ sở", 7,
            // An, Bình approved; Cường submitted; Hà draft; Giang withdrawn; the faculty itself approved
            Map.of("APPROVED", 3L, "SUBMITTED", 1L, "DRAFT", 1L, "WITHDRAWN", 1L),
            Map.of(ReportWorld.LDTT, 4L, ReportWorld.CSTDCS, 1L, "ADVANCED_COLLECTIVE", 1L),
            Map.of("UNIT_REVIEWED", 1L, "DRAFT", 1L),
            Map.of(ReportWorld.LDTT, 1L, ReportWorld.CSTDCS, 1L), Map.of(ReportWorld.GIAY_KHEN, 1L),
            // LĐTT: An, Bình, Cường imported, Dung by decision (Em's revoked); CSTĐCS An; the faculty's collective title
            Map.of(ReportWorld.LDTT, 4L, ReportWorld.CSTDCS, 1L, "ADVANCED_COLLECTIVE", 1L), 1,
            Map.of("PROVINCE_COMMENDATION", 1L, ReportWorld.GIAY_KHEN, 1L), Map.of("PROVINCE", 1L, "AGENCY", 1L), 0,
            // 0.3 × 2,340,000 = 702,000 → 710,000 for Dung's LĐTT and Giang's Giấy khen; Em's revoked, 500,000 back
            Map.of(ReportWorld.LDTT, List.of(1L, 710_000L), ReportWorld.GIAY_KHEN, List.of(1L, 710_000L)), 1_420_000,
            1, 710_000, 500_000,
            // 4 / 7; 15% of 4 = 0.6 → 0 allowed, 1 held: over
            4, "0.5714", 1, null, null, 1, 0, "0.0000", 1, "1.0000");
    private static final Expected OFFICE = new Expected("Phòng Tổ chức - Hành chính", 5,
            Map.of("APPROVED", 1L, "SUBMITTED", 1L), Map.of(ReportWorld.LDTT, 2L),
            Map.of("SELF_ASSESSED", 1L), Map.<String, Long>of(), Map.<String, Long>of(),
            // Khánh, Lan imported, Ngân by decision; the office's excellent collective
            Map.of(ReportWorld.LDTT, 3L, "EXCELLENT_COLLECTIVE", 1L), 0,
            Map.of(ReportWorld.GIAY_KHEN, 1L), Map.of("AGENCY", 1L), 0,
            Map.of(ReportWorld.LDTT, List.of(1L, 710_000L)), 710_000, 0, 0, 0,
            // 3 / 5; 15% of 3 = 0.45 → 0, none held
            3, "0.6000", 0, null, null, 1, 1, "1.0000", 0, "0.0000");
    private static final Expected TOTAL = new Expected(null, 12,
            Map.of("APPROVED", 4L, "SUBMITTED", 2L, "DRAFT", 1L, "WITHDRAWN", 1L),
            Map.of(ReportWorld.LDTT, 6L, ReportWorld.CSTDCS, 1L, "ADVANCED_COLLECTIVE", 1L),
            Map.of("UNIT_REVIEWED", 1L, "DRAFT", 1L, "SELF_ASSESSED", 1L),
            Map.of(ReportWorld.LDTT, 1L, ReportWorld.CSTDCS, 1L), Map.of(ReportWorld.GIAY_KHEN, 1L),
            Map.of(ReportWorld.LDTT, 7L, ReportWorld.CSTDCS, 1L, "ADVANCED_COLLECTIVE", 1L, "EXCELLENT_COLLECTIVE", 1L),
            1, Map.of("PROVINCE_COMMENDATION", 1L, ReportWorld.GIAY_KHEN, 2L), Map.of("PROVINCE", 1L, "AGENCY", 2L), 0,
            Map.of(ReportWorld.LDTT, List.of(2L, 1_420_000L), ReportWorld.GIAY_KHEN, List.of(1L, 710_000L)),
            2_130_000, 1, 710_000, 500_000,
            // 7 / 12; 15% of 7 = 1.05 → 1 allowed, 1 held: within; 3 collectives (the agency and its two units)
            7, "0.5833", 1, null, null, 3, 1, "0.3333", 1, "0.3333");

    private static RequestSpecification asBoard(UUID unit) {
        return TestOrg.as(unit, Roles.BOARD).config(RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    private static JsonPath summary(RequestSpecification as, Map<String, ?> query) {
        return as.queryParams(query).get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void everyFigureOfThePlanIsTheHandComputedOne() {
        ReportWorld w = world();
        JsonPath json = summary(asBoard(w.agency), Map.of("planId", w.planId));
        assertEquals(w.planId, json.getString("planId"));
        assertEquals(ReportWorld.YEAR, json.getInt("year"));
        assertEquals(w.agency.toString(), json.getString("unitId"), "the caller's home unit by default");
        assertEquals(true, json.getBoolean("subtree"));
        // the agency itself has no staff and no results of its own: only its two units are listed
        assertEquals(List.of(w.faculty.toString(), w.office.toString()), json.getList("units.unitId"));
        assertFigures(FACULTY, json, "units[0]");
        assertFigures(OFFICE, json, "units[1]");
        assertFigures(TOTAL, json, "total");

        // the year gives the same figures: the plan is the agency's only plan of 2025
        JsonPath byYear = summary(asBoard(w.agency), Map.of("year", ReportWorld.YEAR));
        assertNull(byYear.get("planId"));
        assertFigures(FACULTY, byYear, "units[0]");
        assertFigures(TOTAL, byYear, "total");
    }

    @Test
    void oneUnitWithoutItsSubtreeIsItsOwnTotal() {
        ReportWorld w = world();
        JsonPath json = summary(asBoard(w.agency), Map.of("planId", w.planId, "unitId", w.faculty, "subtree", false));
        assertEquals(List.of(w.faculty.toString()), json.getList("units.unitId"));
        assertFigures(FACULTY, json, "units[0]");
        assertFigures(FACULTY, json, "total");
        // a year with nothing recorded still answers, with zeros and no rate where there is nothing to divide
        JsonPath empty = summary(asBoard(w.agency), Map.of("year", 2019, "unitId", w.office));
        assertEquals(5L, empty.getLong("total.headcount"));
        assertEquals(0L, empty.getLong("total.cash.totalVnd"));
        assertEquals(new BigDecimal("0.0000"), empty.get("total.rates.advancedWorkerShare"));
        JsonPath nobody = summary(asBoard(w.agency), Map.of("year", 2019, "unitId", w.agency, "subtree", false));
        assertEquals(List.of(), nobody.getList("units"));
        assertNull(nobody.get("total.rates.advancedWorkerShare"));
        assertEquals(new BigDecimal("0.0000"), nobody.get("total.rates.excellentCollectiveShare"));
    }

    @Test
    void csvAndXlsxHoldTheSameTableAsTheJson() throws IOException {
        ReportWorld w = world();
        JsonPath json = summary(asBoard(w.agency), Map.of("planId", w.planId));
        byte[] csv = asBoard(w.agency).accept("*/*").queryParam("planId", w.planId)
                .get("/api/v1/reports/summary:download").then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bao-cao-tong-hop-2025.csv\"").extract()
                .asByteArray();
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(csv[0] & 0xFF, csv[1] & 0xFF, csv[2] & 0xFF),
                "a UTF-8 byte-order mark, so that Excel reads UTF-8");
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("\r\n"));
        List<List<String>> table;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)) {
            table = CSVFormat.EXCEL.parse(reader).getRecords().stream().map(CSVRecord::toList).toList();
        }
        assertEquals(4, table.size(), "the header, two units, the total");
        List<String> header = table.get(0);
        for (int row = 1; row <= 3; row++) {
            String at = row == 3 ? "total" : "units[" + (row - 1) + "]";
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), table.get(row).get(c));
            }
            assertEquals(expectedCells(json, at, row), selected(cells), "row " + row);
        }

        byte[] xlsx = asBoard(w.agency).accept("*/*").queryParam("planId", w.planId).queryParam("format", "xlsx")
                .get("/api/v1/reports/summary:download").then().statusCode(200).contentType(ReportTable.XLSX)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Tổng hợp", "Ghi chú"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals(table.size(), rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                List<String> cells = IntStream.range(0, header.size()).mapToObj(c -> c < row.getCellCount()
                        && row.getCell(c) != null ? row.getCellText(c) : "").toList();
                assertEquals(numeric(table.get(r)), numeric(cells), "XLSX row " + r + " as the CSV's");
            }
            List<Row> notes = sheets.get(1).read();
            assertEquals("Chỉ tiêu", notes.get(0).getCellText(0));
            assertTrue(notes.stream().anyMatch(n -> n.getCellText(1).contains("Chỉ tiêu Chiến sĩ thi đua cơ sở mà đơn vị báo cáo đã thiết lập")));
        }
        String sheetXml = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheetXml.contains("ySplit=\"1\"") && sheetXml.contains("state=\"frozen\""), "a frozen header row");
        assertTrue(entry(xlsx, "xl/styles.xml").contains("<b"), "a bold header");
    }

    @Test
    void scopeAndRolesHold() {
        ReportWorld w = world();
        UUID other = TestOrg.agency("Trường khác");
        assertProblem(asBoard(other).queryParam("year", 2025).queryParam("unitId", w.agency.toString())
                .get("/api/v1/reports/summary").then(), 404, "NOT_FOUND");
        assertProblem(asBoard(other).queryParam("year", 2025).queryParam("unitId", w.faculty.toString())
                .accept("*/*").get("/api/v1/reports/summary:download").then(), 404, "NOT_FOUND");
        assertProblem(asBoard(other).queryParam("planId", w.planId).get("/api/v1/reports/summary").then(), 404,
                "NOT_FOUND");
        // the other agency's own report knows nothing of the first
        JsonPath own = summary(asBoard(other), Map.of("year", ReportWorld.YEAR));
        assertEquals(List.of(), own.getList("units"));
        assertEquals(0L, own.getLong("total.headcount"));
        // a member reads no report, even of their own unit
        assertProblem(RestAssured.given().accept("application/json").auth()
                .oauth2(TestTokens.asPerson(w.faculty, w.a.get(0), Roles.MEMBER)).queryParam("year", 2025)
                .get("/api/v1/reports/summary").then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(w.agency, Roles.COUNCIL).queryParam("year", 2025).get("/api/v1/reports/summary")
                .then(), 403, "FORBIDDEN");
        // the roles that may read it, reading the unit it is asked for
        for (String role : List.of(Roles.ADMIN, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION)) {
            TestOrg.as(w.faculty, role).queryParam("year", 2025).get("/api/v1/reports/summary").then()
                    .statusCode(200).body("unitId", org.hamcrest.Matchers.equalTo(w.faculty.toString()))
                    .body("total.headcount", org.hamcrest.Matchers.equalTo(7));
        }
        // a plan or a year, exactly one
        assertProblem(asBoard(w.agency).get("/api/v1/reports/summary").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", org.hamcrest.Matchers.equalTo("PLAN_OR_YEAR"));
        assertProblem(asBoard(w.agency).queryParam("year", 2025).queryParam("planId", w.planId)
                .get("/api/v1/reports/summary").then(), 400, "VALIDATION_FAILED");
        assertProblem(asBoard(w.agency).accept("*/*").queryParam("year", 2025).queryParam("format", "pdf")
                .get("/api/v1/reports/summary:download").then(), 400, "VALIDATION_FAILED");
    }

    // --- checking ---------------------------------------------------------------------------------------------

    private static void assertFigures(Expected e, JsonPath json, String at) {
        if (e.unitName() != null) {
            assertEquals(e.unitName(), json.getString(at + ".unitName"), at);
        }
        assertEquals(e.headcount(), json.getLong(at + ".headcount"), at + " headcount");
        assertEquals(e.pledgeStatus(), nonZero(json, at + ".pledges.byStatus"), at + " pledges by status");
        assertEquals(e.pledgeTitles(), nonZero(json, at + ".pledges.byTitle"), at + " pledges by title");
        assertEquals(e.evaluationStatus(), nonZero(json, at + ".evaluations.byStatus"), at + " evaluations");
        assertEquals(e.proposedTitles(), nonZero(json, at + ".evaluations.proposedTitles"), at + " proposed titles");
        assertEquals(e.proposedForms(), nonZero(json, at + ".evaluations.proposedForms"), at + " proposed forms");
        assertEquals(e.titles(), nonZero(json, at + ".titles.byAward"), at + " titles");
        assertEquals(e.revokedTitles(), json.getLong(at + ".titles.revoked"), at + " revoked titles");
        assertEquals(e.forms(), nonZero(json, at + ".commendations.byForm"), at + " forms");
        assertEquals(e.levels(), nonZero(json, at + ".commendations.byLevel"), at + " levels");
        assertEquals(e.revokedForms(), json.getLong(at + ".commendations.revoked"), at + " revoked forms");
        Map<String, List<Long>> cash = new LinkedHashMap<>();
        Map<String, Map<String, Object>> byAward = json.getMap(at + ".cash.byAward");
        byAward.forEach((code, c) -> {
            long lines = ((Number) c.get("lines")).longValue();
            if (lines != 0) {
                cash.put(code, List.of(lines, ((Number) c.get("amountVnd")).longValue()));
            }
        });
        assertEquals(e.cash(), cash, at + " cash by award");
        assertEquals(e.totalVnd(), json.getLong(at + ".cash.totalVnd"), at + " total");
        assertEquals(e.revokedLines(), json.getLong(at + ".cash.revokedLines"), at + " revoked lines");
        assertEquals(e.owedVnd(), json.getLong(at + ".cash.owedVnd"), at + " owed");
        assertEquals(e.recoveredVnd(), json.getLong(at + ".cash.recoveredVnd"), at + " recovered");
        String r = at + ".rates.";
        assertEquals(e.advancedWorkers(), json.getLong(r + "advancedWorkers"), at + " LĐTT");
        assertEquals(new BigDecimal(e.advancedWorkerShare()), json.get(r + "advancedWorkerShare"), at + " LĐTT share");
        assertEquals(e.fighters(), json.getLong(r + "grassrootsFighters"), at + " CSTĐCS");
        assertEquals(e.cap(), json.get(r + "grassrootsCap") == null ? null : json.getLong(r + "grassrootsCap"),
                at + " cap: the configured quota's, none here (never 15% by default)");
        assertEquals(e.standing(), json.getString(r + "grassrootsStanding"), at + " standing");
        assertEquals(e.collectives(), json.getLong(r + "collectives"), at + " collectives");
        assertEquals(e.excellent(), json.getLong(r + "excellentCollectives"), at + " LĐXS");
        assertEquals(new BigDecimal(e.excellentShare()), json.get(r + "excellentCollectiveShare"), at + " LĐXS share");
        assertEquals(e.advanced(), json.getLong(r + "advancedCollectives"), at + " collective LĐTT");
        assertEquals(new BigDecimal(e.advancedShare()), json.get(r + "advancedCollectiveShare"), at + " TTLĐTT share");
    }

    private static Map<String, Long> nonZero(JsonPath json, String path) {
        Map<String, Object> all = json.getMap(path);
        Map<String, Long> found = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            long count = ((Number) v).longValue();
            if (count != 0) {
                found.put(k, count);
            }
        });
        return Map.copyOf(found);
    }

    /** Columns of the file and the JSON figure each must show. */
    private static final Map<String, String> COLUMNS = columns();

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("Mã đơn vị", "unitCode");
        c.put("Số CB, VC, NLĐ", "headcount");
        c.put("Đăng ký: Đã duyệt", "pledges.byStatus.APPROVED");
        c.put("Đăng ký: Đã rút", "pledges.byStatus.WITHDRAWN");
        c.put("Đăng ký: Lao động tiên tiến", "pledges.byTitle.ADVANCED_WORKER");
        c.put("Đăng ký: Tập thể lao động tiên tiến", "pledges.byTitle.ADVANCED_COLLECTIVE");
        c.put("Bình xét: Đơn vị đã bình xét", "evaluations.byStatus.UNIT_REVIEWED");
        c.put("Bình xét: Đã tự đánh giá", "evaluations.byStatus.SELF_ASSESSED");
        c.put("Đề nghị: Chiến sĩ thi đua cơ sở", "evaluations.proposedTitles.GRASSROOTS_EMULATION_FIGHTER");
        c.put("Đề nghị: Giấy khen", "evaluations.proposedForms.CERTIFICATE_OF_MERIT");
        c.put("Danh hiệu: Lao động tiên tiến", "titles.byAward.ADVANCED_WORKER");
        c.put("Danh hiệu: Tập thể lao động xuất sắc", "titles.byAward.EXCELLENT_COLLECTIVE");
        c.put("Danh hiệu bị hủy bỏ", "titles.revoked");
        c.put("Khen thưởng: Giấy khen", "commendations.byForm.CERTIFICATE_OF_MERIT");
        c.put("Khen thưởng cấp bộ, ngành, tỉnh", "commendations.byLevel.PROVINCE");
        c.put("Tiền thưởng: Lao động tiên tiến (đồng)", "cash.byAward.ADVANCED_WORKER.amountVnd");
        c.put("Tiền thưởng: Giấy khen (đồng)", "cash.byAward.CERTIFICATE_OF_MERIT.amountVnd");
        c.put("Tổng tiền thưởng (đồng)", "cash.totalVnd");
        c.put("Số suất bị hủy bỏ", "cash.revokedLines");
        c.put("Tiền phải thu hồi (đồng)", "cash.owedVnd");
        c.put("Tiền đã thu hồi (đồng)", "cash.recoveredVnd");
        c.put("Số LĐTT", "rates.advancedWorkers");
        c.put("Tỷ lệ LĐTT/CB, VC, NLĐ", "rates.advancedWorkerShare");
        c.put("Số CSTĐCS", "rates.grassrootsFighters");
        c.put("Tối đa CSTĐCS (chỉ tiêu của đơn vị)", "rates.grassrootsCap");
        c.put("Số tập thể", "rates.collectives");
        c.put("Tỷ lệ tập thể LĐXS", "rates.excellentCollectiveShare");
        c.put("Tỷ lệ tập thể LĐTT", "rates.advancedCollectiveShare");
        return c;
    }

    private static Map<String, String> expectedCells(JsonPath json, String at, int row) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("STT", row == 3 ? "" : Integer.toString(row));
        cells.put("Đơn vị", row == 3 ? "Tổng cộng" : json.getString(at + ".unitName"));
        COLUMNS.forEach((header, path) -> {
            Object value = json.get(at + "." + path);
            cells.put(header, value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
        });
        String standing = json.getString(at + ".rates.grassrootsStanding");
        cells.put("CSTĐCS so với tối đa", standing == null ? "" : standing.equals("OVER") ? "Vượt" : "Trong giới hạn");
        return cells;
    }

    private static Map<String, String> selected(Map<String, String> cells) {
        Map<String, String> picked = new LinkedHashMap<>();
        for (String header : List.of("STT", "Đơn vị")) {
            picked.put(header, cells.get(header));
        }
        COLUMNS.keySet().forEach(header -> picked.put(header, cells.get(header)));
        picked.put("CSTĐCS so với tối đa", cells.get("CSTĐCS so với tối đa"));
        return picked;
    }

    /** Numbers compared by value (a spreadsheet keeps 1.0000 as 1), text as it is. */
    private static List<Object> numeric(List<String> cells) {
        List<Object> values = new ArrayList<>();
        for (String cell : cells) {
            try {
                values.add(new BigDecimal(cell).stripTrailingZeros());
            } catch (NumberFormatException notANumber) {
                values.add(cell);
            }
        }
        return values;
    }

    private static String entry(byte[] zip, String name) throws IOException {
        // read as a file: fastexcel streams its entries with data descriptors, which ZipInputStream rejects
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry entry = workbook.getEntry(name);
                assertTrue(entry != null, "no " + name + " in the workbook");
                return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
