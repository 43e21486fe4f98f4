package vn.thidua.common.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.ProblemType;

/**
 * A CSV file as offices save it from a spreadsheet, read for an import: UTF-8 with or without BOM, comma or
 * semicolon, the first line naming the columns. Every import reads its files through here, so that they all accept
 * the same files and number rows the same way; what the columns mean is the importing feature's business.
 * <p>
 * What makes the whole file unreadable (empty, not UTF-8, broken quoting, more rows than the import takes) is a 400.
 * A line whose cells do not line up with the header is that line's problem only, so that the import can report it
 * with the other rows.
 */
public final class SpreadsheetCsv {

    /** The header's cells (stripped) and the lines after it that hold anything. */
    public record Table(List<String> header, List<Line> lines) {
    }

    /**
     * One line of data. {@code number} is the spreadsheet row the user sees: the header is row 1, and blank lines
     * and line breaks inside quoted cells count. {@code cells} are as written (not stripped, not normalised).
     * {@code problems} holds the line's COLUMN_COUNT problem (field {@code $}) when it has more or fewer cells than the
     * header; such a line's cells must not be read, since a value with an unquoted delimiter shifts every later cell.
     */
    public record Line(int number, List<String> cells, List<FieldViolation> problems) {
    }

    private SpreadsheetCsv() {
    }

    /** Reads the file; at most {@code maxRows} lines of data, since one import is one transaction and one answer. */
    public static Table read(byte[] body, int maxRows) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ApiException(ProblemType.BAD_REQUEST, "detail.import-empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                // blank lines are spreadsheet rows too: keeping them keeps row numbers equal to what the user sees
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().stream().map(String::strip).toList();
            List<Line> lines = new ArrayList<>();
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (isBlank(record)) {
                        continue;
                    }
                    if (lines.size() == maxRows) {
                        throw new ApiException(ProblemType.BAD_REQUEST, "detail.import-too-many-rows", maxRows);
                    }
                    lines.add(line(record, header.size()));
                }
            } catch (UncheckedIOException e) {
                throw new ApiException(ProblemType.BAD_REQUEST, "detail.import-csv-malformed",
                        parser.getCurrentLineNumber());
            }
            return new Table(header, lines);
        } catch (IOException | UncheckedIOException e) {
            // the header line itself is unreadable (an unterminated quote)
            throw new ApiException(ProblemType.BAD_REQUEST, "detail.import-csv-malformed", 1);
        }
    }

    /**
     * A header name as imports compare it: without case, accents, spaces and punctuation, so that "Họ và tên",
     * "ho_va_ten" and "HO VA TEN" name the same column.
     */
    public static String headerKey(String header) {
        return Text.fold(header).replaceAll("[^a-z0-9]", "");
    }

    /** The delimiter is whichever of ';' and ',' the header line has more of (spreadsheets in Vietnam use either). */
    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String headerLine = end < 0 ? text : text.substring(0, end);
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Line line(CSVRecord record, int width) {
        int number = Math.toIntExact(record.getRecordNumber());
        if (record.size() != width) {
            return new Line(number, List.of(), List.of(new FieldViolation("$", "COLUMN_COUNT",
                    "field.import-column-count", record.size(), width)));
        }
        return new Line(number, record.toList(), List.of());
    }

    /** Empty lines, and the rows of empty cells that spreadsheets export (";;;;"), are skipped. */
    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemType.BAD_REQUEST, "detail.import-not-utf8");
        }
    }
}
