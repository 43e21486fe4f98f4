package vn.thidua.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the base-salary and coefficient operations. */
public final class CashSettingsResponses {

    private CashSettingsResponses() {
    }

    @Schema(name = "BaseSalary", description = "The base salary (mức lương cơ sở) from `effectiveFrom` until the next "
            + "entry.")
    public record BaseSalaryEntry(UUID id, @Schema(examples = "2024-07-01") LocalDate effectiveFrom,
            @Schema(examples = "2340000") long amountVnd,
            @Schema(examples = "Nghị định 73/2024/NĐ-CP") String legalBasis,
            boolean needsVerification,
            @Schema(description = "In force today (Vietnam time).") boolean current,
            String createdBy, OffsetDateTime createdAt, long version) {

        static BaseSalaryEntry from(BaseSalary salary, boolean current) {
            return new BaseSalaryEntry(salary.id, salary.effectiveFrom, salary.amountVnd, salary.legalBasis,
                    salary.needsVerification, current, salary.createdBy, salary.createdAt, salary.version);
        }
    }

    @Schema(name = "AwardCoefficient", description = "A title's or form's cash coefficient from `effectiveFrom` until "
            + "the next entry of the same award.")
    public record AwardCoefficientEntry(UUID id, @Schema(examples = "PROVINCE_COMMENDATION") String awardCode,
            @Schema(examples = "2025-07-01") LocalDate effectiveFrom,
            @Schema(examples = "1.5") BigDecimal coefficient,
            @Schema(examples = "Nghị định 152/2025/NĐ-CP, điều 54") String legalBasis,
            boolean needsVerification, String createdBy, OffsetDateTime createdAt, long version) {

        static AwardCoefficientEntry from(AwardCoefficient row) {
            return new AwardCoefficientEntry(row.id, row.awardCode, row.effectiveFrom, CashRule.plain(row.coefficient),
                    row.legalBasis, row.needsVerification, row.createdBy, row.createdAt, row.version);
        }
    }
}
