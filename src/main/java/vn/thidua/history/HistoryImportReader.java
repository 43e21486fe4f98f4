package vn.thidua.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * Reads a history import into rows of text values by column, the same way for every kind: a CSV file (read as
 * {@link SpreadsheetCsv} reads every import; headers in English or Vietnamese) or a JSON array of objects. What makes
 * the file unreadable (an unknown, repeated or missing column) is a 400 naming it; what is wrong with one row is
 * recorded on that row, for the report.
 */
final class HistoryImportReader {

    /** Beyond this, split the file: one import is one transaction, and its report is one answer. */
    static final int MAX_ROWS = 50_000;

    /**
     * One row: {@code number} is the spreadsheet row of a CSV line (the header is row 1) or the 1-based position in
     * a JSON array; {@code values} the non-empty cells, stripped and NFC.
     */
    record Row(int number, Map<ImportSpec.Column, String> values, List<FieldViolation> problems) {
    }

    /** The rows, and the name each column has in this file (the header as written, or the JSON property). */
    record Sheet(ImportSpec spec, Map<ImportSpec.Column, String> names, List<Row> rows) {

        String name(ImportSpec.Column column) {
            return names.getOrDefault(column, column.field());
        }
    }

    private HistoryImportReader() {
    }

    static Sheet csv(ImportSpec spec, byte[] body) {
        SpreadsheetCsv.Table table = SpreadsheetCsv.read(body, MAX_ROWS);
        Map<Integer, ImportSpec.Column> columns = new LinkedHashMap<>();
        Map<ImportSpec.Column, String> names = new HashMap<>();
        List<FieldViolation> problems = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i);
            Optional<ImportSpec.Column> column = spec.byHeader(name);
            if (column.isEmpty()) {
                problems.add(new FieldViolation(name, "UNKNOWN_COLUMN", "field.history-import-unknown-column", name,
                        spec.accepted()));
            } else if (names.containsKey(column.get())) {
                problems.add(new FieldViolation(name, "DUPLICATE_COLUMN", "field.history-import-duplicate-column",
                        name, names.get(column.get())));
            } else {
                names.put(column.get(), name);
                columns.put(i, column.get());
            }
        }
        for (ImportSpec.Column column : spec.columns()) {
            if (column.required() && !names.containsKey(column)) {
                problems.add(new FieldViolation(column.field(), "MISSING_COLUMN",
                        "field.history-import-missing-column", column.field()));
            }
        }
        if (spec.hasSubject() && spec.byField(ImportSpec.PERSON_CODE).filter(names::containsKey).isEmpty()
                && spec.byField(ImportSpec.UNIT_CODE).filter(names::containsKey).isEmpty()) {
            problems.add(new FieldViolation(ImportSpec.PERSON_CODE, "MISSING_COLUMN",
                    "field.history-import-missing-subject-column"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        List<Row> rows = new ArrayList<>(table.lines().size());
        for (SpreadsheetCsv.Line line : table.lines()) {
            Map<ImportSpec.Column, String> values = new HashMap<>();
            List<FieldViolation> rowProblems = new ArrayList<>(line.problems());
            if (rowProblems.isEmpty()) {
                columns.forEach((index, column) -> put(values, column, names.get(column), line.cells().get(index),
                        rowProblems));
            }
            rows.add(new Row(line.number(), values, rowProblems));
        }
        return new Sheet(spec, names, rows);
    }

    static Sheet json(ImportSpec spec, byte[] body, ObjectMapper mapper) throws JsonProcessingException {
        List<JsonNode> elements = JsonRows.read(body, mapper, MAX_ROWS, "detail.history-import-json-array");
        List<Row> rows = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            Map<ImportSpec.Column, String> values = new HashMap<>();
            List<FieldViolation> problems = new ArrayList<>();
            if (!element.isObject()) {
                problems.add(invalidType("$", "type.object"));
            } else {
                for (Map.Entry<String, JsonNode> property : element.properties()) {
                    read(spec, property.getKey(), property.getValue(), values, problems);
                }
            }
            rows.add(new Row(i + 1, values, problems));
        }
        return new Sheet(spec, Map.of(), rows);
    }

    private static void read(ImportSpec spec, String name, JsonNode value, Map<ImportSpec.Column, String> values,
            List<FieldViolation> problems) {
        Optional<ImportSpec.Column> column = spec.byField(name);
        if (column.isEmpty()) {
            problems.add(new FieldViolation(name, "UNKNOWN_FIELD", "field.unknown"));
        } else if (value.isNull()) {
            return;
        } else if (value.isValueNode()) {
            // a JSON row says what type its value is: 2024 is no text, "2024" no number
            boolean integer = column.get().cell() == ImportCells.INTEGER;
            if (integer ? !value.isIntegralNumber() : !value.isTextual()) {
                problems.add(invalidType(name, integer ? "type.integer" : "type.string"));
                return;
            }
            put(values, column.get(), name, value.asText(), problems);
        } else if (value.isArray() && column.get().cell() == ImportCells.CODES) {
            List<String> codes = new ArrayList<>();
            for (JsonNode code : value) {
                if (!code.isTextual()) {
                    problems.add(invalidType(name, "type.string"));
                    return;
                }
                codes.add(code.asText());
            }
            put(values, column.get(), name, String.join("|", codes), problems);
        } else {
            problems.add(invalidType(name, column.get().cell() == ImportCells.CODES ? "type.array" : "type.string"));
        }
    }

    /**
     * The value composed (NFC) and stripped; an unprintable character ({@link Text#hasUnprintableCharacters}) is the
     * row's problem, and the value is dropped.
     */
    private static void put(Map<ImportSpec.Column, String> values, ImportSpec.Column column, String name, String raw,
            List<FieldViolation> problems) {
        if (Text.hasUnprintableCharacters(raw)) {
            problems.add(Text.unprintable(name));
            return;
        }
        String value = Text.normalised(raw).strip();
        if (!value.isEmpty()) {
            values.put(column, value);
        }
    }

    private static FieldViolation invalidType(String field, String typeKey) {
        return new FieldViolation(field, "INVALID_TYPE", "field.invalid-type", new Messages.Key(typeKey));
    }
}
