package vn.thidua.evaluation.eligibility;

import java.util.List;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.DisciplineMeasure;

/**
 * No member under a discipline of {@code minMeasure} or heavier on any day of the period, as
 * {@link NoDisciplineInPeriod} reads it for a person (TTLĐTT: cảnh cáo trở lên; on by default for
 * TTLĐTT, off for TTLĐXS under the 2022 text; configurable).
 */
final class NoMemberDiscipline implements Rule {

    @Override
    public RuleName name() {
        return RuleName.NO_MEMBER_DISCIPLINE;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        DisciplineMeasure min = params.choice("minMeasure", DisciplineMeasure.class);
        List<Candidate> disciplined = judgement.members().stream()
                .filter(m -> !NoDisciplineInPeriod.disciplined(m.history(), judgement.period, min).isEmpty())
                .toList();
        var result = CriterionResult.of(criterion).value("minMeasure", min.name())
                .value("members", judgement.members().size())
                .value("disciplined", disciplined.stream().map(Candidate::id).toList());
        return disciplined.isEmpty()
                ? result.is(Outcome.PASS, "eligibility.members-not-disciplined", Term.of(min))
                : result.is(Outcome.FAIL, "eligibility.members-disciplined", String.valueOf(disciplined.size()),
                        Term.of(min), Words.names(disciplined));
    }
}
