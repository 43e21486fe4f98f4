package vn.thidua.evaluation.eligibility;

import java.util.List;

import vn.thidua.catalog.RuleName;

/** Several achievements together (Bằng khen: two excellent years and two initiatives). */
final class AllOf implements Rule {

    @Override
    public RuleName name() {
        return RuleName.ALL_OF;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        if (criterion.parts().isEmpty()) {
            throw new RuleDataException("criterion " + criterion.id() + ": ALL_OF needs criteria in params.of");
        }
        List<CriterionResult> parts = criterion.parts().stream().map(judgement::check).toList();
        Outcome outcome = Outcome.allOf(parts.stream().map(CriterionResult::outcome).toList());
        var result = CriterionResult.of(criterion).parts(parts);
        if (outcome == Outcome.PASS) {
            boolean council = parts.stream().anyMatch(p -> p.outcome() == Outcome.AWAITING_COUNCIL);
            return result.is(council ? Outcome.AWAITING_COUNCIL : Outcome.PASS, "eligibility.all-of-pass", parts);
        }
        List<CriterionResult> unmet = parts.stream().filter(p -> p.outcome() == outcome).toList();
        return result.is(outcome, outcome == Outcome.FAIL ? "eligibility.all-of-fail" : "eligibility.all-of-review",
                unmet);
    }
}
