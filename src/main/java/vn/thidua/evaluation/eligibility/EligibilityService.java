package vn.thidua.evaluation.eligibility;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.catalog.AwardTypeService;
import vn.thidua.catalog.EffectiveSettings;
import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.catalog.RuleSetService;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.evaluation.EvaluationFacts;
import vn.thidua.evaluation.EvaluationService;
import vn.thidua.evaluation.eligibility.EligibilityResponses.CriterionView;
import vn.thidua.evaluation.eligibility.EligibilityResponses.SubjectView;
import vn.thidua.evaluation.eligibility.EligibilityResponses.TitleView;
import vn.thidua.history.HistoryFacts;
import vn.thidua.history.SubjectHistory;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;
import vn.thidua.pledge.PledgeService;

/**
 * Gathers the facts of a plan's subjects (history, registrations, evaluations, settings) in a fixed number of
 * queries, runs the {@link EligibilityEngine} over them, and words the findings. One evaluation's answer judges its
 * subject (and, for a unit, every member, whose results it derives from); a batch judges a whole subtree at once.
 */
@ApplicationScoped
public class EligibilityService {

    private static final Logger LOG = Logger.getLogger(EligibilityService.class);

    @Inject
    QuotaReckoning reckoning;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * Years of history read before the period's year: enough for the longest rule (CSTĐ toàn quốc looks at two
     * provincial titles three years apart, and initiatives over six years).
     */
    static final int YEARS_BACK = 6;
    /** Up to this many subjects, history is read by their ids rather than for the whole subtree. */
    static final int FEW_SUBJECTS = 200;

    @Inject
    EvaluationService evaluations;
    @Inject
    PlanService plans;
    @Inject
    PledgeService pledges;
    @Inject
    HistoryFacts history;
    @Inject
    RuleSetService ruleSets;
    @Inject
    AwardTypeService catalog;
    @Inject
    OrgDirectory directory;

    /** Filters of a batch's page; nulls mean all. */
    public record BatchQuery(UUID unitId, UUID phaseId, SubjectKind subjectKind, String title, Outcome outcome,
            LocalDate asOf) {
    }

    @Transactional
    public EligibilityResponses.Answer forEvaluation(UUID evaluationId, LocalDate asOf, Locale locale) {
        EvaluationFacts facts = evaluations.facts(evaluationId);
        PlanResponses.Full plan = plans.get(facts.planId());
        Period period = period(plan, facts.phaseId());
        RuleSetDefinition set = inForce(period);
        LocalDate day = asOf == null ? LocalDate.now(VIETNAM) : asOf;
        OrgDirectory.UnitRef unit = directory.unit(facts.unitId())
                .orElseThrow(() -> ApiException.notFound("kind.evaluation"));
        // a person is judged alone; a unit with every member, whose results its titles derive from
        Run run = facts.kind() == SubjectKind.PERSON
                ? gather(plan.id(), facts.phaseId(), set, period, day, unit.path(), List.of(new OrgDirectory.PlacedPerson(
                        facts.subjectId(), null, facts.subjectName(), unit.id(), unit.path())), List.of())
                : gather(plan.id(), facts.phaseId(), set, period, day, unit.path(),
                        directory.activePeopleWithin(unit.path()), List.of(unit));
        Wording words = new Wording(locale);
        List<TitleView> titles = titles(run, facts.subjectId(), words, Set.of());
        Candidate subject = run.engine.candidate(facts.subjectId());
        return new EligibilityResponses.Answer(facts.evaluationId(), plan.id(), facts.phaseId(), view(subject),
                EligibilityResponses.PeriodView.of(period), EligibilityResponses.RuleSetView.of(set, words.english),
                day, titles);
    }

    @Transactional
    public EligibilityResponses.Batch forPlan(UUID planId, BatchQuery query, Paging paging, Locale locale) {
        PlanResponses.Full plan = plans.get(planId);
        if (query.phaseId() != null && plan.phases().stream().noneMatch(p -> p.id().equals(query.phaseId()))) {
            throw ApiException.notFound("kind.phase");
        }
        OrgDirectory.UnitRef unit = query.unitId() == null ? directory.homeUnit()
                .orElseThrow(() -> ApiException.notFound("kind.unit"))
                : directory.unit(query.unitId()).orElseThrow(() -> ApiException.notFound("kind.unit"));
        Period period = period(plan, query.phaseId());
        RuleSetDefinition set = inForce(period);
        LocalDate day = query.asOf() == null ? LocalDate.now(VIETNAM) : query.asOf();
        long started = System.nanoTime();
        List<OrgDirectory.PlacedPerson> people = directory.activePeopleWithin(unit.path());
        List<OrgDirectory.UnitRef> units = directory.activeUnitsWithin(unit.path());
        Run run = gather(plan.id(), query.phaseId(), set, period, day, unit.path(), people, units);
        long gathered = System.nanoTime();
        Wording words = new Wording(locale);

        Map<String, Map<Outcome, Long>> counts = new LinkedHashMap<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : run.subjects) {
            boolean matches = query.subjectKind() == null || candidate.kind() == query.subjectKind();
            boolean titleMatches = query.title() == null;
            for (TitleResult result : run.engine.outcomes(candidate.id())) {
                counts.computeIfAbsent(result.title(), t -> new EnumMap<>(Outcome.class))
                        .merge(result.outcome(), 1L, Long::sum);
                if (result.title().equals(query.title())
                        && (query.outcome() == null || result.outcome() == query.outcome())) {
                    titleMatches = true;
                }
            }
            if (matches && titleMatches) {
                chosen.add(candidate);
            }
        }
        Map<String, QuotaResult> quotas = quotas(run, unit.path(), period.year(), people);
        long judged = System.nanoTime();
        Set<String> over = new java.util.HashSet<>();
        quotas.values().forEach(q -> q.over().forEach(id -> over.add(q.title() + "/" + id)));

        int from = Math.min(chosen.size(), paging.page() * paging.size());
        int to = Math.min(chosen.size(), from + paging.size());
        List<EligibilityResponses.SubjectEligibility> items = chosen.subList(from, to).stream()
                .map(c -> new EligibilityResponses.SubjectEligibility(view(c), c.evaluationId(),
                        titles(run, c.id(), words, over)))
                .toList();
        List<EligibilityResponses.QuotaView> quotaViews = quotas.values().stream().map(q -> quotaView(q, run, words))
                .toList();
        int totalPages = (chosen.size() + paging.size() - 1) / paging.size();
        LOG.debugf("Eligibility of %d people and %d units: gathered in %d ms, judged in %d ms, listed in %d ms",
                people.size(), units.size(), (gathered - started) / 1_000_000, (judged - gathered) / 1_000_000,
                (System.nanoTime() - judged) / 1_000_000);
        return new EligibilityResponses.Batch(plan.id(), query.phaseId(), unit.id(),
                EligibilityResponses.PeriodView.of(period), EligibilityResponses.RuleSetView.of(set, words.english),
                day, counts, quotaViews, items, paging.page(), paging.size(), chosen.size(), totalPages);
    }

    /**
     * What the rules find for every person and unit of a subtree under a plan (or one of its phases): for the
     * decisions feature, which judges its awardee lines with it. {@code outcomes} maps a subject to its titles'
     * results (a title the rule set does not judge is absent). Quotas are not the rules' verdicts: they are reckoned
     * by {@link QuotaReckoning}.
     */
    public record Verdicts(String ruleSetCode, int year, Map<UUID, Map<String, TitleResult>> outcomes) {
    }

    @Transactional
    public Verdicts judgeWithin(UUID planId, UUID phaseId, String unitPath, LocalDate asOf) {
        return judgeWithin(planId, phaseId, unitPath, asOf, null);
    }

    /**
     * The same for some subjects of the subtree only ({@code subjects}: people and units; null for all), with a unit's
     * members judged along, since its titles derive from theirs: a decision's few lines cost only their own facts.
     */
    @Transactional
    public Verdicts judgeWithin(UUID planId, UUID phaseId, String unitPath, LocalDate asOf, Set<UUID> subjects) {
        PlanResponses.Full plan = plans.get(planId);
        Period period = period(plan, phaseId);
        RuleSetDefinition set = inForce(period);
        List<OrgDirectory.PlacedPerson> people = directory.activePeopleWithin(unitPath);
        List<OrgDirectory.UnitRef> units = directory.activeUnitsWithin(unitPath);
        if (subjects != null) {
            List<OrgDirectory.UnitRef> chosenUnits = units.stream().filter(u -> subjects.contains(u.id())).toList();
            people = people.stream().filter(p -> subjects.contains(p.id())
                    || chosenUnits.stream().anyMatch(u -> p.unitPath().startsWith(u.path()))).toList();
            units = chosenUnits;
        }
        Run run = gather(plan.id(), phaseId, set, period, asOf, unitPath, people, units);
        Map<UUID, Map<String, TitleResult>> outcomes = new java.util.HashMap<>();
        for (Candidate candidate : run.subjects) {
            Map<String, TitleResult> titles = new LinkedHashMap<>();
            for (TitleResult result : run.engine.outcomes(candidate.id())) {
                titles.put(result.title(), result);
            }
            outcomes.put(candidate.id(), titles);
        }
        return new Verdicts(set.code(), period.year(), outcomes);
    }

    // --- gathering ----------------------------------------------------------------------------------------------

    /** A judged run: the engine over every subject gathered, in the order gathered. */
    private record Run(EligibilityEngine engine, List<Candidate> subjects, Map<UUID, EvaluationFacts> evaluations,
            Function<String, EffectiveSettings> settings) {
    }

    private Run gather(UUID planId, UUID phaseId, RuleSetDefinition set, Period period, LocalDate asOf,
            String unitPath, List<OrgDirectory.PlacedPerson> people, List<OrgDirectory.UnitRef> units) {
        int fromYear = period.year() - YEARS_BACK;
        long started = System.nanoTime();
        // a few subjects read their own history; a whole subtree one query per table
        Map<UUID, SubjectHistory> histories = people.size() + units.size() <= FEW_SUBJECTS
                ? history.forSubjects(people.stream().map(OrgDirectory.PlacedPerson::id).toList(),
                        units.stream().map(OrgDirectory.UnitRef::id).toList(), fromYear, period.year())
                : history.forSubtree(unitPath, fromYear, period.year());
        long historyRead = System.nanoTime();
        Map<UUID, Map<String, Boolean>> registrations = pledges.registrations(planId, phaseId, unitPath);
        Map<UUID, EvaluationFacts> evaluated = evaluations.factsOfPlan(planId, phaseId, unitPath);
        LOG.debugf("Eligibility facts: history of %d subjects in %d ms, pledges and evaluations in %d ms",
                histories.size(), (historyRead - started) / 1_000_000, (System.nanoTime() - historyRead) / 1_000_000);
        List<Candidate> persons = new ArrayList<>(people.size());
        for (OrgDirectory.PlacedPerson person : people) {
            persons.add(candidate(SubjectKind.PERSON, person.id(), person.fullName(), person.unitId(),
                    person.unitPath(), histories, registrations, evaluated));
        }
        List<Candidate> collectives = new ArrayList<>(units.size());
        for (OrgDirectory.UnitRef unit : units) {
            collectives.add(candidate(SubjectKind.UNIT, unit.id(), unit.name(), unit.id(), unit.path(), histories,
                    registrations, evaluated));
        }
        Function<String, EffectiveSettings> settings = ruleSets.settingsResolver(set);
        Function<String, Map<String, JsonNode>> values = path -> settings.apply(path).values();
        EligibilityEngine engine = new EligibilityEngine(RuleBook.of(set), period, asOf, values, persons,
                collectives);
        // listed units first, by name, then people in the staff-list order they were read in
        List<Candidate> all = new ArrayList<>(collectives);
        all.sort((a, b) -> OrgDirectory.compareNames(a.name(), b.name()));
        all.addAll(persons);
        return new Run(engine, all, evaluated, settings);
    }

    private static Candidate candidate(SubjectKind kind, UUID id, String name, UUID unitId, String unitPath,
            Map<UUID, SubjectHistory> histories, Map<UUID, Map<String, Boolean>> registrations,
            Map<UUID, EvaluationFacts> evaluated) {
        EvaluationFacts evaluation = evaluated.get(id);
        Double vote = evaluation == null || evaluation.votesFor() == null || evaluation.votesTotal() == null
                || evaluation.votesTotal() == 0 ? null : evaluation.votesFor() / (double) evaluation.votesTotal();
        return new Candidate(kind, id, name, unitId, unitPath,
                histories.getOrDefault(id, SubjectHistory.empty(kind, id)), registrations.getOrDefault(id, Map.of()),
                evaluation == null ? Map.of() : evaluation.attestations(),
                evaluation == null ? null : evaluation.evaluationId(), vote,
                evaluation == null ? Map.of() : evaluation.councilVerdicts());
    }

    /** The unit's quotas of the titles the rules judge, as the reckoning has them, over the candidates who pass. */
    private Map<String, QuotaResult> quotas(Run run, String unitPath, int year,
            List<OrgDirectory.PlacedPerson> people) {
        // the unit's own settings, from the overrides the run has already read
        EffectiveSettings settings = run.settings().apply(unitPath);
        List<String> titles = run.engine.book().titlesFor(true);
        Map<String, QuotaReckoning.Quota> reckoned = reckoning.quotas(unitPath, year, settings, titles,
                QuotaReckoning.Act.NONE);
        List<Candidate> persons = people.stream().map(p -> run.engine.candidate(p.id())).toList();
        Map<String, QuotaResult> found = new LinkedHashMap<>();
        for (String title : titles) {
            QuotaReckoning.Quota quota = reckoned.get(title);
            if (quota != null) {
                found.put(title, Quotas.check(run.engine, quota, persons));
            }
        }
        return found;
    }

    static Period period(PlanResponses.Full plan, UUID phaseId) {
        if (phaseId != null) {
            PlanResponses.PhaseView phase = plan.phases().stream().filter(p -> p.id().equals(phaseId)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("kind.phase"));
            return Period.of(phase.startDate(), phase.endDate());
        }
        if (plan.kind() == PlanKind.ANNUAL && plan.year() != null) {
            return Period.year(plan.year());
        }
        return Period.of(plan.startDate(), plan.endDate());
    }

    private RuleSetDefinition inForce(Period period) {
        return ruleSets.inForce(period.to())
                .orElseThrow(() -> ApiException.conflict("detail.no-rule-set-in-force", period.to()));
    }

    // --- wording ------------------------------------------------------------------------------------------------

    /** The caller's language, with the catalogue's names in it. */
    private final class Wording {
        final boolean english;
        final Map<String, String> names;
        final EligibilityText text;

        Wording(Locale locale) {
            this.english = "en".equals(locale.getLanguage());
            this.names = catalog.names(english);
            this.text = new EligibilityText(locale, names);
        }
    }

    private List<TitleView> titles(Run run, UUID subjectId, Wording words, Set<String> overQuota) {
        EvaluationFacts evaluation = run.evaluations.get(subjectId);
        List<String> proposed = evaluation == null || evaluation.proposedTitles() == null ? List.of()
                : evaluation.proposedTitles();
        return run.engine.judge(subjectId).stream().map(result -> new TitleView(result.title(),
                words.names.getOrDefault(result.title(), result.title()), result.outcome(), result.awaitingCouncil(),
                proposed.contains(result.title()), overQuota.contains(result.title() + "/" + subjectId),
                words.text.summary(result), result.criteria().stream().map(c -> criterion(c, words)).toList()))
                .toList();
    }

    private static CriterionView criterion(CriterionResult result, Wording words) {
        return new CriterionView(result.id(), result.rule(), result.outcome(), words.text.sentence(result),
                result.values(), result.legalRef(), result.needsVerification(),
                result.parts().stream().map(p -> criterion(p, words)).toList());
    }

    private static SubjectView view(Candidate candidate) {
        return new SubjectView(candidate.kind(), candidate.id(), candidate.name(), candidate.unitId());
    }

    private EligibilityResponses.QuotaView quotaView(QuotaResult quota, Run run, Wording words) {
        List<SubjectView> ranking = quota.candidates().stream().map(id -> view(run.engine.candidate(id))).toList();
        List<SubjectView> over = quota.over().stream().map(id -> view(run.engine.candidate(id))).toList();
        String key = quota.exceeded() ? "eligibility.quota-over" : "eligibility.quota-within";
        String message = words.text.sentence(key, List.of(new CriterionResult.AwardName(quota.title()),
                String.valueOf(quota.candidates().size()), String.valueOf(quota.cap()),
                Words.percent(quota.ratio()),
                String.valueOf(quota.base()), CriterionResult.Term.of("quota.of." + quota.of()),
                String.valueOf(quota.over().size())));
        return new EligibilityResponses.QuotaView(quota.title(), quota.ratio(), quota.of(), quota.rounding(),
                quota.base(), quota.cap(), quota.exceeded(), ranking, over, message, quota.used());
    }
}
