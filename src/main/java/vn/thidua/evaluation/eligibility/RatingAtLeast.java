package vn.thidua.evaluation.eligibility;

import java.util.Optional;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.Rating;
import vn.thidua.history.SubjectHistory;

/**
 * The subject's own annual rating for the period's year is {@code min} or better (LĐTT: hoàn thành tốt nhiệm vụ
 * trở lên; TTLĐXS: hoàn thành xuất sắc). No rating recorded yet: NEEDS_REVIEW, not FAIL.
 */
final class RatingAtLeast implements Rule {

    @Override
    public RuleName name() {
        return RuleName.RATING_AT_LEAST;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        Rating min = params.choice("min", Rating.class);
        int year = judgement.period.year();
        Optional<SubjectHistory.Assessment> assessment = judgement.assessment(judgement.subject(), year);
        var result = CriterionResult.of(criterion).value("year", year).value("min", min.name())
                .value("rating", assessment.map(a -> a.rating().name()).orElse(null));
        if (assessment.isEmpty()) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.rating-missing", String.valueOf(year));
        }
        Rating rating = assessment.get().rating();
        return rating.atLeast(min)
                ? result.is(Outcome.PASS, "eligibility.rating-pass", String.valueOf(year), Term.of(rating), Term.of(min))
                : result.is(Outcome.FAIL, "eligibility.rating-fail", String.valueOf(year), Term.of(rating), Term.of(min));
    }
}
