package vn.thidua.evaluation.eligibility;

import java.util.List;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.DisciplineMeasure;
import vn.thidua.history.SubjectHistory;

/**
 * Not for a subject disciplined at {@code minMeasure} or heavier by a decision taken in the period (LĐTT: khiển
 * trách trở lên, NĐ 91/2017; kept as an agency's choice under the 2022 regime).
 */
final class NoDisciplineInPeriod implements Rule {

    @Override
    public RuleName name() {
        return RuleName.NO_DISCIPLINE_IN_PERIOD;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        DisciplineMeasure min = params.choice("minMeasure", DisciplineMeasure.class);
        List<SubjectHistory.Measure> found = disciplined(judgement.history(), judgement.period, min);
        var result = CriterionResult.of(criterion).value("minMeasure", min.name()).value("measures",
                found.stream().map(m -> m.measure().name() + " " + m.decidedOn()).toList());
        if (found.isEmpty()) {
            return result.is(Outcome.PASS, "eligibility.not-disciplined", Term.of(min));
        }
        return result.is(Outcome.FAIL, "eligibility.disciplined", Term.of(found.get(0).measure()),
                found.get(0).decidedOn());
    }

    static List<SubjectHistory.Measure> disciplined(SubjectHistory history, Period period, DisciplineMeasure min) {
        return history.measures().stream().filter(m -> period.contains(m.decidedOn()) && m.measure().atLeast(min))
                .toList();
    }
}
