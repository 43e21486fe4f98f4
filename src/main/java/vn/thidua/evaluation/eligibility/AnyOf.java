package vn.thidua.evaluation.eligibility;

import java.util.List;

import vn.thidua.catalog.RuleName;

/** One of several achievements suffices (CSTĐCS: rated excellent, or a recognised initiative or project). */
final class AnyOf implements Rule {

    @Override
    public RuleName name() {
        return RuleName.ANY_OF;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        if (criterion.parts().isEmpty()) {
            throw new RuleDataException("criterion " + criterion.id() + ": ANY_OF needs criteria in params.of");
        }
        List<CriterionResult> parts = criterion.parts().stream().map(judgement::check).toList();
        Outcome outcome = Outcome.anyOf(parts.stream().map(CriterionResult::outcome).toList());
        var result = CriterionResult.of(criterion).parts(parts);
        if (outcome == Outcome.PASS) {
            CriterionResult met = parts.stream().filter(p -> p.outcome() == Outcome.PASS).findFirst()
                    .orElse(parts.stream().filter(p -> p.outcome() != Outcome.FAIL
                            && p.outcome() != Outcome.NEEDS_REVIEW).findFirst().orElseThrow());
            Outcome own = met.outcome() == Outcome.AWAITING_COUNCIL ? Outcome.AWAITING_COUNCIL : Outcome.PASS;
            return result.is(own, "eligibility.any-of-pass", met);
        }
        return result.is(outcome, outcome == Outcome.FAIL ? "eligibility.any-of-fail" : "eligibility.any-of-review",
                parts);
    }
}
