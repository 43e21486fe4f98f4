package vn.thidua.history;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.thidua.common.text.SpreadsheetCsv;

/**
 * The columns of one kind's import: each with the JSON property of the request it fills, how its cell is read, whether
 * the file must have it, and the header names accepted for it (the property itself, or Vietnamese ones). The
 * subject's columns ({@code personCode}, {@code unitCode}) and an initiative's {@code authorCodes} are resolved by the
 * import itself; every other column goes into the request as is.
 */
record ImportSpec(String kindName, Class<?> requestType, boolean hasSubject, List<Column> columns) {

    static final String PERSON_CODE = "personCode";
    static final String UNIT_CODE = "unitCode";
    static final String AUTHOR_CODES = "authorCodes";

    /** One column: its property, its cell, whether required, and the header names that mean it. */
    record Column(String field, ImportCells.Cell cell, boolean required, Set<String> keys) {

        static Column of(String field, ImportCells.Cell cell, boolean required, String... vietnamese) {
            return new Column(field, cell, required, Stream.concat(Stream.of(field), Arrays.stream(vietnamese))
                    .map(SpreadsheetCsv::headerKey).collect(Collectors.toUnmodifiableSet()));
        }
    }

    private static final Column PERSON = Column.of(PERSON_CODE, ImportCells.TEXT, false, "Mã cán bộ", "Mã CB",
            "Mã người");
    private static final Column UNIT = Column.of(UNIT_CODE, ImportCells.TEXT, false, "Mã đơn vị", "Mã tập thể");
    private static final Column YEAR = Column.of("year", ImportCells.INTEGER, true, "Năm");
    private static final Column NOTE = Column.of("note", ImportCells.TEXT, false, "Ghi chú");
    private static final Column DECISION_NUMBER = Column.of("decisionNumber", ImportCells.TEXT, true,
            "Số quyết định", "Số QĐ");

    static final ImportSpec ASSESSMENTS = new ImportSpec("annual-assessment", HistoryRequests.CreateAssessment.class,
            true, List.of(PERSON, UNIT, YEAR,
                    Column.of("rating", ImportCells.RATING, true, "Xếp loại", "Kết quả xếp loại", "Mức xếp loại"),
                    Column.of("monthsEmployed", ImportCells.INTEGER, false, "Số tháng công tác", "Số tháng làm việc"),
                    NOTE));

    static final ImportSpec MEASURES = new ImportSpec("disciplinary-measure", HistoryRequests.CreateMeasure.class,
            true, List.of(PERSON, UNIT,
                    Column.of("measure", ImportCells.MEASURE, true, "Hình thức kỷ luật", "Hình thức"),
                    Column.of("decidedOn", ImportCells.DATE, true, "Ngày quyết định", "Ngày kỷ luật"),
                    Column.of("servedUntil", ImportCells.DATE, true, "Thời hạn đến", "Hết hiệu lực", "Đến ngày"),
                    DECISION_NUMBER, NOTE));

    static final ImportSpec PROCEEDINGS = new ImportSpec("disciplinary-proceeding",
            HistoryRequests.CreateProceeding.class, true, List.of(PERSON, UNIT,
                    Column.of("kind", ImportCells.PROCEEDING, true, "Loại", "Loại vụ việc"),
                    Column.of("openedOn", ImportCells.DATE, true, "Ngày bắt đầu", "Ngày mở"),
                    Column.of("closedOn", ImportCells.DATE, false, "Ngày kết thúc", "Ngày đóng"),
                    Column.of("reference", ImportCells.TEXT, false, "Văn bản", "Số văn bản"),
                    NOTE));

    static final ImportSpec INITIATIVES = new ImportSpec("initiative", HistoryRequests.InitiativeContent.class,
            false, List.of(
                    Column.of("kind", ImportCells.INITIATIVE, true, "Loại"),
                    Column.of("title", ImportCells.TEXT, true, "Tên sáng kiến", "Tên đề tài", "Tên"),
                    Column.of(AUTHOR_CODES, ImportCells.CODES, false, "Mã tác giả", "Tác giả"),
                    UNIT,
                    Column.of("recognisedBy", ImportCells.TEXT, true, "Cơ quan công nhận", "Hội đồng công nhận"),
                    DECISION_NUMBER,
                    Column.of("recognisedOn", ImportCells.DATE, true, "Ngày công nhận", "Ngày quyết định"),
                    Column.of("year", ImportCells.INTEGER, false, "Năm"),
                    Column.of("level", ImportCells.LEVEL, true, "Phạm vi ảnh hưởng", "Cấp"),
                    NOTE));

    static final ImportSpec AWARDS = new ImportSpec("award-record", HistoryRequests.CreateAward.class, true,
            List.of(PERSON, UNIT, YEAR,
                    Column.of("awardCode", ImportCells.TEXT, true, "Mã khen thưởng", "Danh hiệu", "Hình thức khen thưởng"),
                    DECISION_NUMBER,
                    Column.of("decisionDate", ImportCells.DATE, false, "Ngày quyết định"),
                    Column.of("authority", ImportCells.TEXT, false, "Cấp khen", "Thẩm quyền", "Cơ quan khen thưởng"),
                    NOTE));

    Optional<Column> byHeader(String header) {
        String key = SpreadsheetCsv.headerKey(header);
        return columns.stream().filter(c -> c.keys().contains(key)).findFirst();
    }

    Optional<Column> byField(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** The column a request property comes from: an id from its code column, everything else from its own. */
    Optional<Column> columnOfProperty(String property) {
        return switch (property) {
            case "personId" -> byField(PERSON_CODE);
            case "unitId" -> byField(UNIT_CODE);
            case "authorIds" -> byField(AUTHOR_CODES);
            default -> byField(property);
        };
    }

    String accepted() {
        return columns.stream().map(Column::field).collect(Collectors.joining(", "));
    }
}
