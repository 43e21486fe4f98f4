package vn.thidua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the base-salary and coefficient operations. */
public final class CashSettingsRequests {

    private CashSettingsRequests() {
    }

    @Schema(name = "AddBaseSalaryRequest", description = "A change of the base salary from a day on.")
    public record AddBaseSalary(
            @Schema(required = true, examples = "2027-07-01") @NotNull LocalDate effectiveFrom,
            @Schema(required = true, description = "VND per month.", examples = "2730000") @NotNull @Min(1)
            Long amountVnd,
            @Schema(required = true, examples = "Nghị định 12/2027/NĐ-CP") @NotBlank @Size(max = 2000)
            String legalBasis,
            @Schema(description = "True while the text is not verified; default false.") Boolean needsVerification) {
    }

    @Schema(name = "AddAwardCoefficientRequest", description = "A title's or form's coefficient from a day on.")
    public record AddAwardCoefficient(
            @Schema(required = true, examples = "PROVINCE_COMMENDATION") @NotBlank @Size(max = 50) String awardCode,
            @Schema(required = true, examples = "2027-01-01") @NotNull LocalDate effectiveFrom,
            @Schema(required = true, description = "Times the base salary, two decimals at most.", examples = "1.5")
            @NotNull @DecimalMin("0.01") @Digits(integer = 4, fraction = 2)
            BigDecimal coefficient,
            @Schema(required = true, examples = "Nghị định 152/2025/NĐ-CP, điều 54") @NotBlank @Size(max = 2000)
            String legalBasis,
            @Schema(description = "True while the text is not verified; default false.") Boolean needsVerification) {
    }
}
