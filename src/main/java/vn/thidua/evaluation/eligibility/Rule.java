package vn.thidua.evaluation.eligibility;

/** A kind of criterion: a small, pure check of one subject's facts, named in rule sets by {@link #name()}. */
interface Rule {

    String name();

    CriterionResult check(Criterion criterion, Params params, Judgement judgement);
}
