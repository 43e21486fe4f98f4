package vn.thidua.evaluation.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import vn.thidua.history.SubjectHistory;

/**
 * Judges people and units against one rule set for one period. Pure: everything it reads is handed to it (the
 * candidates with their history, the settings per agency), so that the same facts always give the same answer and
 * every rule can be tested without a database.
 * <p>
 * Each subject's titles are judged on demand and remembered: a title that rests on another (CSTĐCS on LĐTT, a chain
 * on this year's CSTĐCS) asks for it, and a unit asks for its members' results. A batch of fifty thousand people
 * therefore judges each (subject, title) once.
 */
public final class EligibilityEngine {

    private final RuleBook book;
    private final Period period;
    private final LocalDate asOf;
    private final Function<String, Settings> settingsByUnitPath;
    private final Map<UUID, Candidate> candidates = new HashMap<>();
    private final Map<UUID, List<Candidate>> membersByUnit = new HashMap<>();
    private final Map<UUID, SubjectRun> runs = new HashMap<>();

    /**
     * @param settingsByUnitPath the effective settings of the agency a unit path lies in (called once per path)
     * @param people the persons to judge and the members of the units to judge
     */
    public EligibilityEngine(RuleBook book, Period period, LocalDate asOf,
            Function<String, Map<String, com.fasterxml.jackson.databind.JsonNode>> settingsByUnitPath,
            Collection<Candidate> people, Collection<Candidate> units) {
        this.book = book;
        this.period = period;
        this.asOf = asOf;
        Map<String, Settings> cache = new HashMap<>();
        this.settingsByUnitPath = path -> cache.computeIfAbsent(path, p -> new Settings(settingsByUnitPath.apply(p)));
        Map<String, UUID> unitByPath = new HashMap<>();
        for (Candidate unit : units) {
            candidates.put(unit.id(), unit);
            unitByPath.put(unit.unitPath(), unit.id());
            membersByUnit.put(unit.id(), new ArrayList<>());
        }
        for (Candidate person : people) {
            candidates.put(person.id(), person);
            // a path is "/root/…/unit/": each prefix ending in "/" is an enclosing unit
            String path = person.unitPath();
            for (int end = path.indexOf('/', 1); end > 0; end = path.indexOf('/', end + 1)) {
                UUID unit = unitByPath.get(path.substring(0, end + 1));
                if (unit != null) {
                    membersByUnit.get(unit).add(person);
                }
            }
        }
    }

    public RuleBook book() {
        return book;
    }

    public Period period() {
        return period;
    }

    /** Every title the subject is considered for, judged, with every criterion's finding. */
    public List<TitleResult> judge(UUID subjectId) {
        SubjectRun run = run(candidates.get(subjectId));
        return book.titlesFor(run.candidate.isPerson()).stream().map(run::detailed).toList();
    }

    /** One title's result for one subject, with every criterion's finding. */
    public TitleResult judge(UUID subjectId, String title) {
        return run(candidates.get(subjectId)).detailed(title);
    }

    /** Every title's outcome for the subject, without the criteria: what a batch keeps of each of its subjects. */
    public List<TitleResult> outcomes(UUID subjectId) {
        SubjectRun run = run(candidates.get(subjectId));
        return book.titlesFor(run.candidate.isPerson()).stream().map(run::title).toList();
    }

    /** One title's outcome for one subject, without the criteria. */
    public TitleResult outcome(UUID subjectId, String title) {
        return run(candidates.get(subjectId)).title(title);
    }

    public Candidate candidate(UUID subjectId) {
        return candidates.get(subjectId);
    }

    public List<Candidate> members(UUID unitId) {
        return membersByUnit.getOrDefault(unitId, List.of());
    }

    SubjectRun run(Candidate candidate) {
        if (candidate == null) {
            throw new IllegalArgumentException("not a candidate of this run");
        }
        return runs.computeIfAbsent(candidate.id(), id -> new SubjectRun(candidate));
    }

    /**
     * One subject's judgement. It remembers each title's outcome only (a batch of fifty thousand people would not fit
     * in memory with every criterion's finding kept); the findings are worked out again when asked for, from the
     * remembered outcomes of the titles they rest on.
     */
    final class SubjectRun {
        final Candidate candidate;
        final Settings settings;
        final LocalDate countsFrom;
        private final Judgement judgement;
        private final Map<String, TitleResult> titles = new HashMap<>();
        private final Set<String> judging = new HashSet<>();
        private List<CriterionResult> general;

        SubjectRun(Candidate candidate) {
            this.candidate = candidate;
            this.settings = settingsByUnitPath.apply(candidate.unitPath());
            this.countsFrom = countsFrom(candidate.history(), period);
            this.judgement = new Judgement(this, period, asOf);
        }

        EligibilityEngine engine() {
            return EligibilityEngine.this;
        }

        List<Candidate> members() {
            return membersByUnit.getOrDefault(candidate.id(), List.of());
        }

        /** The title's outcome, remembered. */
        TitleResult title(String code) {
            TitleResult known = titles.get(code);
            return known != null ? known : detailed(code);
        }

        /** The title judged with every criterion's finding; its outcome is remembered. */
        TitleResult detailed(String code) {
            RuleBook.Titled titled = book.titles().get(code);
            if (titled == null) {
                throw new RuleDataException("rule set " + book.definition().code() + " has no criteria for " + code);
            }
            if (!judging.add(code)) {
                throw new RuleDataException("criteria of " + code + " depend on themselves");
            }
            List<CriterionResult> criteria = new ArrayList<>(general());
            titled.criteria().forEach(c -> criteria.add(check(c)));
            judging.remove(code);
            TitleResult result = TitleResult.of(code, List.copyOf(criteria));
            titles.putIfAbsent(code, result.withoutCriteria());
            return result;
        }

        private List<CriterionResult> general() {
            if (general == null) {
                general = book.general().stream().map(this::check).toList();
            }
            return general;
        }

        CriterionResult check(Criterion criterion) {
            if (criterion.when() != null && !settings.flag(criterion.when())) {
                return CriterionResult.of(criterion).value("setting", criterion.when()).value("enabled", false)
                        .is(Outcome.NOT_APPLICABLE, "eligibility.not-applicable", criterion.when());
            }
            Rule rule = Rules.byName(criterion.rule());
            return rule.check(criterion, new Params(criterion, settings), judgement);
        }
    }

    /** The day after the last discipline decided by the period's end was served; null when there is none. */
    static LocalDate countsFrom(SubjectHistory history, Period period) {
        LocalDate served = null;
        for (SubjectHistory.Measure measure : history.measures()) {
            if (!measure.decidedOn().isAfter(period.to())
                    && (served == null || measure.servedUntil().isAfter(served))) {
                served = measure.servedUntil();
            }
        }
        return served == null ? null : served.plusDays(1);
    }
}
