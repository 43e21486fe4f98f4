package vn.thidua.catalog;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;

/**
 * The cash amount of an award line, for the decisions feature: the coefficient, multiplier and base salary in force
 * on the decision date, put through {@link CashRule}. Refuses (400) an award code not in the catalogue or one that
 * does not fit the recipient, and answers 404 when an input has no value in force on the day.
 */
@ApplicationScoped
public class CashCalculator {

    @Inject
    CashSettingsRepository settings;
    @Inject
    AwardTypeRepository types;

    @Transactional
    public CashAward amount(String awardCode, Recipient recipient, LocalDate decisionDate) {
        return amount("awardCode", awardCode, recipient, decisionDate);
    }

    /** The same, naming the request's field that holds the award code in a refusal. */
    @Transactional
    CashAward amount(String awardField, String awardCode, Recipient recipient, LocalDate day) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(day, "day");
        AwardType type = awardCode == null ? null : types.findById(awardCode);
        if (type == null) {
            throw ApiException.invalid(awardField, "UNKNOWN_AWARD", "field.award-unknown", awardCode);
        }
        if (!fits(type, recipient)) {
            throw ApiException.invalid("recipient", "AWARD_DOES_NOT_FIT", "field.cash-recipient-does-not-fit",
                    awardCode, recipient);
        }
        BaseSalary salary = settings.baseSalaryOn(day).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "detail.base-salary-none-in-force", day));
        AwardCoefficient coefficient = settings.coefficientOn(awardCode, day).orElseThrow(() -> new ApiException(
                ProblemType.NOT_FOUND, "detail.award-coefficient-none-in-force", awardCode, day));
        CashMultiplier multiplier = settings.multiplierOn(recipient, type.category, day).orElseThrow(() ->
                new ApiException(ProblemType.NOT_FOUND, "detail.cash-multiplier-none-in-force", recipient, day));
        return new CashAward(awardCode, recipient, day, CashRule.plain(coefficient.coefficient),
                CashRule.plain(multiplier.multiplier),
                salary.amountVnd, CashRule.exact(coefficient.coefficient, multiplier.multiplier, salary.amountVnd),
                CashRule.amount(coefficient.coefficient, multiplier.multiplier, salary.amountVnd),
                coefficient.legalBasis, multiplier.legalBasis, salary.legalBasis,
                coefficient.needsVerification || multiplier.needsVerification || salary.needsVerification);
    }

    /** A household receives forms only; people and collectives what fits them. */
    private static boolean fits(AwardType type, Recipient recipient) {
        return switch (recipient) {
            case PERSON -> type.fits(true);
            case COLLECTIVE -> type.fits(false);
            case HOUSEHOLD -> type.subject == AwardType.Subject.ANY;
        };
    }
}
