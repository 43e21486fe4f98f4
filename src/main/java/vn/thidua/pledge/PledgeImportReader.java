package vn.thidua.pledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * Reads a pledge import into rows of text values, without judging them against the plan: a CSV file (read as
 * {@link SpreadsheetCsv} reads every import; the header in English or Vietnamese) or a JSON array of objects. What
 * makes the whole file unreadable (a bad header, too many rows) is a 400; what is wrong with one row (a cell too many,
 * an unprintable character, a value of the wrong JSON type) is recorded on that row, so that the report lists it with the
 * rest.
 * <p>
 * CSV: {@code titles} holds the title codes separated by {@code |}; each sub-movement has its own column
 * {@code commitment:<KEY>} (or {@code Cam kết:<KEY>}), and an empty cell means no commitment under it. JSON: the same
 * names, {@code titles} an array of codes and {@code commitments} an object from movement key to text.
 */
final class PledgeImportReader {

    /** Beyond this, split the file: one import is one transaction, and its report is one answer. */
    static final int MAX_ROWS = 50_000;
    /** Separates the title codes in a CSV cell; neither comma nor semicolon, which may be the file's delimiter. */
    static final String TITLE_SEPARATOR = "|";
    /** The JSON property of the commitments, and the CSV header prefix of a commitment column. */
    static final String COMMITMENTS = "commitments";
    static final String COMMITMENT_PREFIX = "commitment:";
    private static final Set<String> COMMITMENT_PREFIXES = Set.of("commitment", "camket");

    /** The plain columns of an import, each with its JSON name and the header names accepted for it. */
    enum Column {
        PERSON_CODE("personCode", "Mã cán bộ", "Mã CB", "Mã người đăng ký"),
        UNIT_CODE("unitCode", "Mã đơn vị", "Mã tập thể"),
        TITLES("titles", "Danh hiệu", "Danh hiệu đăng ký"),
        PHASE("phase", "Đợt", "Đợt thi đua");

        final String field;
        private final Set<String> keys;

        Column(String field, String... vietnamese) {
            this.field = field;
            this.keys = Stream.concat(Stream.of(field), Arrays.stream(vietnamese)).map(SpreadsheetCsv::headerKey)
                    .collect(Collectors.toUnmodifiableSet());
        }

        static Optional<Column> byHeader(String header) {
            String key = SpreadsheetCsv.headerKey(header);
            return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
        }

        static Optional<Column> byField(String field) {
            return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
        }

        static String accepted() {
            return Arrays.stream(values()).map(c -> c.field).collect(Collectors.joining(", "))
                    + ", " + COMMITMENT_PREFIX + "<KEY>";
        }
    }

    /** A commitment as the file gives it, with the name the file gives its field (for the row's errors). */
    record CommitmentCell(String field, Commitment commitment) {
    }

    /**
     * One row. {@code number} is what the user sees: the spreadsheet row of a CSV line (the header is row 1) or the
     * 1-based position in a JSON array. {@code values} holds the plain columns the row fills (never empty strings);
     * {@code titles} the codes in file order (empty when none); {@code commitments} the non-empty ones.
     */
    record Row(int number, Map<Column, String> values, List<String> titles, List<CommitmentCell> commitments,
            List<FieldViolation> problems) {
    }

    /** The rows, and the name each plain column has in this file (the header as written, or the JSON property). */
    record Sheet(Map<Column, String> fieldNames, List<Row> rows) {

        String fieldName(Column column) {
            return fieldNames.getOrDefault(column, column.field);
        }
    }

    private PledgeImportReader() {
    }

    static Sheet csv(byte[] body) {
        SpreadsheetCsv.Table table = SpreadsheetCsv.read(body, MAX_ROWS);
        Header header = header(table.header());
        List<Row> rows = new ArrayList<>(table.lines().size());
        for (SpreadsheetCsv.Line line : table.lines()) {
            rows.add(row(line, header));
        }
        return new Sheet(header.names, rows);
    }

    static Sheet json(byte[] body, ObjectMapper mapper) throws JsonProcessingException {
        List<JsonNode> elements = JsonRows.read(body, mapper, MAX_ROWS, "detail.pledge-import-json-array");
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

    // --- CSV ----------------------------------------------------------------------------------------------------

    /**
     * What the header says: plain columns and the movement keys of commitment columns by position, and the names of
     * both as written.
     */
    private record Header(Map<Integer, Column> columns, Map<Integer, String> movements, Map<Column, String> names,
            Map<Integer, String> movementNames) {
    }

    /** Unknown, duplicate or missing columns make the file unreadable; every one of them is named. */
    private static Header header(List<String> cells) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Map<Integer, String> movements = new LinkedHashMap<>();
        Map<Column, String> names = new EnumMap<>(Column.class);
        Map<String, String> seenMovements = new HashMap<>();
        Map<Integer, String> movementNames = new HashMap<>();
        List<FieldViolation> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            Optional<String> movement = movementKey(name);
            Optional<Column> column = Column.byHeader(name);
            String seen = movement.isPresent() ? seenMovements.putIfAbsent(movement.get(), name)
                    : column.map(names::get).orElse(null);
            if (movement.isEmpty() && column.isEmpty()) {
                problems.add(new FieldViolation(name, "UNKNOWN_COLUMN", "field.pledge-import-unknown-column", name,
                        Column.accepted()));
            } else if (seen != null) {
                problems.add(new FieldViolation(name, "DUPLICATE_COLUMN", "field.pledge-import-duplicate-column",
                        name, seen));
            } else if (movement.isPresent()) {
                movements.put(i, movement.get());
                movementNames.put(i, name);
            } else {
                names.put(column.get(), name);
                columns.put(i, column.get());
            }
        }
        if (!names.containsKey(Column.TITLES)) {
            problems.add(new FieldViolation(Column.TITLES.field, "MISSING_COLUMN",
                    "field.pledge-import-missing-column", Column.TITLES.field));
        }
        if (!names.containsKey(Column.PERSON_CODE) && !names.containsKey(Column.UNIT_CODE)) {
            problems.add(new FieldViolation(Column.PERSON_CODE.field, "MISSING_COLUMN",
                    "field.pledge-import-missing-subject-column"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new Header(columns, movements, names, movementNames);
    }

    /**
     * The movement key of a commitment column: "commitment:GD5T", "Cam kết: gd5t". The key is upper-cased (plan keys
     * are upper case, spreadsheet users may not type them so); an empty key is no commitment column.
     */
    static Optional<String> movementKey(String header) {
        int colon = header.indexOf(':');
        if (colon < 0 || !COMMITMENT_PREFIXES.contains(SpreadsheetCsv.headerKey(header.substring(0, colon)))) {
            return Optional.empty();
        }
        String key = header.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private static Row row(SpreadsheetCsv.Line line, Header header) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<CommitmentCell> commitments = new ArrayList<>();
        List<FieldViolation> problems = new ArrayList<>(line.problems());
        if (!problems.isEmpty()) {
            return new Row(line.number(), values, List.of(), commitments, problems);
        }
        header.columns.forEach((index, column) -> {
            String value = clean(header.names.get(column), line.cells().get(index), problems);
            if (!value.isEmpty()) {
                values.put(column, value);
            }
        });
        header.movements.forEach((index, key) -> {
            String field = header.movementNames.get(index);
            String text = clean(field, line.cells().get(index), problems);
            if (!text.isEmpty()) {
                commitments.add(new CommitmentCell(field, new Commitment(key, text)));
            }
        });
        List<String> titles = values.containsKey(Column.TITLES)
                ? Arrays.stream(values.get(Column.TITLES).split("\\" + TITLE_SEPARATOR)).map(String::strip)
                        .filter(code -> !code.isEmpty()).toList()
                : List.of();
        return new Row(line.number(), values, titles, commitments, problems);
    }

    // --- JSON ---------------------------------------------------------------------------------------------------

    private static Row row(int number, JsonNode element) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<String> titles = new ArrayList<>();
        List<CommitmentCell> commitments = new ArrayList<>();
        List<FieldViolation> problems = new ArrayList<>();
        if (!element.isObject()) {
            problems.add(invalidType("$", "type.object"));
            return new Row(number, values, titles, commitments, problems);
        }
        for (Map.Entry<String, JsonNode> property : element.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (value.isNull()) {
                continue;
            }
            if (COMMITMENTS.equals(name)) {
                commitments(value, commitments, problems);
                continue;
            }
            Optional<Column> column = Column.byField(name);
            if (column.isEmpty()) {
                problems.add(new FieldViolation(name, "UNKNOWN_FIELD", "field.unknown"));
            } else if (column.get() == Column.TITLES) {
                titles(value, titles, problems);
            } else if (column.get() == Column.PHASE ? !value.isIntegralNumber() : !value.isTextual()) {
                // a JSON row says what type its value is: 1 is no code, "1" no phase number
                problems.add(invalidType(name, column.get() == Column.PHASE ? "type.integer" : "type.string"));
            } else {
                String text = clean(name, value.asText(), problems);
                if (!text.isEmpty()) {
                    values.put(column.get(), text);
                }
            }
        }
        return new Row(number, values, titles, commitments, problems);
    }

    private static void titles(JsonNode value, List<String> titles, List<FieldViolation> problems) {
        if (!value.isArray()) {
            problems.add(invalidType(Column.TITLES.field, "type.array"));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode code = value.get(i);
            String field = Column.TITLES.field + "[" + i + "]";
            if (!code.isTextual()) {
                problems.add(invalidType(field, "type.string"));
            } else {
                titles.add(clean(field, code.asText(), problems));
            }
        }
    }

    private static void commitments(JsonNode value, List<CommitmentCell> commitments, List<FieldViolation> problems) {
        if (!value.isObject()) {
            problems.add(invalidType(COMMITMENTS, "type.object"));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String field = COMMITMENTS + "." + entry.getKey();
            JsonNode text = entry.getValue();
            if (text.isNull()) {
                continue;
            }
            if (!text.isTextual()) {
                problems.add(invalidType(field, "type.string"));
                continue;
            }
            String cleaned = clean(field, text.asText(), problems);
            if (!cleaned.isEmpty()) {
                commitments.add(new CommitmentCell(field, new Commitment(entry.getKey(), cleaned)));
            }
        }
    }

    // --- values -------------------------------------------------------------------------------------------------

    /**
     * The value composed (NFC) and stripped; an unprintable character ({@link Text#hasUnprintableCharacters}) is the
     * row's problem, and the value is dropped.
     */
    private static String clean(String field, String raw, List<FieldViolation> problems) {
        if (Text.hasUnprintableCharacters(raw)) {
            problems.add(Text.unprintable(field));
            return "";
        }
        return Text.normalised(raw).strip();
    }

    private static FieldViolation invalidType(String field, String typeKey) {
        return new FieldViolation(field, "INVALID_TYPE", "field.invalid-type", new Messages.Key(typeKey));
    }
}
