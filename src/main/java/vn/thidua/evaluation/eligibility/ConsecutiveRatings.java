package vn.thidua.evaluation.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.Rating;
import vn.thidua.history.SubjectHistory;

/**
 * Rated {@code min} or better in each of the {@code count} years ending with the period's (Bằng khen: two
 * consecutive excellent years). A year without a rating yet: NEEDS_REVIEW; a year before a served discipline does
 * not count.
 */
final class ConsecutiveRatings implements Rule {

    @Override
    public RuleName name() {
        return RuleName.CONSECUTIVE_RATINGS;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        Rating min = params.choice("min", Rating.class);
        int count = params.integer("count");
        int last = judgement.period.year();
        List<Integer> held = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int year = last - count + 1; year <= last; year++) {
            Optional<SubjectHistory.Assessment> assessment = judgement.assessment(judgement.subject(), year);
            if (assessment.isEmpty()) {
                unknown.add(year);
            } else if (assessment.get().rating().atLeast(min) && judgement.yearCounts(year)) {
                held.add(year);
            } else {
                missing.add(year);
            }
        }
        var result = CriterionResult.of(criterion).value("min", min.name()).value("count", count).value("held", held)
                .value("missing", missing).value("unrated", unknown);
        if (!missing.isEmpty()) {
            return result.is(Outcome.FAIL, "eligibility.ratings-fail", String.valueOf(count), Term.of(min),
                    held.isEmpty() ? Term.of("eligibility.none") : Words.years(held), Words.years(missing));
        }
        if (!unknown.isEmpty()) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.ratings-review", Words.years(unknown));
        }
        return result.is(Outcome.PASS, "eligibility.ratings-pass", String.valueOf(count), Term.of(min),
                Words.years(held));
    }
}
