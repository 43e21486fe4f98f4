package vn.thidua.evaluation.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.DisciplineMeasure;
import vn.thidua.history.SubjectHistory;

/**
 * Not for a subject under a disciplinary measure of {@code minMeasure} or heavier on any day of the period (LĐTT:
 * "bị kỷ luật từ hình thức khiển trách trở lên" in the year, NĐ 91/2017; kept as an agency's choice under the 2022
 * regime): decided in it, or decided before it and still served in it. A reprimand decided in May and served until
 * 30 April of the next year disciplines the first four months of that year, so that year is not one without
 * discipline: FAIL, whatever came after (the general {@link AfterServedDiscipline} rule, which counts achievements
 * only after a discipline was served, speaks where this one is switched off or a title has none). Every record has
 * its decision day and last day served, so this rule always decides; the answer names each measure with its
 * decision and dates.
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
                found.stream().map(NoDisciplineInPeriod::described).toList());
        if (found.isEmpty()) {
            return result.is(Outcome.PASS, "eligibility.not-disciplined", Term.of(min));
        }
        SubjectHistory.Measure first = found.get(0);
        return result.is(Outcome.FAIL, "eligibility.disciplined", Term.of(first.measure()), first.reference(),
                first.decidedOn(), first.servedUntil());
    }

    /** The measures of {@code min} or heavier in effect on a day of the period: decided by its end, served into it. */
    static List<SubjectHistory.Measure> disciplined(SubjectHistory history, Period period, DisciplineMeasure min) {
        return history.measures().stream().filter(m -> m.measure().atLeast(min) && inEffectDuring(m, period)).toList();
    }

    private static boolean inEffectDuring(SubjectHistory.Measure measure, Period period) {
        return !measure.decidedOn().isAfter(period.to()) && !measure.servedUntil().isBefore(period.from());
    }

    private static Map<String, Object> described(SubjectHistory.Measure measure) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("measure", measure.measure().name());
        value.put("decisionNumber", measure.reference());
        value.put("decidedOn", measure.decidedOn());
        value.put("servedUntil", measure.servedUntil());
        return value;
    }
}
