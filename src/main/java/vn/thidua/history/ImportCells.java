package vn.thidua.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.Messages;
import vn.thidua.common.text.SpreadsheetCsv;

/**
 * How an imported cell becomes the JSON value of the request it feeds: numbers, dates as offices write them
 * (2024-03-15 or 15/03/2024), codes separated by {@code |}, and the words of assessments and disciplinary records as
 * Vietnamese spreadsheets write them ("Hoàn thành tốt nhiệm vụ", "HTT", "Khiển trách"), case and accents ignored.
 */
final class ImportCells {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Years a date of history may fall in: a record before 1900 or after 2100 is a typing slip. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    /** Strict: 31/02 is no date, where the default resolver would quietly read the 29th. */
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Reads one cell; null when it cannot, with the reason added to {@code problems} under {@code field}. */
    interface Cell {
        JsonNode read(String field, String text, List<FieldViolation> problems);
    }

    private ImportCells() {
    }

    static final Cell TEXT = (field, text, problems) -> NODES.textNode(text);

    static final Cell INTEGER = (field, text, problems) -> {
        try {
            return NODES.numberNode(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            problems.add(new FieldViolation(field, "INVALID_TYPE", "field.invalid-type",
                    new Messages.Key("type.integer")));
            return null;
        }
    };

    static final Cell DATE = (field, text, problems) -> {
        try {
            LocalDate day = text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
            if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                problems.add(new FieldViolation(field, "OUT_OF_RANGE", "field.history-import-date-range",
                        FIRST_YEAR, LAST_YEAR));
                return null;
            }
            return NODES.textNode(day.toString());
        } catch (DateTimeParseException e) {
            problems.add(new FieldViolation(field, "INVALID_TYPE", "field.history-import-date"));
            return null;
        }
    };

    /** Codes separated by {@code |} (neither comma nor semicolon, which may be the file's delimiter). */
    static final Cell CODES = (field, text, problems) -> {
        ArrayNode codes = NODES.arrayNode();
        Arrays.stream(text.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).forEach(codes::add);
        return codes;
    };

    static final Cell RATING = words(Rating.class, Map.of(
            Rating.EXCELLENT, List.of("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc", "HTXS", "HTXSNV"),
            Rating.GOOD, List.of("Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt", "HTT", "HTTNV"),
            Rating.COMPLETED, List.of("Hoàn thành nhiệm vụ", "Hoàn thành", "HT", "HTNV"),
            Rating.NOT_COMPLETED, List.of("Không hoàn thành nhiệm vụ", "Không hoàn thành", "KHT", "KHTNV")));

    static final Cell MEASURE = words(DisciplineMeasure.class, Map.of(
            DisciplineMeasure.REPRIMAND, List.of("Khiển trách"),
            DisciplineMeasure.WARNING, List.of("Cảnh cáo"),
            DisciplineMeasure.SALARY_DOWNGRADE, List.of("Hạ bậc lương"),
            DisciplineMeasure.DEMOTION, List.of("Giáng chức"),
            DisciplineMeasure.REMOVAL_FROM_OFFICE, List.of("Cách chức"),
            DisciplineMeasure.DISMISSAL, List.of("Buộc thôi việc")));

    static final Cell PROCEEDING = words(ProceedingKind.class, Map.of(
            ProceedingKind.DISCIPLINE, List.of("Kỷ luật", "Xem xét kỷ luật", "Xem xét xử lý kỷ luật"),
            ProceedingKind.INVESTIGATION, List.of("Điều tra"),
            ProceedingKind.INSPECTION, List.of("Thanh tra", "Kiểm tra")));

    static final Cell INITIATIVE = words(InitiativeKind.class, Map.of(
            InitiativeKind.INITIATIVE, List.of("Sáng kiến"),
            InitiativeKind.SCIENCE_PROJECT, List.of("Đề tài", "Đề tài khoa học", "Đề tài nghiên cứu khoa học")));

    static final Cell LEVEL = words(EffectLevel.class, Map.of(
            EffectLevel.BASE, List.of("Cơ sở", "Cấp cơ sở"),
            EffectLevel.PROVINCE, List.of("Tỉnh", "Cấp tỉnh", "Bộ, ngành, tỉnh", "Cấp bộ, ngành, tỉnh"),
            EffectLevel.NATIONAL, List.of("Toàn quốc", "Cấp toàn quốc")));

    /**
     * An enum written as its name (any case; spaces or hyphens for underscores) or as one of its Vietnamese words;
     * compared folded, like header names.
     */
    static <E extends Enum<E>> Cell words(Class<E> type, Map<E, List<String>> vietnamese) {
        Map<String, E> byKey = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            byKey.put(SpreadsheetCsv.headerKey(value.name()), value);
        }
        vietnamese.forEach((value, words) -> words.forEach(w -> byKey.put(SpreadsheetCsv.headerKey(w), value)));
        String accepted = Arrays.stream(type.getEnumConstants()).map(value -> value.name()
                + vietnamese.getOrDefault(value, List.of()).stream().collect(Collectors.joining(", ", " (", ")")))
                .collect(Collectors.joining("; "));
        return (field, text, problems) -> {
            E value = byKey.get(SpreadsheetCsv.headerKey(text));
            if (value == null) {
                problems.add(new FieldViolation(field, "INVALID_VALUE", "field.history-import-word", text, accepted));
                return null;
            }
            return NODES.textNode(value.name());
        };
    }
}
