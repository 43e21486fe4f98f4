package vn.thidua.history;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the history operations: a create names the subject, an update only the content. */
public final class HistoryRequests {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private HistoryRequests() {
    }

    /** The subject of a new record: a person by id or code, or a unit by id or code; exactly one of them. */
    interface SubjectFields {
        UUID personId();

        String personCode();

        UUID unitId();

        String unitCode();
    }

    @Schema(name = "CreateAnnualAssessmentRequest", description = "The annual assessment of a person or a unit for a "
            + "year. Give the subject as personId or personCode (a person), or unitId or unitCode (a collective).")
    public record CreateAssessment(
            UUID personId, @Schema(examples = "TCT-018") @Size(max = 50) String personCode,
            UUID unitId, @Schema(examples = "TCT-KLLCS") @Size(max = 50) String unitCode,
            @Schema(examples = "2024") @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
            @NotNull Rating rating,
            @Schema(description = "Months worked in the year, 0 to 12; maternity leave counts as months worked. "
                    + "Absent: not recorded.", examples = "12") @Min(0) @Max(12) Integer monthsEmployed,
            @Size(max = 2000) String note) implements SubjectFields {
    }

    @Schema(name = "UpdateAnnualAssessmentRequest", description = "The new content of an annual assessment; the "
            + "subject stays.")
    public record UpdateAssessment(
            @Schema(examples = "2024") @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
            @NotNull Rating rating,
            @Schema(description = "Months worked in the year, 0 to 12; maternity leave counts as months worked.",
                    examples = "12") @Min(0) @Max(12) Integer monthsEmployed,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CreateDisciplinaryMeasureRequest", description = "A disciplinary measure taken against a person or "
            + "a collective. Give the subject as personId or personCode, or unitId or unitCode.")
    public record CreateMeasure(
            UUID personId, @Schema(examples = "TCT-018") @Size(max = 50) String personCode,
            UUID unitId, @Schema(examples = "TCT-KLLCS") @Size(max = 50) String unitCode,
            @NotNull DisciplineMeasure measure,
            @NotNull LocalDate decidedOn,
            @Schema(description = "The last day the measure has effect (inclusive); not before decidedOn.")
            @NotNull LocalDate servedUntil,
            @Schema(examples = "45/QĐ-TCT") @NotBlank @Size(max = 100) String decisionNumber,
            @Size(max = 2000) String note) implements SubjectFields {
    }

    @Schema(name = "UpdateDisciplinaryMeasureRequest", description = "The new content of a disciplinary measure.")
    public record UpdateMeasure(
            @NotNull DisciplineMeasure measure,
            @NotNull LocalDate decidedOn,
            @Schema(description = "The last day the measure has effect (inclusive); not before decidedOn.")
            @NotNull LocalDate servedUntil,
            @Schema(examples = "45/QĐ-TCT") @NotBlank @Size(max = 100) String decisionNumber,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CreateDisciplinaryProceedingRequest", description = "A disciplinary procedure, investigation or "
            + "inspection about a person or a collective. Give the subject as personId or personCode, or unitId or "
            + "unitCode.")
    public record CreateProceeding(
            UUID personId, @Schema(examples = "TCT-018") @Size(max = 50) String personCode,
            UUID unitId, @Schema(examples = "TCT-KLLCS") @Size(max = 50) String unitCode,
            @NotNull ProceedingKind kind,
            @NotNull LocalDate openedOn,
            @Schema(description = "When it ended; absent while it is pending. Not before openedOn.")
            LocalDate closedOn,
            @Schema(examples = "Thông báo 12/TB-UBKT") @Size(max = 200) String reference,
            @Size(max = 2000) String note) implements SubjectFields {
    }

    @Schema(name = "UpdateDisciplinaryProceedingRequest", description = "The new content of a proceeding; set closedOn "
            + "when it ends.")
    public record UpdateProceeding(
            @NotNull ProceedingKind kind,
            @NotNull LocalDate openedOn,
            @Schema(description = "When it ended; absent while it is pending. Not before openedOn.")
            LocalDate closedOn,
            @Schema(examples = "Thông báo 12/TB-UBKT") @Size(max = 200) String reference,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "InitiativeRequest", description = "A recognised initiative (sáng kiến) or accepted science project. "
            + "Authors are people of your scope, at least one unless unitId names the collective that owns it.")
    public record InitiativeContent(
            @NotNull InitiativeKind kind,
            @Schema(examples = "Đổi mới phương pháp giảng dạy lý luận chính trị bằng tình huống thực tiễn")
            @NotBlank @Size(max = 500) String title,
            @Schema(description = "The authors' person ids.") @Size(max = 50) List<@NotNull UUID> authorIds,
            @Schema(description = "The collective that owns the initiative, when it is a unit's own.") UUID unitId,
            @Schema(description = "The body that recognised it.", examples = "Hội đồng sáng kiến Trường Chính trị tỉnh")
            @NotBlank @Size(max = 300) String recognisedBy,
            @Schema(examples = "112/QĐ-TCT") @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate recognisedOn,
            @Schema(description = "The emulation year it counts for; absent: the year of recognisedOn.",
                    examples = "2024") @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
            @NotNull EffectLevel level,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CreateAwardRecordRequest", description = "A title or form conferred in a past year, as the records "
            + "show it (source IMPORTED). Give the subject as personId or personCode, or unitId or unitCode.")
    public record CreateAward(
            UUID personId, @Schema(examples = "TCT-018") @Size(max = 50) String personCode,
            UUID unitId, @Schema(examples = "TCT-KLLCS") @Size(max = 50) String unitCode,
            @Schema(examples = "2023") @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
            @Schema(description = "A code of the catalogue (title or form) that fits the subject.",
                    examples = "GRASSROOTS_EMULATION_FIGHTER") @NotBlank @Size(max = 50) String awardCode,
            @Schema(examples = "215/QĐ-TCT") @NotBlank @Size(max = 100) String decisionNumber,
            LocalDate decisionDate,
            @Schema(examples = "Giám đốc Trường Chính trị tỉnh Lai Châu") @Size(max = 300) String authority,
            @Size(max = 2000) String note) implements SubjectFields {
    }

    @Schema(name = "UpdateAwardRecordRequest", description = "The new content of an imported award record.")
    public record UpdateAward(
            @Schema(examples = "2023") @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year,
            @Schema(description = "A code of the catalogue (title or form) that fits the subject.",
                    examples = "GRASSROOTS_EMULATION_FIGHTER") @NotBlank @Size(max = 50) String awardCode,
            @Schema(examples = "215/QĐ-TCT") @NotBlank @Size(max = 100) String decisionNumber,
            LocalDate decisionDate,
            @Schema(examples = "Giám đốc Trường Chính trị tỉnh Lai Châu") @Size(max = 300) String authority,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "RevokeAwardRecordRequest", description = "The decision that annulled the award.")
    public record Revoke(
            @NotNull LocalDate revokedOn,
            @Schema(examples = "301/QĐ-UBND") @NotBlank @Size(max = 100) String revocationNumber,
            @Schema(examples = "Hồ sơ đề nghị khen thưởng không trung thực") @NotBlank @Size(max = 2000) String reason) {
    }
}
