package vn.thidua.evaluation.eligibility;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.AwardName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;

/**
 * A chain of {@code count} awards of {@code title}, {@code step} years apart, ending with the period's year: CSTĐ
 * tỉnh needs CSTĐCS in each of three consecutive years; CSTĐ toàn quốc, CSTĐ tỉnh twice in a row (every three
 * years). Earlier years count from conferred, standing awards only (a revoked one breaks the chain, as does one
 * earned before a served discipline); the period's own year counts when conferred, or when the subject earns the title
 * now.
 */
final class ConsecutiveAwards implements Rule {

    @Override
    public RuleName name() {
        return RuleName.CONSECUTIVE_AWARDS;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        String title = params.text("title");
        int count = params.integer("count");
        int step = params.integer("step", 1);
        int last = judgement.period.year();
        List<Integer> required = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            required.add(last - i * step);
        }
        List<Integer> held = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<Integer> revoked = new ArrayList<>();
        List<Integer> notCounted = new ArrayList<>();
        Outcome current = Outcome.PASS;
        for (int year : required) {
            boolean conferred = Judgement.conferred(judgement.subject(), title, year);
            if (year == last && !conferred) {
                TitleResult now = judgement.title(title);
                current = now.outcome() == Outcome.PASS && now.awaitingCouncil() ? Outcome.AWAITING_COUNCIL
                        : now.outcome();
                if (current == Outcome.FAIL) {
                    missing.add(year);
                } else if (current != Outcome.NEEDS_REVIEW) {
                    held.add(year);
                }
            } else if (conferred && judgement.yearCounts(year)) {
                held.add(year);
            } else {
                missing.add(year);
                if (conferred) {
                    notCounted.add(year);
                } else if (wasRevoked(judgement, title, year)) {
                    revoked.add(year);
                }
            }
        }
        var result = CriterionResult.of(criterion).value("title", title).value("required", required)
                .value("held", held).value("missing", missing).value("revoked", revoked)
                .value("beforeServedDiscipline", notCounted).value("currentYear", current.name());
        String unit = step == 1 ? "eligibility.chain-years" : "eligibility.chain-times";
        Term requirement = Term.of(unit, String.valueOf(count));
        if (!missing.isEmpty()) {
            return result.is(Outcome.FAIL, "eligibility.chain-fail", requirement, new AwardName(title),
                    held.isEmpty() ? Term.of("eligibility.none") : Words.years(held), describeMissing(missing, revoked,
                            notCounted));
        }
        if (current == Outcome.NEEDS_REVIEW) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.chain-review", requirement, new AwardName(title),
                    String.valueOf(last));
        }
        return result.is(current == Outcome.AWAITING_COUNCIL ? Outcome.AWAITING_COUNCIL : Outcome.PASS,
                "eligibility.chain-pass", requirement, new AwardName(title), Words.years(held));
    }

    private static boolean wasRevoked(Judgement judgement, String title, int year) {
        return judgement.history().awards().stream()
                .anyMatch(a -> a.year() == year && a.awardCode().equals(title) && !a.standing());
    }

    /** "2024", "2024 (đã bị hủy)", "2023 (trước khi chấp hành xong kỷ luật)". */
    private static List<Object> describeMissing(List<Integer> missing, List<Integer> revoked,
            List<Integer> notCounted) {
        List<Object> parts = new ArrayList<>();
        for (int year : missing) {
            if (revoked.contains(year)) {
                parts.add(Term.of("eligibility.year-revoked", String.valueOf(year)));
            } else if (notCounted.contains(year)) {
                parts.add(Term.of("eligibility.year-before-discipline", String.valueOf(year)));
            } else {
                parts.add(String.valueOf(year));
            }
        }
        return parts;
    }
}
