package vn.thidua.evaluation.eligibility;

import vn.thidua.catalog.RuleName;

/**
 * The flag goes to the collective leading its emulation cluster or block for the year (Luật 2022, điều 26): decided by
 * the cluster's scoring and its meeting's vote, which the cluster feature holds above this one (and the proposal it
 * makes carries to the organiser), so here a person must look.
 */
final class LeadsCluster implements Rule {

    @Override
    public RuleName name() {
        return RuleName.LEADS_CLUSTER;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        return CriterionResult.of(criterion).value("year", judgement.period.year())
                .is(Outcome.NEEDS_REVIEW, "eligibility.cluster-unknown", String.valueOf(judgement.period.year()));
    }
}
