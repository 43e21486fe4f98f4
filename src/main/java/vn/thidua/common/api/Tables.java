package vn.thidua.common.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Worksheet;

import vn.thidua.common.text.Text;

/**
 * Tables as officers download them: CSV that Excel opens with the Vietnamese intact (UTF-8 with a byte-order mark,
 * CRLF, Excel quoting) and the cells of an XLSX sheet (numbers as numbers). A table is its rows, header first; a cell
 * is a number, a text or null (empty).
 * <p>
 * Every text cell of every export passes through {@link #text} (CSV) or {@link #value} (XLSX), where it is made
 * printable ({@link Text#printable}): stored text may predate the refusal of unprintable input, and a sheet must open.
 */
public final class Tables {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Tables() {
    }

    public static byte[] csv(List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(Tables::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the rows from the sheet's first cell, and styles the first as the header (bold, wrapped, shaded). */
    public static void cells(Worksheet sheet, List<? extends List<?>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                value(sheet, r, c, row.get(c));
            }
        }
        if (!rows.isEmpty()) {
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.style(0, c).bold().wrapText(true).fillColor("DDEBF7").set();
            }
        }
    }

    /** One XLSX cell: a number as a number, anything else as its printable text, null as no cell at all. */
    public static void value(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value != null) {
            sheet.value(row, column, Text.printable(value.toString()));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : Text.printable(value.toString());
    }
}
