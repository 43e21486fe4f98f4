package vn.thidua.evaluation.eligibility;

import java.util.Optional;

import vn.thidua.catalog.RuleName;
import vn.thidua.history.SubjectHistory;

/**
 * Not for people recruited less than {@code months} months before the year's end (TT 01/2024/TT-BNV: 6 months;
 * maternity leave counts as work, NĐ 152/2025/NĐ-CP điều 4.5). The months come from the year's assessment record.
 */
final class MinMonthsEmployed implements Rule {

    @Override
    public RuleName name() {
        return RuleName.MIN_MONTHS_EMPLOYED;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        int min = params.integer("months");
        int year = judgement.period.year();
        Optional<Integer> months = judgement.assessment(judgement.subject(), year)
                .map(SubjectHistory.Assessment::monthsEmployed);
        var result = CriterionResult.of(criterion).value("year", year).value("minMonths", min)
                .value("monthsEmployed", months.orElse(null));
        if (months.isEmpty()) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.months-missing", String.valueOf(year),
                    String.valueOf(min));
        }
        return months.get() >= min
                ? result.is(Outcome.PASS, "eligibility.months-pass", String.valueOf(months.get()), String.valueOf(min))
                : result.is(Outcome.FAIL, "eligibility.months-fail", String.valueOf(months.get()),
                        String.valueOf(year), String.valueOf(min));
    }
}
