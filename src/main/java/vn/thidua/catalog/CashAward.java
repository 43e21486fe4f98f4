package vn.thidua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cash award of one title or form to one recipient on a decision date, with every input and its basis. */
@Schema(name = "CashAward", description = "amountVnd = ceil(coefficient × multiplier × baseSalaryVnd / 10,000) × "
        + "10,000 (NĐ 98/2023, NĐ 152/2025 điều 49), with the inputs in force on the day.")
public record CashAward(
        @Schema(examples = "PROVINCE_COMMENDATION") String awardCode,
        Recipient recipient,
        @Schema(description = "The decision date the inputs are taken on.", examples = "2025-07-01") LocalDate on,
        @Schema(examples = "1.5") BigDecimal coefficient,
        @Schema(description = "2 for a collective's form, 1.5 for a household's, 1 for a person and for titles "
                + "(a title's coefficient is already its subject's).", examples = "1") BigDecimal multiplier,
        @Schema(examples = "2340000") long baseSalaryVnd,
        @Schema(description = "The product before rounding.", examples = "3510000") BigDecimal exactVnd,
        @Schema(description = "Rounded up to a multiple of 10,000 đồng.", examples = "3510000") long amountVnd,
        @Schema(examples = "Nghị định 152/2025/NĐ-CP, điều 54") String coefficientLegalBasis,
        @Schema(examples = "Nghị định 98/2023/NĐ-CP; Nghị định 152/2025/NĐ-CP") String multiplierLegalBasis,
        @Schema(examples = "Nghị định 73/2024/NĐ-CP") String baseSalaryLegalBasis,
        @Schema(description = "True when any input is not verified against the official text.")
        boolean needsVerification) {
}
