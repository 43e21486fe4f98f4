package vn.thidua.evaluation.eligibility;

import java.util.List;
import java.util.Map;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;
import vn.thidua.history.EffectLevel;
import vn.thidua.history.InitiativeKind;
import vn.thidua.history.SubjectHistory;

/**
 * At least {@code minCount} recognised initiatives or accepted projects with an effect of {@code minLevel} or wider,
 * counted for the {@code years} emulation years ending with the period's (CSTĐCS: one at base level in the year;
 * CSTĐ tỉnh: one with province-wide effect). Only those recognised after a served discipline count.
 */
final class InitiativeCount implements Rule {

    private static final List<InitiativeKind> ALL_KINDS = List.of(InitiativeKind.values());

    @Override
    public RuleName name() {
        return RuleName.INITIATIVE;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        EffectLevel min = params.choice("minLevel", EffectLevel.class);
        int minCount = params.integer("minCount", 1);
        int years = params.integer("years", 1);
        List<InitiativeKind> kinds = params.choices("kinds", InitiativeKind.class, ALL_KINDS);
        int to = judgement.period.year();
        int from = to - years + 1;
        List<SubjectHistory.Initiative> inSpan = judgement.history().initiatives().stream()
                .filter(i -> i.year() >= from && i.year() <= to && kinds.contains(i.kind()) && i.level().atLeast(min))
                .toList();
        List<SubjectHistory.Initiative> counted = inSpan.stream().filter(i -> judgement.dayCounts(i.recognisedOn()))
                .toList();
        String span = Words.span(from, to);
        var result = CriterionResult.of(criterion).value("minLevel", min.name()).value("minCount", minCount)
                .value("years", span).value("found", counted.stream().map(InitiativeCount::describe).toList());
        if (counted.size() < inSpan.size()) {
            result.value("beforeServedDiscipline", inSpan.size() - counted.size());
        }
        return counted.size() >= minCount
                ? result.is(Outcome.PASS, "eligibility.initiative-pass", String.valueOf(counted.size()), Term.of(min),
                        span, counted.get(0).title())
                : result.is(Outcome.FAIL, "eligibility.initiative-fail", String.valueOf(counted.size()),
                        String.valueOf(minCount), Term.of(min), span);
    }

    private static Map<String, Object> describe(SubjectHistory.Initiative initiative) {
        return Map.of("kind", initiative.kind().name(), "title", initiative.title(), "year", initiative.year(),
                "level", initiative.level().name(), "decisionNumber",
                initiative.decisionNumber() == null ? "" : initiative.decisionNumber());
    }
}
