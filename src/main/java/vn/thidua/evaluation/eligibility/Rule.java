package vn.thidua.evaluation.eligibility;

import vn.thidua.catalog.RuleName;

/** A kind of criterion: a small, pure check of one subject's facts, named in rule sets by {@link #name()} (the catalogue's list of the names a rule set may use). */
interface Rule {

    RuleName name();

    CriterionResult check(Criterion criterion, Params params, Judgement judgement);
}
