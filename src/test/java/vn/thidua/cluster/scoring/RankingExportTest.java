package vn.thidua.cluster.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.cluster.ClusterFixtures.BASE;
import static vn.thidua.cluster.ClusterFixtures.board;
import static vn.thidua.cluster.scoring.ScoringTest.total;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.cluster.ClusterFixtures;

/** The ranking of a closed year downloaded as CSV and XLSX and read back: the same table, headed in Vietnamese. */
@QuarkusTest
class RankingExportTest {

    static final int YEAR = 2023;

    /**
     * Head-only cross-scoring: B 44 and C 44 tie first (each scored once by the head), A (the head) and the external
     * school get no cross-score, so no rank.
     */
    @Test
    void csvAndXlsxHoldTheRankingAsClosed() throws IOException {
        ClusterFixtures f = new ClusterFixtures(YEAR, "HEAD_ONLY", "MEAN_OF_CROSS_SCORES");
        f.table(YEAR);
        f.scoringAct(YEAR, "open").statusCode(200);
        f.sheet(board(f.schoolB), YEAR, f.memberB, null, total(47)).statusCode(201);
        f.scoringAct(YEAR, "start-cross-scoring").statusCode(200);
        f.sheet(board(f.schoolA), YEAR, f.memberB, f.memberA, total(44)).statusCode(201);
        f.sheet(board(f.schoolA), YEAR, f.memberC, f.memberA, total(44)).statusCode(201);
        String download = BASE + f.cluster + "/scoring/" + YEAR + "/ranking:download";
        assertProblem(board(f.schoolB).accept("*/*").get(download).then(), 409, "CONFLICT");
        f.scoringAct(YEAR, "close").statusCode(200);

        byte[] csv = board(f.schoolB).accept("*/*").get(download).then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"xep-hang-cum-thi-dua-2023.csv\"")
                .extract().asByteArray();
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(csv[0] & 0xFF, csv[1] & 0xFF, csv[2] & 0xFF));
        List<List<String>> table;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)) {
            table = CSVFormat.EXCEL.parse(reader).getRecords().stream().map(CSVRecord::toList).toList();
        }
        assertEquals(List.of("Xếp hạng", "Đồng hạng", "Đơn vị", "Tỉnh", "Điểm tự chấm", "Số lượt chấm chéo",
                "Điểm chấm chéo bình quân", "Điểm xếp hạng", "Điểm chấm chéo bất thường"), table.get(0));
        assertEquals(5, table.size(), "the header and the four members");
        assertEquals(List.of("1", "Đồng hạng", "1", "44.00", "44.00"), List.of(table.get(1).get(0),
                table.get(1).get(1), table.get(1).get(5), table.get(1).get(6), table.get(1).get(7)));
        assertTrue(table.get(1).get(2).startsWith("Trường Chính trị B"));
        assertEquals("47.00", table.get(1).get(4), "B's own self-score");
        assertEquals(List.of("1", "Đồng hạng"), table.get(2).subList(0, 2));
        assertTrue(table.get(2).get(2).startsWith("Trường Chính trị C"));
        assertEquals(List.of("", "", "0"), List.of(table.get(3).get(0), table.get(3).get(1), table.get(3).get(5)));
        assertTrue(table.stream().anyMatch(r -> r.get(2).equals("Trường Chính trị tỉnh Lào Cai")
                && r.get(3).equals("Lào Cai")));

        byte[] xlsx = board(f.schoolB).accept("*/*").queryParam("format", "xlsx").get(download).then()
                .statusCode(200).contentType(RankingExport.XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Xếp hạng"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals(table.size(), rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                List<String> cells = IntStream.range(0, table.get(0).size()).mapToObj(c -> c < row.getCellCount()
                        && row.getCell(c) != null ? row.getCellText(c) : "").toList();
                assertEquals(numeric(table.get(r)), numeric(cells), "XLSX row " + r + " as the CSV's");
            }
        }
    }

    /** Cells compared as numbers where they are numbers (the XLSX writes 44.00 as 44). */
    private static List<String> numeric(List<String> cells) {
        return cells.stream().map(c -> c.matches("-?\\d+(\\.\\d+)?") ? new java.math.BigDecimal(c)
                .stripTrailingZeros().toPlainString() : c).toList();
    }
}
