package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;
import java.util.List;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.AwardName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;

/**
 * A share of the collective's members earns {@code title}: more than 50% LĐTT for TTLĐTT ({@code GT}), at least
 * 70% for TTLĐXS ({@code GTE}); both configurable. Compared exactly: 5 of 10 is not more than 50%, 7 of 10 is at
 * least 70%. Members whose result is not settled yet make it NEEDS_REVIEW when they decide it.
 */
final class MemberShare implements Rule {

    @Override
    public RuleName name() {
        return RuleName.MEMBER_SHARE;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        String title = params.text("title");
        BigDecimal minShare = params.decimal("minShare");
        String comparison = params.text("comparison");
        List<Candidate> members = judgement.members();
        long holders = 0;
        long awaiting = 0;
        long uncertain = 0;
        for (Candidate member : members) {
            switch (judgement.holding(member, title)) {
                case HOLDS -> holders++;
                case AWAITING_COUNCIL -> awaiting++;
                case UNCERTAIN -> uncertain++;
                default -> { }
            }
        }
        int total = members.size();
        Term requirement = Term.of("share." + comparison, Words.percent(minShare));
        var result = CriterionResult.of(criterion).value("title", title).value("members", total)
                .value("holders", holders).value("awaitingCouncil", awaiting).value("undecided", uncertain)
                .value("minShare", minShare).value("comparison", comparison);
        if (total == 0) {
            return result.is(Outcome.FAIL, "eligibility.no-members");
        }
        if (meets(holders, total, minShare, comparison)) {
            return result.is(Outcome.PASS, "eligibility.share-pass", String.valueOf(holders), String.valueOf(total),
                    Words.percent(holders, total), new AwardName(title), requirement);
        }
        if (meets(holders + awaiting, total, minShare, comparison)) {
            return result.is(Outcome.AWAITING_COUNCIL, "eligibility.share-awaiting", String.valueOf(holders),
                    String.valueOf(awaiting), String.valueOf(total), new AwardName(title), requirement);
        }
        if (meets(holders + awaiting + uncertain, total, minShare, comparison)) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.share-review", String.valueOf(holders),
                    String.valueOf(uncertain), String.valueOf(total), new AwardName(title), requirement);
        }
        return result.is(Outcome.FAIL, "eligibility.share-fail", String.valueOf(holders), String.valueOf(total),
                Words.percent(holders, total), new AwardName(title), requirement);
    }

    /** {@code part / whole} compared with {@code ratio} without rounding: part compared with ratio × whole. */
    static boolean meets(long part, long whole, BigDecimal ratio, String comparison) {
        int order = BigDecimal.valueOf(part).compareTo(ratio.multiply(BigDecimal.valueOf(whole)));
        return "GT".equals(comparison) ? order > 0 : order >= 0;
    }
}
