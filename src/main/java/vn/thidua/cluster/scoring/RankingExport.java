package vn.thidua.cluster.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.thidua.common.api.Tables;

/**
 * The ranking of a closed year as the table a cluster files, headed in Vietnamese, as the reports are: CSV (UTF-8 with
 * a byte-order mark and CRLF, which Excel opens with the Vietnamese intact) and XLSX (sheet "Xếp hạng", bold frozen
 * header). Numbers keep the two decimals of the scores.
 */
final class RankingExport {

    static final String XLSX = Tables.XLSX;
    static final String SHEET = "Xếp hạng";
    static final List<String> HEADER = List.of("Xếp hạng", "Đồng hạng", "Đơn vị", "Tỉnh", "Điểm tự chấm",
            "Số lượt chấm chéo", "Điểm chấm chéo bình quân", "Điểm xếp hạng", "Điểm chấm chéo bất thường");

    private RankingExport() {
    }

    static List<List<Object>> rows(ScoringResponses.Ranking ranking) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADER));
        for (ScoringResponses.Row row : ranking.rows()) {
            List<Object> line = new ArrayList<>();
            line.add(row.rank());
            line.add(row.tied() ? "Đồng hạng" : null);
            line.add(row.name());
            line.add(row.province());
            line.add(row.selfScore());
            line.add(row.crossScoreCount());
            line.add(row.meanOfCrossScores());
            line.add(row.finalScore());
            line.add(row.outliers().isEmpty() ? null : row.outliers().stream()
                    .map(o -> o.scorerName() + ": " + o.total().toPlainString() + " (lệch "
                            + o.deviationPct().toPlainString() + "%)").collect(Collectors.joining("; ")));
            rows.add(line);
        }
        return rows;
    }

    static byte[] csv(ScoringResponses.Ranking ranking) {
        return Tables.csv(rows(ranking));
    }

    static byte[] xlsx(ScoringResponses.Ranking ranking) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thi đua", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET);
            Tables.cells(sheet, rows(ranking));
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.width(c, c == 2 ? 45 : 16);
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
