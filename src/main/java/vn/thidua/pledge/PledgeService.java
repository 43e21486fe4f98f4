package vn.thidua.pledge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.catalog.AwardTypeService;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/** The rules of pledges: who pledges what, in which window, and the workflow of approval. */
@ApplicationScoped
public class PledgeService {

    /** Registration windows are days in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Map<String, String> SORTS = Map.of("subjectName", "subjectName", "status", "status",
            "submittedAt", "submittedAt", "createdAt", "createdAt");

    @Inject
    PledgeRepository pledges;
    @Inject
    PledgeAccess access;
    @Inject
    PlanService plans;
    @Inject
    OrgDirectory directory;
    @Inject
    AwardTypeService catalog;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    /** The subject of a pledge, found and checked. */
    record Subject(SubjectKind kind, UUID personId, UUID unitId, String unitPath, String name) {
        UUID id() {
            return personId != null ? personId : unitId;
        }
    }

    @Transactional
    public PledgeResponse create(UUID planId, PledgeRequests.Create request) {
        PlanResponses.Full plan = openPlan(planId);
        // before the subject is looked up (a code is checked once found): a member is refused alike whether another's
        // record exists or not
        access.requireAuthor(request.subjectKind(),
                request.personId() != null ? request.personId() : access.ownPerson());
        Subject subject = subject(request);
        access.requireAuthor(subject.kind(), subject.personId());
        List<FieldViolation> violations = new ArrayList<>();
        if (request.phaseId() != null && plan.phases().stream().noneMatch(p -> p.id().equals(request.phaseId()))) {
            violations.add(new FieldViolation("phaseId", "NOT_IN_PLAN", "field.phase-not-in-plan"));
        }
        if (!participates(plan, subject.unitPath())) {
            violations.add(new FieldViolation(subject.kind() == SubjectKind.PERSON ? "personId" : "unitId",
                    "NOT_PARTICIPATING", "field.subject-not-participating"));
        }
        violations.addAll(content(plan, subject.kind(), request.titles(), request.commitments()));
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (!pledges.liveBySubject(plan.id(), request.phaseId(), List.of(subject.id())).isEmpty()) {
            throw ApiException.conflict("detail.pledge-duplicate", subject.name());
        }
        Pledge pledge = newPledge(plan.id(), request.phaseId(), subject, request.titles(), request.commitments());
        pledges.persistAndFlush(pledge);
        return changed(pledge, null, "pledge.created");
    }

    @Transactional
    public PledgeResponse update(UUID id, String ifMatch, PledgeRequests.Update request) {
        Pledge pledge = require(id);
        ETags.requireMatch(ifMatch, pledge.version);
        access.requireAuthor(pledge.subjectKind, pledge.personId);
        PlanResponses.Full plan = openPlan(pledge.planId);
        List<FieldViolation> violations = content(plan, pledge.subjectKind, request.titles(), request.commitments());
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        PledgeResponse before = PledgeResponse.from(pledge);
        pledge.edit(request.titles(), orEmpty(request.commitments()));
        return changed(pledge, before, "pledge.updated");
    }

    @Transactional
    public PledgeResponse submit(UUID id, String ifMatch, PledgeRequests.Submit request) {
        Pledge pledge = require(id);
        ETags.requireMatch(ifMatch, pledge.version);
        access.requireAuthor(pledge.subjectKind, pledge.personId);
        PlanResponses.Full plan = openPlan(pledge.planId);
        String late = request == null || request.lateReason() == null || request.lateReason().isBlank() ? null
                : request.lateReason().strip();
        if (late != null && !access.isBoard()) {
            throw ApiException.forbidden("detail.pledge-late-board-only");
        }
        Window window = window(plan, pledge.phaseId);
        if (late == null && !window.isOpen(today())) {
            throw ApiException.conflict(window.opens() != null && today().isBefore(window.opens())
                    ? "detail.registration-not-open" : "detail.registration-closed", window.opens(), window.closes());
        }
        PledgeResponse before = PledgeResponse.from(pledge);
        pledge.submit(access.name(), late);
        return changed(pledge, before, "pledge.submitted");
    }

    @Transactional
    public PledgeResponse approve(UUID id, String ifMatch) {
        return decide(id, ifMatch, "pledge.approved", (pledge, by) -> pledge.approve(by));
    }

    @Transactional
    public PledgeResponse sendBack(UUID id, String ifMatch, PledgeRequests.Reason request) {
        return decide(id, ifMatch, "pledge.returned", (pledge, by) -> pledge.sendBack(by, request.reason().strip()));
    }

    @Transactional
    public PledgeResponse reject(UUID id, String ifMatch, PledgeRequests.Reason request) {
        return decide(id, ifMatch, "pledge.rejected", (pledge, by) -> pledge.reject(by, request.reason().strip()));
    }

    @Transactional
    public PledgeResponse withdraw(UUID id, String ifMatch) {
        Pledge pledge = require(id);
        ETags.requireMatch(ifMatch, pledge.version);
        access.requireAuthor(pledge.subjectKind, pledge.personId);
        PledgeResponse before = PledgeResponse.from(pledge);
        pledge.withdraw();
        // the plan must still be one the caller can see, as for every other act on its pledges
        plans.get(pledge.planId);
        return changed(pledge, before, "pledge.withdrawn");
    }

    @Transactional
    public PledgeResponse get(UUID id) {
        return PledgeResponse.from(require(id));
    }

    @Transactional
    public Page<PledgeResponse> list(UUID planId, ListQuery query, Paging paging) {
        plans.get(planId);
        var found = pledges.search(planId, access.scopePath(), filter(query), paging.sort());
        long total = found.count();
        return Page.of(pledges.page(found, paging.page(), paging.size()), paging, total).map(PledgeResponse::from);
    }

    /** The list's query: {@code unitId} with or without its sub-units ({@code subtree}). */
    public record ListQuery(UUID phaseId, UUID unitId, boolean subtree, PledgeStatus status, String title,
            SubjectKind subjectKind, String text) {
    }

    /** Counts per status and per title inside a unit, and how many of its people have no live pledge yet. */
    @Transactional
    public PledgeSummary summary(UUID planId, UUID unitId, boolean subtree, UUID phaseId) {
        PlanResponses.Full plan = plans.get(planId);
        OrgDirectory.UnitRef unit = unitOrHome(unitId);
        List<Pledge> live = pledges.liveWithin(plan.id(), phaseId, unit.path()).stream()
                .filter(p -> subtree || p.unitId.equals(unit.id())).filter(access::canRead).toList();
        Map<String, Long> byStatus = new TreeMap<>();
        for (PledgeStatus status : PledgeStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        live.forEach(p -> byStatus.merge(p.status.name(), 1L, Long::sum));
        Map<String, Long> byTitle = new TreeMap<>(live.stream().flatMap(p -> p.titles.stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting())));
        List<OrgDirectory.PersonRef> people = access.ownOnly() ? List.of() : directory.activePeopleOf(unit, subtree);
        Set<UUID> pledged = live.stream().filter(p -> p.personId != null).map(p -> p.personId)
                .collect(Collectors.toSet());
        long withPledge = people.stream().filter(p -> pledged.contains(p.id())).count();
        return new PledgeSummary(plan.id(), unit.id(), subtree, phaseId, byStatus, byTitle, people.size(), withPledge,
                people.size() - withPledge);
    }

    /** The active people of a unit who have no live pledge in the plan (and phase): who has not registered yet. */
    @Transactional
    public Page<OrgDirectory.PersonRef> missing(UUID planId, UUID unitId, boolean subtree, UUID phaseId, Paging paging) {
        PlanResponses.Full plan = plans.get(planId);
        if (access.ownOnly()) {
            throw ApiException.forbidden("detail.pledge-not-yours");
        }
        OrgDirectory.UnitRef unit = unitOrHome(unitId);
        List<OrgDirectory.PersonRef> people = directory.activePeopleOf(unit, subtree);
        Set<UUID> pledged = pledges.liveBySubject(plan.id(), phaseId, people.stream().map(OrgDirectory.PersonRef::id)
                .toList()).keySet();
        List<OrgDirectory.PersonRef> without = people.stream().filter(p -> !pledged.contains(p.id())).toList();
        int from = Math.min(without.size(), paging.page() * paging.size());
        int to = Math.min(without.size(), from + paging.size());
        return Page.of(without.subList(from, to), paging, without.size());
    }

    // --- read by the evaluations that follow the pledges -------------------------------------------------------

    /** The subject's live pledge in the plan and exactly this phase (null: the whole plan), if it has one. */
    public Optional<PledgeResponse> livePledgeOf(UUID planId, UUID phaseId, UUID subjectId) {
        return Optional.ofNullable(pledges.liveBySubject(planId, phaseId, List.of(subjectId)).get(subjectId))
                .map(PledgeResponse::from);
    }

    /** The approved pledges of a plan and exactly this phase whose unit lies under {@code unitPath}: one query. */
    public List<PledgeResponse> approvedWithin(UUID planId, UUID phaseId, String unitPath) {
        return pledges.liveWithin(planId, phaseId, unitPath).stream()
                .filter(p -> p.status == PledgeStatus.APPROVED && Objects.equals(p.phaseId, phaseId))
                .map(PledgeResponse::from).toList();
    }

    /**
     * What each subject inside {@code unitPath} registered for in the plan (and phase): title → approved or still
     * awaiting approval. No scope check: the caller (eligibility) has checked the unit.
     */
    public Map<UUID, Map<String, Boolean>> registrations(UUID planId, UUID phaseId, String unitPath) {
        return pledges.registrations(planId, phaseId, unitPath);
    }

    // --- shared with the import ---------------------------------------------------------------------------------

    PlanResponses.Full openPlan(UUID planId) {
        PlanResponses.Full plan = plans.get(planId);
        if (plan.status() != PlanStatus.ISSUED) {
            throw ApiException.conflict("detail.plan-not-open-for-pledges", plan.status());
        }
        return plan;
    }

    /** Whether a subject of the unit at {@code unitPath} takes part in the plan: its unit lies under a participant. */
    public boolean participates(PlanResponses.Full plan, String unitPath) {
        // a unit's path is the chain of ids from the root: it lies in a participant's subtree iff it names it
        return plan.participatingUnits().stream().anyMatch(u -> unitPath.contains("/" + u.id() + "/"));
    }

    List<FieldViolation> content(PlanResponses.Full plan, SubjectKind kind, List<String> titles,
            List<Commitment> commitments) {
        return content(plan, kind, titles, commitments, "titles", i -> "commitments[" + i + "].movementKey");
    }

    /**
     * The same, naming the fields as the caller's input does: {@code titlesField} for the list of titles,
     * {@code movementField} for the key of the i-th commitment (an import names them by its columns).
     */
    List<FieldViolation> content(PlanResponses.Full plan, SubjectKind kind, List<String> titles,
            List<Commitment> commitments, String titlesField, IntFunction<String> movementField) {
        List<FieldViolation> violations = new ArrayList<>(catalog.checkTitles(titlesField, titles,
                kind == SubjectKind.PERSON));
        Set<String> keys = plan.movements().stream().map(m -> m.key()).collect(Collectors.toSet());
        List<Commitment> given = orEmpty(commitments);
        for (int i = 0; i < given.size(); i++) {
            if (!keys.contains(given.get(i).movementKey())) {
                violations.add(new FieldViolation(movementField.apply(i), "UNKNOWN_MOVEMENT",
                        "field.movement-unknown", given.get(i).movementKey()));
            }
        }
        return violations;
    }

    Pledge newPledge(UUID planId, UUID phaseId, Subject subject, List<String> titles, List<Commitment> commitments) {
        Pledge pledge = new Pledge();
        pledge.id = UUID.randomUUID();
        pledge.planId = planId;
        pledge.phaseId = phaseId;
        pledge.subjectKind = subject.kind();
        pledge.personId = subject.personId();
        pledge.unitId = subject.unitId();
        pledge.subjectName = subject.name();
        pledge.titles = new ArrayList<>(titles);
        pledge.commitments = new ArrayList<>(orEmpty(commitments));
        pledge.createdBy = access.name();
        pledge.createdAt = Pledge.now();
        pledge.updatedAt = pledge.createdAt;
        return pledge;
    }

    PledgeResponse changed(Pledge pledge, PledgeResponse before, String action) {
        pledges.flush();
        PledgeResponse after = PledgeResponse.from(pledge);
        audit.record(action, "pledge", pledge.id.toString(), pledge.unitId, before, after);
        outbox.record(new DomainEvent(action, "pledge", pledge.id.toString(), pledge.unitId, after));
        return after;
    }

    /** The registration window of a phase, or of the plan: the phases' windows together; none: always open. */
    record Window(LocalDate opens, LocalDate closes, List<LocalDate[]> spans) {
        boolean isOpen(LocalDate day) {
            return spans.isEmpty() || spans.stream().anyMatch(s -> !day.isBefore(s[0]) && !day.isAfter(s[1]));
        }
    }

    static Window window(PlanResponses.Full plan, UUID phaseId) {
        List<LocalDate[]> spans = plan.phases().stream()
                .filter(p -> phaseId == null || p.id().equals(phaseId))
                .filter(p -> p.registrationOpens() != null && p.registrationCloses() != null)
                .map(p -> new LocalDate[] {p.registrationOpens(), p.registrationCloses()}).toList();
        LocalDate opens = spans.stream().map(s -> s[0]).min(LocalDate::compareTo).orElse(null);
        LocalDate closes = spans.stream().map(s -> s[1]).max(LocalDate::compareTo).orElse(null);
        return new Window(opens, closes, spans);
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    private PledgeResponse decide(UUID id, String ifMatch, String action,
            java.util.function.BiConsumer<Pledge, String> act) {
        Pledge pledge = require(id);
        ETags.requireMatch(ifMatch, pledge.version);
        PlanResponses.Full plan = plans.get(pledge.planId);
        access.requireDecider(pledge, plan.issuingUnit().id());
        PledgeResponse before = PledgeResponse.from(pledge);
        act.accept(pledge, access.name());
        return changed(pledge, before, action);
    }

    private Pledge require(UUID id) {
        return pledges.findInScope(id, access.scopePath()).filter(access::canRead)
                .orElseThrow(() -> ApiException.notFound("kind.pledge"));
    }

    private Subject subject(PledgeRequests.Create request) {
        if (request.subjectKind() == SubjectKind.PERSON) {
            OrgDirectory.PersonRef person = request.personId() != null ? directory.person(request.personId()).orElse(null)
                    : request.personCode() == null ? null
                            : directory.peopleByCodes(List.of(request.personCode())).get(
                                    request.personCode().toLowerCase(java.util.Locale.ROOT));
            if (request.personId() == null && request.personCode() == null) {
                throw ApiException.invalid("personId", "NOT_NULL", "field.required");
            }
            if (person == null) {
                access.requireAuthor(SubjectKind.PERSON, null);
                throw ApiException.notFound("kind.person");
            }
            String path = directory.unit(person.unitId()).map(OrgDirectory.UnitRef::path).orElseThrow();
            return new Subject(SubjectKind.PERSON, person.id(), person.unitId(), path, person.fullName());
        }
        OrgDirectory.UnitRef unit = request.unitId() != null ? directory.unit(request.unitId()).orElse(null)
                : request.unitCode() == null ? null
                        : directory.unitsByCodes(List.of(request.unitCode())).get(
                                request.unitCode().toLowerCase(java.util.Locale.ROOT));
        if (request.unitId() == null && request.unitCode() == null) {
            throw ApiException.invalid("unitId", "NOT_NULL", "field.required");
        }
        if (unit == null) {
            throw ApiException.notFound("kind.unit");
        }
        return new Subject(SubjectKind.UNIT, null, unit.id(), unit.path(), unit.name());
    }

    private OrgDirectory.UnitRef unitOrHome(UUID unitId) {
        if (unitId != null) {
            return directory.unit(unitId).orElseThrow(() -> ApiException.notFound("kind.unit"));
        }
        return directory.homeUnit().orElseThrow(() -> ApiException.notFound("kind.unit"));
    }

    private PledgeRepository.Filter filter(ListQuery query) {
        String unitPath = null;
        UUID exact = null;
        if (query.unitId() != null) {
            OrgDirectory.UnitRef unit = directory.unit(query.unitId()).orElseThrow(() -> ApiException.notFound("kind.unit"));
            if (query.subtree()) {
                unitPath = unit.path();
            } else {
                exact = unit.id();
            }
        }
        UUID person = null;
        if (access.ownOnly()) {
            person = access.ownPerson() == null ? new UUID(0, 0) : access.ownPerson();
        }
        return new PledgeRepository.Filter(query.phaseId(), unitPath, exact, query.status(), query.title(),
                query.subjectKind(), query.text(), person);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
