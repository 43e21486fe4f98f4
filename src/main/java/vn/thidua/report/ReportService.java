package vn.thidua.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.AwardTypeService;
import vn.thidua.catalog.RuleSetService;
import vn.thidua.evaluation.eligibility.QuotaReckoning;
import vn.thidua.common.error.ApiException;
import vn.thidua.evaluation.EvaluationStatus;
import vn.thidua.org.OrgDirectory;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.report.ReportResponses.UnitFigures;

/**
 * The summary report: the unit asked for (in the caller's scope, or the caller's home unit), its subtree if asked,
 * and one plan or one year. Pledges and evaluations are counted for the plan (or every plan of the year); titles,
 * commendations and cash for the year. Each unit counts its own people and itself as a collective; the total adds
 * every unit of the subtree, and computes its rates from the sums.
 */
@ApplicationScoped
public class ReportService {

    static final String ADVANCED_WORKER = "ADVANCED_WORKER";
    static final String GRASSROOTS_FIGHTER = "GRASSROOTS_EMULATION_FIGHTER";
    static final String EXCELLENT_COLLECTIVE = "EXCELLENT_COLLECTIVE";
    static final String ADVANCED_COLLECTIVE = "ADVANCED_COLLECTIVE";

    @Inject
    ReportRepository reports;
    @Inject
    OrgDirectory directory;
    @Inject
    PlanService plans;
    @Inject
    AwardTypeService catalog;
    @Inject
    RuleSetService ruleSets;
    @Inject
    QuotaReckoning reckoning;

    /** What the report is about. Exactly one of {@code planId} and {@code year}. */
    public record Query(UUID planId, Integer year, UUID unitId, boolean subtree) {
    }

    @Transactional
    public ReportResponses.Summary summary(Query query) {
        if ((query.planId() == null) == (query.year() == null)) {
            throw ApiException.invalid("planId", "PLAN_OR_YEAR", "field.report-plan-or-year");
        }
        OrgDirectory.UnitRef unit = query.unitId() == null
                ? directory.homeUnit().orElseThrow(() -> ApiException.notFound("kind.unit"))
                : directory.unit(query.unitId()).orElseThrow(() -> ApiException.notFound("kind.unit"));
        int year = query.year() != null ? query.year() : yearOf(plans.get(query.planId()));
        ReportRepository.Period period = new ReportRepository.Period(query.planId(), year);
        String pattern = query.subtree() ? unit.path() + "%" : unit.path();
        Catalogue catalogue = catalogue();

        Map<UUID, Tally> tallies = new HashMap<>();
        reports.headcount(pattern).forEach(c -> tally(tallies, c.unitId()).headcount += c.count());
        reports.pledgesByStatus(pattern, period).forEach(c -> tally(tallies, c.unitId()).add(c, Tally::pledgeStatus));
        reports.pledgesByTitle(pattern, period).forEach(c -> tally(tallies, c.unitId()).add(c, Tally::pledgeTitle));
        reports.evaluationsByStatus(pattern, period)
                .forEach(c -> tally(tallies, c.unitId()).add(c, Tally::evaluationStatus));
        reports.evaluationsProposed(pattern, period).forEach(c -> tally(tallies, c.unitId()).add(c, Tally::proposed));
        for (ReportRepository.Awarded award : reports.awards(pattern, year)) {
            Tally tally = tally(tallies, award.unitId());
            if (award.standing()) {
                tally.awards.merge(award.code(), award.count(), Long::sum);
            } else if (catalogue.isForm(award.code())) {
                tally.revokedForms += award.count();
            } else {
                tally.revokedTitles += award.count();
            }
        }
        for (ReportRepository.Paid paid : reports.cash(pattern, year)) {
            Tally tally = tally(tallies, paid.unitId());
            if (paid.standing()) {
                tally.cashLines.merge(paid.code(), paid.lines(), Long::sum);
                tally.cashAmounts.merge(paid.code(), paid.amountVnd(), Long::sum);
            } else {
                tally.revokedLines += paid.lines();
                tally.owedVnd += paid.owedVnd();
                tally.recoveredVnd += paid.recoveredVnd();
            }
        }

        List<ReportRepository.Unit> units = inTreeOrder(reports.units(pattern), unit.id());
        List<UnitFigures> rows = new ArrayList<>();
        Tally sum = new Tally();
        long collectives = 0;
        for (ReportRepository.Unit u : units) {
            Tally tally = tallies.getOrDefault(u.id(), new Tally());
            sum.plus(tally);
            long collective = u.active() ? 1 : 0;
            collectives += collective;
            if (!tally.isEmpty()) {
                rows.add(figures(u.id(), u.code(), u.name(), tally, collective, catalogue, null));
            }
        }
        Map<String, QuotaReckoning.Quota> quotas = quotas(unit, year);
        UnitFigures total = figures(unit.id(), unit.code(), unit.name(), sum, collectives, catalogue,
                quotas.get(GRASSROOTS_FIGHTER));
        return new ReportResponses.Summary(query.planId(), year, unit.id(), unit.name(), query.subtree(), rows, total,
                quotas.values().stream().map(ReportResponses.Quota::of).toList());
    }

    /** The quotas the unit configured, reckoned over its subtree for the year as every other path reckons them. */
    private Map<String, QuotaReckoning.Quota> quotas(OrgDirectory.UnitRef unit, int year) {
        return ruleSets.settingsForYear(year, unit.path())
                .map(settings -> reckoning.quotas(unit.path(), year, settings, null, QuotaReckoning.Act.NONE))
                .orElse(Map.of());
    }

    private static int yearOf(PlanResponses.Full plan) {
        return plan.year() != null ? plan.year() : plan.endDate().getYear();
    }

    private static Tally tally(Map<UUID, Tally> tallies, UUID unitId) {
        return tallies.computeIfAbsent(unitId, id -> new Tally());
    }

    private static UnitFigures figures(UUID id, String code, String name, Tally t, long collectives,
            Catalogue catalogue, QuotaReckoning.Quota grassrootsQuota) {
        Map<String, Long> byForm = catalogue.zeros(catalogue.forms);
        Map<String, Long> byLevel = new LinkedHashMap<>();
        for (AwardType.AwardedBy level : AwardType.AwardedBy.values()) {
            byLevel.put(level.name(), 0L);
        }
        Map<String, Long> titles = catalogue.zeros(catalogue.titles);
        t.awards.forEach((award, count) -> {
            AwardType type = catalogue.types.get(award);
            if (type != null && type.category == AwardType.Category.FORM) {
                byForm.merge(award, count, Long::sum);
                byLevel.merge(type.awardedBy.name(), count, Long::sum);
            } else {
                titles.merge(award, count, Long::sum);
            }
        });
        Map<String, ReportResponses.CashByAward> cash = new LinkedHashMap<>();
        for (AwardType type : catalogue.all) {
            cash.put(type.code, new ReportResponses.CashByAward(t.cashLines.getOrDefault(type.code, 0L),
                    t.cashAmounts.getOrDefault(type.code, 0L)));
        }
        long totalVnd = t.cashAmounts.values().stream().mapToLong(Long::longValue).sum();
        Rates rates = Rates.of(t.headcount, t.awards.getOrDefault(ADVANCED_WORKER, 0L),
                t.awards.getOrDefault(GRASSROOTS_FIGHTER, 0L), collectives,
                t.awards.getOrDefault(EXCELLENT_COLLECTIVE, 0L), t.awards.getOrDefault(ADVANCED_COLLECTIVE, 0L),
                grassrootsQuota);
        return new UnitFigures(id, code, name, t.headcount,
                new ReportResponses.Pledges(filled(PledgeStatus.values(), t.pledgeStatus),
                        catalogue.filled(catalogue.titles, t.pledgeTitle)),
                new ReportResponses.Evaluations(filled(EvaluationStatus.values(), t.evaluationStatus),
                        catalogue.filled(catalogue.titles, t.proposed), catalogue.filled(catalogue.forms, t.proposed)),
                new ReportResponses.Titles(titles, t.revokedTitles),
                new ReportResponses.Commendations(byForm, byLevel, t.revokedForms),
                new ReportResponses.Cash(cash, totalVnd, t.revokedLines, t.owedVnd, t.recoveredVnd), rates);
    }

    private static Map<String, Long> filled(Enum<?>[] keys, Map<String, Long> counts) {
        Map<String, Long> filled = new LinkedHashMap<>();
        for (Enum<?> key : keys) {
            filled.put(key.name(), counts.getOrDefault(key.name(), 0L));
        }
        return filled;
    }

    /**
     * The units of the subtree, each parent before its children and siblings by name in Vietnamese order; a unit
     * whose parent lies outside the subtree (the report's own unit) comes first.
     */
    static List<ReportRepository.Unit> inTreeOrder(List<ReportRepository.Unit> units, UUID top) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<UUID, List<ReportRepository.Unit>> children = new HashMap<>();
        ReportRepository.Unit root = null;
        for (ReportRepository.Unit unit : units) {
            if (unit.id().equals(top)) {
                root = unit;
            } else {
                children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(ReportRepository.Unit::name, collator)
                .thenComparing(ReportRepository.Unit::code)));
        List<ReportRepository.Unit> ordered = new ArrayList<>();
        if (root != null) {
            walk(root, children, ordered);
        }
        return ordered;
    }

    private static void walk(ReportRepository.Unit unit, Map<UUID, List<ReportRepository.Unit>> children,
            List<ReportRepository.Unit> ordered) {
        ordered.add(unit);
        children.getOrDefault(unit.id(), List.of()).forEach(child -> walk(child, children, ordered));
    }

    Catalogue catalogue() {
        List<AwardType> all = catalog.names(false).keySet().stream().map(code -> catalog.award(code).orElseThrow())
                .sorted(Comparator.comparingInt((AwardType t) -> t.sortOrder).thenComparing(t -> t.code)).toList();
        return new Catalogue(all);
    }

    /** The catalogue's codes in its order, split into titles and forms. */
    static final class Catalogue {
        final List<AwardType> all;
        final List<String> titles;
        final List<String> forms;
        final Map<String, AwardType> types = new HashMap<>();

        Catalogue(List<AwardType> all) {
            this.all = all;
            all.forEach(t -> types.put(t.code, t));
            this.titles = all.stream().filter(t -> t.category == AwardType.Category.TITLE).map(t -> t.code).toList();
            this.forms = all.stream().filter(t -> t.category == AwardType.Category.FORM).map(t -> t.code).toList();
        }

        boolean isForm(String code) {
            AwardType type = types.get(code);
            return type != null && type.category == AwardType.Category.FORM;
        }

        Map<String, Long> zeros(List<String> codes) {
            return filled(codes, Map.of());
        }

        Map<String, Long> filled(List<String> codes, Map<String, Long> counts) {
            Map<String, Long> filled = new LinkedHashMap<>();
            codes.forEach(code -> filled.put(code, counts.getOrDefault(code, 0L)));
            return filled;
        }

        String name(String code) {
            AwardType type = types.get(code);
            return type == null ? code : type.nameVi;
        }
    }

    /** The counts of one unit, as the queries bring them. */
    private static final class Tally {
        long headcount;
        final Map<String, Long> pledgeStatus = new HashMap<>();
        final Map<String, Long> pledgeTitle = new HashMap<>();
        final Map<String, Long> evaluationStatus = new HashMap<>();
        final Map<String, Long> proposed = new HashMap<>();
        final Map<String, Long> awards = new HashMap<>();
        long revokedTitles;
        long revokedForms;
        final Map<String, Long> cashLines = new HashMap<>();
        final Map<String, Long> cashAmounts = new HashMap<>();
        long revokedLines;
        long owedVnd;
        long recoveredVnd;

        Map<String, Long> pledgeStatus() {
            return pledgeStatus;
        }

        Map<String, Long> pledgeTitle() {
            return pledgeTitle;
        }

        Map<String, Long> evaluationStatus() {
            return evaluationStatus;
        }

        Map<String, Long> proposed() {
            return proposed;
        }

        void add(ReportRepository.Count count, Function<Tally, Map<String, Long>> map) {
            map.apply(this).merge(count.key(), count.count(), Long::sum);
        }

        void plus(Tally other) {
            headcount += other.headcount;
            other.pledgeStatus.forEach((k, v) -> pledgeStatus.merge(k, v, Long::sum));
            other.pledgeTitle.forEach((k, v) -> pledgeTitle.merge(k, v, Long::sum));
            other.evaluationStatus.forEach((k, v) -> evaluationStatus.merge(k, v, Long::sum));
            other.proposed.forEach((k, v) -> proposed.merge(k, v, Long::sum));
            other.awards.forEach((k, v) -> awards.merge(k, v, Long::sum));
            other.cashLines.forEach((k, v) -> cashLines.merge(k, v, Long::sum));
            other.cashAmounts.forEach((k, v) -> cashAmounts.merge(k, v, Long::sum));
            revokedTitles += other.revokedTitles;
            revokedForms += other.revokedForms;
            revokedLines += other.revokedLines;
            owedVnd += other.owedVnd;
            recoveredVnd += other.recoveredVnd;
        }

        /** Nothing to report: no staff, and nothing pledged, evaluated, awarded or paid. */
        boolean isEmpty() {
            return headcount == 0 && pledgeStatus.isEmpty() && evaluationStatus.isEmpty() && awards.isEmpty()
                    && revokedTitles == 0 && revokedForms == 0 && cashLines.isEmpty() && revokedLines == 0;
        }
    }
}
