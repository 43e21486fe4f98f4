package vn.thidua.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnit;
import vn.thidua.org.OrgUnitRepository;

/** The rules of plans: creation with phases in one call, edits and corrections, and the lifecycle. */
@ApplicationScoped
public class PlanService {

    public static final Map<String, String> SORTS = Map.of("issuedOn", "issuedOn", "number", "number", "title",
            "title", "year", "year", "createdAt", "createdAt", "startDate", "startDate");

    @Inject
    PlanRepository plans;
    @Inject
    PlanAccess access;
    @Inject
    OrgScope scope;
    @Inject
    OrgUnitRepository units;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    @Transactional
    public Page<PlanResponses.Summary> list(PlanRepository.Filter filter, Paging paging) {
        var query = plans.search(access.scopePath(), access.seesDrafts(), filter, paging.sort());
        return summaries(query.count(), query.page(paging.page(), paging.size()).list(), paging);
    }

    @Transactional
    public Page<PlanResponses.Public> listPublic(PlanRepository.Filter filter, Paging paging) {
        var query = plans.searchPublic(filter, paging.sort());
        long total = query.count();
        List<PlanResponses.Public> items = query.page(paging.page(), paging.size()).list().stream()
                .map(p -> PlanResponses.Public.from(view(p))).toList();
        return Page.of(items, paging, total);
    }

    @Transactional
    public PlanResponses.Public getPublic(UUID id) {
        Plan plan = plans.findByIdOptional(id).filter(p -> PlanResponses.publicStatuses().contains(p.status))
                .orElseThrow(() -> ApiException.notFound("kind.plan"));
        return PlanResponses.Public.from(view(plan));
    }

    @Transactional
    public PlanResponses.Full get(UUID id) {
        return view(access.visible(id));
    }

    @Transactional
    public PlanResponses.Full create(PlanRequests.Create request) {
        return create(request, issuingUnit(request), scope::contains);
    }

    /**
     * The demo loader's way in: the same rules, for no caller (the issuing unit is given, every unit is in reach),
     * and the plan issued at once when {@code issue} is set.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    PlanResponses.Full createAsSystem(PlanRequests.Create request, OrgUnit issuer, boolean issue) {
        PlanResponses.Full created = create(request, issuer, unit -> true);
        if (!issue) {
            return created;
        }
        Plan plan = plans.findById(created.id());
        PlanResponses.Full before = view(plan);
        plan.issue();
        return changed(plan, before, "plan.issued", true);
    }

    private PlanResponses.Full create(PlanRequests.Create request, OrgUnit issuer,
            java.util.function.Predicate<OrgUnit> inReach) {
        Plan plan = Plan.draft(issuer.id);
        List<FieldViolation> violations = new ArrayList<>();
        apply(plan, request.withoutPhases(), issuer, inReach, violations);
        List<PlanRequests.Phase> phaseRequests = request.phases() == null ? List.of() : request.phases();
        List<PlanRules.PhaseAt> checked = new ArrayList<>();
        for (int i = 0; i < phaseRequests.size(); i++) {
            checked.add(PlanRules.PhaseAt.of("phases[" + i + "].", phaseRequests.get(i)));
        }
        if (violations.isEmpty()) {
            violations.addAll(PlanRules.phases(plan.startDate, plan.endDate, checked, List.of()));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        requireFreeNumber(plan);
        plans.persist(plan);
        List<CampaignPhase> phases = new ArrayList<>();
        for (PlanRequests.Phase phaseRequest : phaseRequests) {
            CampaignPhase phase = CampaignPhase.of(plan.id, phaseRequest);
            plans.persistPhase(phase);
            phases.add(phase);
        }
        plans.flush();
        PlanResponses.Full created = view(plan, phases);
        audit.record("plan.created", "plan", plan.id.toString(), plan.issuingUnitId, null, created);
        outbox.record(new DomainEvent("plan.created", "plan", plan.id.toString(), plan.issuingUnitId, created));
        return created;
    }

    /** A draft takes any change; an issued plan only corrections of its text, each audited as such. */
    @Transactional
    public PlanResponses.Full update(UUID id, String ifMatch, PlanRequests.Update request) {
        Plan plan = access.manageable(id);
        ETags.requireMatch(ifMatch, plan.version);
        if (plan.status.isFinal()) {
            throw ApiException.conflict("detail.plan-read-only", plan.status);
        }
        PlanResponses.Full before = view(plan);
        OrgUnit issuer = units.findById(plan.issuingUnitId);
        List<FieldViolation> violations = new ArrayList<>();
        if (plan.status == PlanStatus.ISSUED) {
            violations.addAll(fixedOnceIssued(plan, request, issuer));
            if (!violations.isEmpty()) {
                throw ApiException.invalid(violations);
            }
        }
        apply(plan, request, issuer, scope::contains, violations);
        if (violations.isEmpty()) {
            List<PlanRules.PhaseAt> existing = plans.phasesOf(plan.id).stream().map(p -> new PlanRules.PhaseAt(
                    "phases[" + (p.number) + "].", p.number, p.startDate, p.endDate, p.registrationOpens,
                    p.registrationCloses, p.evaluationDeadline)).toList();
            violations.addAll(PlanRules.phases(plan.startDate, plan.endDate, existing, List.of()));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        requireFreeNumber(plan);
        plan.touch();
        return changed(plan, before, plan.status == PlanStatus.ISSUED ? "plan.corrected" : "plan.updated", false);
    }

    @Transactional
    public PlanResponses.Full issue(UUID id, String ifMatch) {
        Plan plan = access.manageable(id);
        ETags.requireMatch(ifMatch, plan.version);
        if (plan.status == PlanStatus.DRAFT) {
            List<FieldViolation> missing = new ArrayList<>();
            if (plan.number == null) {
                missing.add(new FieldViolation("number", "REQUIRED_TO_ISSUE", "field.required-to-issue"));
            }
            if (plan.issuedOn == null) {
                missing.add(new FieldViolation("issuedOn", "REQUIRED_TO_ISSUE", "field.required-to-issue"));
            }
            if (plan.signer == null) {
                missing.add(new FieldViolation("signer", "REQUIRED_TO_ISSUE", "field.required-to-issue"));
            }
            if (!missing.isEmpty()) {
                throw ApiException.invalid(missing);
            }
        }
        PlanResponses.Full before = view(plan);
        plan.issue();
        return changed(plan, before, "plan.issued", true);
    }

    @Transactional
    public PlanResponses.Full close(UUID id, String ifMatch) {
        Plan plan = access.manageable(id);
        ETags.requireMatch(ifMatch, plan.version);
        PlanResponses.Full before = view(plan);
        plan.close();
        return changed(plan, before, "plan.closed", true);
    }

    @Transactional
    public PlanResponses.Full cancel(UUID id, String ifMatch, PlanRequests.Cancel request) {
        Plan plan = access.manageable(id);
        ETags.requireMatch(ifMatch, plan.version);
        PlanResponses.Full before = view(plan);
        plan.cancel(request.reason().strip());
        return changed(plan, before, "plan.cancelled", true);
    }

    PlanResponses.Full changed(Plan plan, PlanResponses.Full before, String action, boolean event) {
        plans.flush();
        PlanResponses.Full after = view(plan);
        audit.record(action, "plan", plan.id.toString(), plan.issuingUnitId, before, after);
        if (event) {
            outbox.record(new DomainEvent(action, "plan", plan.id.toString(), plan.issuingUnitId, after));
        }
        return after;
    }

    PlanResponses.Full view(Plan plan) {
        return view(plan, plans.phasesOf(plan.id));
    }

    private PlanResponses.Full view(Plan plan, List<CampaignPhase> phases) {
        List<PlanResponses.UnitRef> participants = plan.participatingUnitIds.stream()
                .map(units::findById).filter(Objects::nonNull).map(PlanService::ref).toList();
        return PlanResponses.full(plan, ref(units.findById(plan.issuingUnitId)), participants, phases);
    }

    private Page<PlanResponses.Summary> summaries(long total, List<Plan> page, Paging paging) {
        Map<UUID, Integer> counts = plans.phaseCounts(page.stream().map(p -> p.id).toList());
        // one query for the page's issuing units, not one per plan
        Map<UUID, OrgUnit> issuers = page.isEmpty() ? Map.of() : units.list("id in ?1",
                page.stream().map(p -> p.issuingUnitId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(u -> u.id, u -> u));
        return Page.of(page.stream().map(p -> PlanResponses.summary(p, ref(issuers.get(p.issuingUnitId)),
                counts.getOrDefault(p.id, 0))).toList(), paging, total);
    }

    static PlanResponses.UnitRef ref(OrgUnit unit) {
        return new PlanResponses.UnitRef(unit.id, unit.code, unit.name);
    }

    private OrgUnit issuingUnit(PlanRequests.Create request) {
        if (request.issuingUnitId() != null) {
            return scope.requireUnit(request.issuingUnitId());
        }
        if (request.issuingUnitCode() == null || request.issuingUnitCode().isBlank()) {
            throw ApiException.invalid("issuingUnitId", "NOT_NULL", "field.required");
        }
        String code = request.issuingUnitCode().strip();
        return Optional.ofNullable(units.findByCodesInScope(List.of(code), scope.path())
                .get(code.toLowerCase(Locale.ROOT))).orElseThrow(() -> ApiException.notFound("kind.unit"));
    }

    /** Writes the request into the plan, collecting what is wrong instead of stopping at the first problem. */
    private void apply(Plan plan, PlanRequests.Update request, OrgUnit issuer,
            java.util.function.Predicate<OrgUnit> inReach, List<FieldViolation> violations) {
        violations.addAll(PlanRules.period(request.year(), request.startDate(), request.endDate()));
        Set<String> keys = new LinkedHashSet<>();
        List<PlanParts.Movement> movements = orEmpty(request.movements());
        for (int i = 0; i < movements.size(); i++) {
            if (!keys.add(movements.get(i).key())) {
                violations.add(new FieldViolation("movements[" + i + "].key", "DUPLICATE", "field.duplicate-key"));
            }
        }
        List<PlanParts.Duty> duties = orEmpty(request.duties());
        boolean phasesListed = false;
        for (int i = 0; i < duties.size(); i++) {
            if (duties.get(i).introducesPhases() && phasesListed) {
                violations.add(new FieldViolation("duties[" + i + "].listsPhases", "PHASES_LISTED_TWICE",
                        "field.plan-phases-listed-twice"));
            }
            phasesListed |= duties.get(i).introducesPhases();
        }
        plan.participatingUnitIds = participants(request, issuer, inReach, violations);
        plan.number = Text.blankToNull(request.number());
        plan.title = request.title().strip();
        plan.issuedOn = request.issuedOn();
        plan.issuedPlace = Text.blankToNull(request.issuedPlace());
        plan.kind = request.kind();
        plan.year = request.year();
        plan.startDate = request.startDate();
        plan.endDate = request.endDate();
        plan.preamble = Text.blankToNull(request.preamble());
        plan.theme = Text.blankToNull(request.theme());
        plan.legalBases = new ArrayList<>(orEmpty(request.legalBases()));
        plan.purposes = new ArrayList<>(orEmpty(request.purposes()));
        plan.contentItems = new ArrayList<>(orEmpty(request.contentItems()));
        plan.movements = new ArrayList<>(movements);
        plan.duties = new ArrayList<>(orEmpty(request.duties()));
        plan.closing = Text.blankToNull(request.closing());
        plan.recipients = new ArrayList<>(orEmpty(request.recipients()));
        plan.signer = request.signer();
        plan.attachments = new ArrayList<>(orEmpty(request.attachments()));
    }

    /** Participating units by id or code, each inside the issuing unit's subtree; none given: the issuing unit. */
    private Set<UUID> participants(PlanRequests.Update request, OrgUnit issuer,
            java.util.function.Predicate<OrgUnit> inReach, List<FieldViolation> violations) {
        Set<UUID> ids = new java.util.TreeSet<>();
        List<UUID> byId = orEmpty(request.participatingUnitIds());
        for (int i = 0; i < byId.size(); i++) {
            OrgUnit unit = units.findById(byId.get(i));
            if (unit == null || !issuer.contains(unit) || !inReach.test(unit)) {
                violations.add(new FieldViolation("participatingUnitIds[" + i + "]", "NOT_IN_ISSUING_UNIT",
                        "field.unit-outside-issuer"));
            } else {
                ids.add(unit.id);
            }
        }
        List<String> byCode = orEmpty(request.participatingUnitCodes());
        for (int i = 0; i < byCode.size(); i++) {
            String code = byCode.get(i).strip();
            OrgUnit unit = units.findByCodesInScope(List.of(code), issuer.path).get(code.toLowerCase(Locale.ROOT));
            if (unit == null || !issuer.contains(unit) || !inReach.test(unit)) {
                violations.add(new FieldViolation("participatingUnitCodes[" + i + "]", "NOT_IN_ISSUING_UNIT",
                        "field.unit-outside-issuer"));
            } else {
                ids.add(unit.id);
            }
        }
        if (ids.isEmpty()) {
            ids.add(issuer.id);
        }
        return ids;
    }

    /** What an issued plan keeps as issued: a correction may fix the text, not what the plan is. */
    private List<FieldViolation> fixedOnceIssued(Plan plan, PlanRequests.Update request, OrgUnit issuer) {
        List<FieldViolation> violations = new ArrayList<>();
        List<FieldViolation> ignored = new ArrayList<>();
        check(violations, "number", plan.number, Text.blankToNull(request.number()));
        check(violations, "issuedOn", plan.issuedOn, request.issuedOn());
        check(violations, "kind", plan.kind, request.kind());
        check(violations, "year", plan.year, request.year());
        check(violations, "startDate", plan.startDate, request.startDate());
        check(violations, "endDate", plan.endDate, request.endDate());
        check(violations, "participatingUnitIds", plan.participatingUnitIds, participants(request, issuer, scope::contains, ignored));
        return violations;
    }

    private static void check(List<FieldViolation> violations, String field, Object issued, Object requested) {
        if (!Objects.equals(issued, requested)) {
            violations.add(new FieldViolation(field, "FIXED_ONCE_ISSUED", "field.fixed-once-issued"));
        }
    }

    private void requireFreeNumber(Plan plan) {
        if (plan.number != null && plans.numberTaken(plan.issuingUnitId, plan.number, plan.id)) {
            throw ApiException.conflict("detail.plan-number-taken", plan.number);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

}
