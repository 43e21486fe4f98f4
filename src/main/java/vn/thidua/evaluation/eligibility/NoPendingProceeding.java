package vn.thidua.evaluation.eligibility;

import java.util.List;
import java.util.Map;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.SubjectHistory;

/**
 * No award or proposal while a disciplinary procedure, an investigation or an inspection about the subject is
 * pending on the day of the check (NĐ 152/2025/NĐ-CP, điều 4.4).
 */
final class NoPendingProceeding implements Rule {

    @Override
    public RuleName name() {
        return RuleName.NO_PENDING_PROCEEDING;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        List<SubjectHistory.Proceeding> pending = judgement.history().proceedings().stream()
                .filter(p -> !p.openedOn().isAfter(judgement.asOf)
                        && (p.closedOn() == null || p.closedOn().isAfter(judgement.asOf)))
                .toList();
        var result = CriterionResult.of(criterion).value("asOf", judgement.asOf).value("pending", pending.stream()
                .map(p -> Map.of("kind", p.kind().name(), "openedOn", p.openedOn(), "reference",
                        p.reference() == null ? "" : p.reference()))
                .toList());
        if (pending.isEmpty()) {
            return result.is(Outcome.PASS, "eligibility.no-pending-proceeding", judgement.asOf);
        }
        SubjectHistory.Proceeding first = pending.get(0);
        return result.is(Outcome.FAIL, "eligibility.pending-proceeding", Term.of(first.kind()), first.openedOn(),
                first.reference() == null ? "—" : first.reference());
    }
}
