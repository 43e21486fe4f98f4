package vn.thidua.org;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.Messages;
import vn.thidua.common.text.JsonRows;
import vn.thidua.common.text.SpreadsheetCsv;
import vn.thidua.common.text.Text;

/**
 * Reads an import file into rows of text values, without judging the values: a CSV file (UTF-8 with or without BOM,
 * comma or semicolon, as {@link SpreadsheetCsv} reads every import; the header naming the columns in English or
 * Vietnamese) or a JSON array of objects. What makes
 * the whole file unreadable (not UTF-8, broken quoting, a bad header, too many rows) is a 400; what is wrong with one
 * row (a cell too many, an unprintable character, an unknown JSON property) is recorded on that row, so that the report
 * can list it with the rest.
 * <p>
 * A column (or JSON property) that is absent leaves that field of an existing person unchanged; present but empty
 * clears it.
 */
final class PeopleImportReader {

    /** Beyond this, split the file: one import is one transaction, and its report is one answer. */
    static final int MAX_ROWS = 50_000;

    /** The columns of an import, each with its JSON name and the header names accepted for it. */
    enum Column {
        CODE("code", true, "Mã", "Mã cán bộ", "Mã số"),
        FULL_NAME("fullName", true, "Họ và tên", "Họ tên"),
        GENDER("gender", false, "Giới tính"),
        DATE_OF_BIRTH("dateOfBirth", false, "Ngày sinh"),
        POSITION("position", false, "Chức vụ"),
        UNIT_CODE("unitCode", true, "Mã đơn vị"),
        EMAIL("email", false, "Thư điện tử"),
        ACTIVE("active", false, "Đang hoạt động", "Hoạt động");

        final String field;
        final boolean required;
        private final Set<String> keys;

        Column(String field, boolean required, String... vietnamese) {
            this.field = field;
            this.required = required;
            this.keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(field), Arrays.stream(vietnamese))
                    .map(Column::key).collect(Collectors.toUnmodifiableSet());
        }

        /** Header names compare without case, accents, spaces and punctuation: "Họ và tên" = "ho_va_ten" = "HO VA TEN". */
        static Optional<Column> byHeader(String header) {
            String key = key(header);
            return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
        }

        private static String key(String header) {
            return SpreadsheetCsv.headerKey(header);
        }

        static String accepted() {
            return Arrays.stream(values()).map(c -> c.field).collect(Collectors.joining(", "));
        }
    }

    /**
     * One row of the file. {@code number} is what the user sees: the spreadsheet row of a CSV line (the header is
     * row 1) or the 1-based position in a JSON array. {@code values} holds only the columns the row has.
     */
    record Row(int number, Map<Column, String> values, List<FieldViolation> problems) {
    }

    /** The rows, and the name each column has in this file (the header as written, or the JSON property). */
    record Sheet(Map<Column, String> fieldNames, List<Row> rows) {

        String fieldName(Column column) {
            return fieldNames.getOrDefault(column, column.field);
        }
    }

    private PeopleImportReader() {
    }

    static Sheet csv(byte[] body) {
        SpreadsheetCsv.Table table = SpreadsheetCsv.read(body, MAX_ROWS);
        Map<Integer, Column> columns = header(table.header());
        Map<Column, String> names = new EnumMap<>(Column.class);
        columns.forEach((index, column) -> names.put(column, table.header().get(index)));
        List<Row> rows = new ArrayList<>(table.lines().size());
        for (SpreadsheetCsv.Line line : table.lines()) {
            rows.add(row(line, columns, names));
        }
        return new Sheet(names, rows);
    }

    static Sheet json(byte[] body, ObjectMapper mapper) throws JsonProcessingException {
        List<JsonNode> elements = JsonRows.read(body, mapper, MAX_ROWS, "detail.people-import-json-array");
        Map<Column, String> names = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            names.put(column, column.field);
        }
        List<Row> rows = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            rows.add(row(i + 1, elements.get(i)));
        }
        return new Sheet(names, rows);
    }

    private static Row row(int number, JsonNode element) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<FieldViolation> problems = new ArrayList<>();
        if (!element.isObject()) {
            problems.add(new FieldViolation("$", "INVALID_TYPE", "field.invalid-type", new Messages.Key("type.object")));
            return new Row(number, values, problems);
        }
        for (Map.Entry<String, JsonNode> property : element.properties()) {
            Optional<Column> column = Arrays.stream(Column.values())
                    .filter(c -> c.field.equals(property.getKey())).findFirst();
            if (column.isEmpty()) {
                problems.add(new FieldViolation(property.getKey(), "UNKNOWN_FIELD", "field.unknown"));
                continue;
            }
            JsonNode value = property.getValue();
            // a JSON row says what type its value is: 12345 is no code, "true" no flag
            boolean flag = column.get() == Column.ACTIVE;
            if (!value.isNull() && (flag ? !value.isBoolean() : !value.isTextual())) {
                problems.add(new FieldViolation(property.getKey(), "INVALID_TYPE", "field.invalid-type",
                        new Messages.Key(flag ? "type.boolean" : "type.string")));
                continue;
            }
            put(values, problems, column.get(), property.getKey(), value.isNull() ? "" : value.asText());
        }
        return new Row(number, values, problems);
    }

    private static Row row(SpreadsheetCsv.Line line, Map<Integer, Column> columns, Map<Column, String> names) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<FieldViolation> problems = new ArrayList<>(line.problems());
        if (problems.isEmpty()) {
            columns.forEach((index, column) -> put(values, problems, column, names.get(column),
                    line.cells().get(index)));
        }
        return new Row(line.number(), values, problems);
    }

    private static void put(Map<Column, String> values, List<FieldViolation> problems, Column column, String field,
            String raw) {
        if (Text.hasUnprintableCharacters(raw)) {
            problems.add(Text.unprintable(field));
            return;
        }
        values.put(column, Text.normalised(raw).strip());
    }

    /** Maps header positions to columns; unknown, duplicate or missing required columns make the file unreadable. */
    private static Map<Integer, Column> header(List<String> header) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Map<Column, String> seen = new EnumMap<>(Column.class);
        List<FieldViolation> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Optional<Column> column = Column.byHeader(name);
            if (column.isEmpty()) {
                problems.add(new FieldViolation(name, "UNKNOWN_COLUMN", "field.people-import-unknown-column", name,
                        Column.accepted()));
            } else if (seen.containsKey(column.get())) {
                problems.add(new FieldViolation(name, "DUPLICATE_COLUMN", "field.people-import-duplicate-column", name,
                        seen.get(column.get())));
            } else {
                seen.put(column.get(), name);
                columns.put(i, column.get());
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !seen.containsKey(column)) {
                problems.add(new FieldViolation(column.field, "MISSING_COLUMN", "field.people-import-missing-column",
                        column.field));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return columns;
    }
}
