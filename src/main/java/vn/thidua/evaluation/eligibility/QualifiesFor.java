package vn.thidua.evaluation.eligibility;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.AwardName;

/**
 * The subject earns another title in the same period (CSTĐCS rests on LĐTT), judged by that title's own criteria,
 * or already holds it for the year by a decision.
 */
final class QualifiesFor implements Rule {

    @Override
    public RuleName name() {
        return RuleName.QUALIFIES_FOR;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        String title = params.text("title");
        var result = CriterionResult.of(criterion).value("title", title);
        if (Judgement.conferred(judgement.subject(), title, judgement.period.year())) {
            return result.value("conferred", true).is(Outcome.PASS, "eligibility.holds", new AwardName(title),
                    String.valueOf(judgement.period.year()));
        }
        TitleResult other = judgement.title(title);
        if (other.outcome() != Outcome.PASS) {
            // which criteria it misses: worked out again only when there are some, not for every passing subject
            other = judgement.detailedTitle(title);
        }
        result.value("outcome", other.outcome().name()).value("unmet", other.criteria().stream()
                .filter(c -> c.outcome() == Outcome.FAIL || c.outcome() == Outcome.NEEDS_REVIEW)
                .map(CriterionResult::id).toList());
        return switch (other.outcome()) {
            case PASS -> result.is(other.awaitingCouncil() ? Outcome.AWAITING_COUNCIL : Outcome.PASS,
                    "eligibility.qualifies", new AwardName(title));
            case NEEDS_REVIEW -> result.is(Outcome.NEEDS_REVIEW, "eligibility.qualifies-review", new AwardName(title));
            default -> result.is(Outcome.FAIL, "eligibility.qualifies-fail", new AwardName(title));
        };
    }
}
