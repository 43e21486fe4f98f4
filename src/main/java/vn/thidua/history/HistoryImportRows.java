package vn.thidua.history;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The elements of the JSON imports, for the contract only: rows are read leniently, each cell as its column reads it,
 * so that every error can be reported on its row. Words such as "HTXS" are accepted as in CSV.
 */
final class HistoryImportRows {

    private HistoryImportRows() {
    }

    @Schema(name = "AnnualAssessmentImportRow", description = "One assessment: personCode or unitCode, not both.")
    record Assessment(@Schema(examples = "TCT-018") String personCode, @Schema(examples = "TCT-KLLCS") String unitCode,
            @Schema(required = true, examples = "2024") Integer year,
            @Schema(required = true, description = "EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED, or the Vietnamese words "
                    + "(Hoàn thành xuất sắc nhiệm vụ, HTXS, Hoàn thành tốt nhiệm vụ, HTT, Hoàn thành nhiệm vụ, HT, "
                    + "Không hoàn thành nhiệm vụ, KHT).", examples = "HTXS") String rating,
            @Schema(description = "Months worked, 0 to 12; maternity leave counts as work.", examples = "12")
            Integer monthsEmployed, String note) {
    }

    @Schema(name = "DisciplinaryMeasureImportRow", description = "One measure: personCode or unitCode, not both.")
    record Measure(@Schema(examples = "TCT-018") String personCode, @Schema(examples = "TCT-KLLCS") String unitCode,
            @Schema(required = true, description = "A DisciplineMeasure, or the Vietnamese words (Khiển trách, Cảnh "
                    + "cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc).", examples = "Khiển trách")
            String measure,
            @Schema(required = true) LocalDate decidedOn, @Schema(required = true) LocalDate servedUntil,
            @Schema(required = true, examples = "45/QĐ-TCT") String decisionNumber, String note) {
    }

    @Schema(name = "DisciplinaryProceedingImportRow", description = "One proceeding: personCode or unitCode, not "
            + "both.")
    record Proceeding(@Schema(examples = "TCT-018") String personCode, @Schema(examples = "TCT-KLLCS") String unitCode,
            @Schema(required = true, description = "DISCIPLINE, INVESTIGATION, INSPECTION (or Kỷ luật, Điều tra, "
                    + "Thanh tra, Kiểm tra).", examples = "INSPECTION") String kind,
            @Schema(required = true) LocalDate openedOn, LocalDate closedOn, String reference, String note) {
    }

    @Schema(name = "InitiativeImportRow", description = "One initiative or project: its authors by code, or the "
            + "owning unit's code, or both.")
    record Initiative(
            @Schema(required = true, description = "INITIATIVE or SCIENCE_PROJECT (or Sáng kiến, Đề tài).",
                    examples = "INITIATIVE") String kind,
            @Schema(required = true) String title,
            @Schema(description = "Person codes of the authors (in CSV separated by |).",
                    examples = "[\"TCT-018\", \"TCT-019\"]") List<String> authorCodes,
            @Schema(description = "The owning collective, for a unit's own initiative.") String unitCode,
            @Schema(required = true) String recognisedBy,
            @Schema(required = true, examples = "112/QĐ-TCT") String decisionNumber,
            @Schema(required = true) LocalDate recognisedOn,
            @Schema(description = "Absent: the year of recognisedOn.", examples = "2024") Integer year,
            @Schema(required = true, description = "BASE, PROVINCE, NATIONAL (or Cơ sở, Tỉnh, Toàn quốc).",
                    examples = "BASE") String level,
            String note) {
    }

    @Schema(name = "AwardRecordImportRow", description = "One conferred award: personCode or unitCode, not both.")
    record Award(@Schema(examples = "TCT-018") String personCode, @Schema(examples = "TCT-KLLCS") String unitCode,
            @Schema(required = true, examples = "2023") Integer year,
            @Schema(required = true, examples = "GRASSROOTS_EMULATION_FIGHTER") String awardCode,
            @Schema(required = true, examples = "215/QĐ-TCT") String decisionNumber, LocalDate decisionDate,
            @Schema(examples = "Giám đốc Trường Chính trị tỉnh Lai Châu") String authority, String note) {
    }
}
