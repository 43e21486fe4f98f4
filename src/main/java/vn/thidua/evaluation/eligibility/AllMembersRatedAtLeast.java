package vn.thidua.evaluation.eligibility;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.Rating;
import vn.thidua.history.SubjectHistory;

/** Every member is rated {@code min} or better for the year (TTLĐXS: 100% hoàn thành nhiệm vụ, Luật 2022 điều 27). */
final class AllMembersRatedAtLeast implements Rule {

    @Override
    public RuleName name() {
        return RuleName.ALL_MEMBERS_RATED_AT_LEAST;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        Rating min = params.choice("min", Rating.class);
        int year = judgement.period.year();
        List<Candidate> members = judgement.members();
        List<Candidate> below = new ArrayList<>();
        List<Candidate> unrated = new ArrayList<>();
        for (Candidate member : members) {
            var assessment = judgement.assessment(member, year).map(SubjectHistory.Assessment::rating);
            if (assessment.isEmpty()) {
                unrated.add(member);
            } else if (!assessment.get().atLeast(min)) {
                below.add(member);
            }
        }
        var result = CriterionResult.of(criterion).value("min", min.name()).value("year", year)
                .value("members", members.size()).value("below", below.stream().map(Candidate::id).toList())
                .value("unrated", unrated.stream().map(Candidate::id).toList());
        if (members.isEmpty()) {
            return result.is(Outcome.FAIL, "eligibility.no-members");
        }
        if (!below.isEmpty()) {
            return result.is(Outcome.FAIL, "eligibility.members-below", String.valueOf(below.size()), Term.of(min),
                    Words.names(below));
        }
        if (!unrated.isEmpty()) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.members-unrated", String.valueOf(unrated.size()),
                    String.valueOf(year), Words.names(unrated));
        }
        return result.is(Outcome.PASS, "eligibility.members-rated", String.valueOf(members.size()), Term.of(min));
    }
}
