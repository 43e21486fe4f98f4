package vn.thidua.evaluation.eligibility;

import java.util.Comparator;
import java.util.List;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.SubjectHistory;

/**
 * After a discipline, only achievements after it was served count (NĐ 152/2025/NĐ-CP, điều 4.4): a subject still
 * serving one at the period's end has no achievement to count (FAIL); one who finished serving inside the period has
 * only part of it (NEEDS_REVIEW: a person weighs what came after). Other rules count years and initiatives only from
 * the day after it was served.
 */
final class AfterServedDiscipline implements Rule {

    @Override
    public RuleName name() {
        return RuleName.AFTER_SERVED_DISCIPLINE;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        Period period = judgement.period;
        List<SubjectHistory.Measure> decided = judgement.history().measures().stream()
                .filter(m -> !m.decidedOn().isAfter(period.to())).toList();
        var result = CriterionResult.of(criterion).value("countsFrom", judgement.countsFrom());
        if (decided.isEmpty()) {
            return result.is(Outcome.PASS, "eligibility.no-discipline");
        }
        SubjectHistory.Measure last = decided.stream().max(Comparator.comparing(SubjectHistory.Measure::servedUntil))
                .orElseThrow();
        result.value("measure", last.measure().name()).value("decidedOn", last.decidedOn())
                .value("servedUntil", last.servedUntil());
        if (!last.servedUntil().isBefore(period.to())) {
            return result.is(Outcome.FAIL, "eligibility.discipline-being-served", Term.of(last.measure()),
                    last.decidedOn(), last.servedUntil());
        }
        if (!last.servedUntil().isBefore(period.from())) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.discipline-served-within", Term.of(last.measure()),
                    last.servedUntil(), judgement.countsFrom());
        }
        return result.is(Outcome.PASS, "eligibility.discipline-served-before", Term.of(last.measure()),
                last.servedUntil());
    }
}
