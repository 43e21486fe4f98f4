package vn.thidua.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import vn.thidua.audit.AuditTrail;
import vn.thidua.catalog.AwardTypeService;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.pledge.PledgeResponse;
import vn.thidua.pledge.PledgeService;

/**
 * The rules of evaluations: who is evaluated in which plan and phase, the self-assessment against the pledge, the
 * unit's review with its votes and attestations, and the way to the council. Every change is audited (before and
 * after) and announced in the outbox in the same transaction.
 */
@ApplicationScoped
public class EvaluationService {

    /** Meeting dates are days in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Map<String, String> SORTS = Map.of("subjectName", "subjectName", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    /** JDBC batch of the inserts of {@link #open}, set on its session whatever the global setting. */
    static final int BATCH_SIZE = 500;

    @Inject
    EvaluationRepository evaluations;
    @Inject
    EvaluationAccess access;
    @Inject
    PlanService plans;
    @Inject
    PledgeService pledges;
    @Inject
    OrgDirectory directory;
    @Inject
    AwardTypeService catalog;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    /** The subject of an evaluation, found in scope. */
    private record Subject(SubjectKind kind, UUID personId, UUID unitId, String unitPath, String name) {
        UUID id() {
            return personId != null ? personId : unitId;
        }
    }

    @Transactional
    public EvaluationResponse create(UUID planId, EvaluationRequests.Create request) {
        PlanResponses.Full plan = openPlan(planId);
        // before the subject is looked up: a member is refused alike whether another's record exists or not
        access.requireAuthor(request.personId() != null ? SubjectKind.PERSON : SubjectKind.UNIT, request.personId());
        Subject subject = subject(request);
        List<FieldViolation> violations = new ArrayList<>(phase(plan, request.phaseId()));
        if (!pledges.participates(plan, subject.unitPath())) {
            violations.add(new FieldViolation(subject.kind() == SubjectKind.PERSON ? "personId" : "unitId",
                    "NOT_PARTICIPATING", "field.subject-not-participating"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        if (evaluations.existsFor(plan.id(), request.phaseId(), subject.id())) {
            throw ApiException.conflict("detail.evaluation-duplicate", subject.name());
        }
        PledgeResponse pledge = pledges.livePledgeOf(plan.id(), request.phaseId(), subject.id()).orElse(null);
        Evaluation evaluation = newEvaluation(plan.id(), request.phaseId(), subject.kind(), subject.personId(),
                subject.unitId(), subject.name(), pledge);
        evaluations.persistAndFlush(evaluation);
        return changed(evaluation, null, "evaluation.created");
    }

    /**
     * Opens the evaluations of every subject of a unit (and, with {@code subtree}, the units below it) that has an
     * approved pledge in the plan and phase and no evaluation yet. The pledges and the evaluations already there are
     * read in one query each, the new evaluations inserted in JDBC batches and their audit and outbox events in
     * multi-row INSERTs, so that a unit of thousands opens in seconds; the act as a whole adds one
     * {@code evaluations.opened} audit event.
     */
    @Transactional
    public EvaluationsOpened open(UUID planId, EvaluationRequests.Open request) {
        PlanResponses.Full plan = openPlan(planId);
        access.requireAuthor(SubjectKind.UNIT, null);
        List<FieldViolation> violations = phase(plan, request.phaseId());
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        OrgDirectory.UnitRef unit = directory.unit(request.unitId())
                .orElseThrow(() -> ApiException.notFound("kind.unit"));
        boolean subtree = request.subtree() == null || request.subtree();
        List<PledgeResponse> approved = pledges.approvedWithin(plan.id(), request.phaseId(), unit.path()).stream()
                .filter(p -> subtree || p.unitId().equals(unit.id())).toList();
        Set<UUID> evaluated = evaluations.subjectsEvaluated(plan.id(), request.phaseId(), unit.path());
        evaluations.getEntityManager().unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
        List<Evaluation> created = new ArrayList<>();
        for (PledgeResponse pledge : approved) {
            UUID subject = pledge.personId() != null ? pledge.personId() : pledge.unitId();
            if (evaluated.add(subject)) {
                created.add(newEvaluation(plan.id(), request.phaseId(), pledge.subjectKind(), pledge.personId(),
                        pledge.unitId(), pledge.subjectName(), pledge));
            }
        }
        evaluations.persistAll(created);
        evaluations.flush();
        List<AuditTrail.Entry> entries = new ArrayList<>(created.size());
        List<DomainEvent> events = new ArrayList<>(created.size());
        for (Evaluation evaluation : created) {
            EvaluationResponse after = EvaluationResponse.from(evaluation);
            String id = evaluation.id.toString();
            entries.add(new AuditTrail.Entry("evaluation.created", "evaluation", id, evaluation.unitId, null, after));
            events.add(new DomainEvent("evaluation.created", "evaluation", id, evaluation.unitId, after));
        }
        audit.recordAll(entries);
        outbox.recordAll(events);
        EvaluationsOpened opened = new EvaluationsOpened(plan.id(), request.phaseId(), unit.id(), subtree,
                approved.size(), created.size(), approved.size() - created.size(),
                created.stream().map(e -> e.id).toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("unitId", unit.id());
        summary.put("phaseId", request.phaseId());
        summary.put("subtree", subtree);
        summary.put("approvedPledges", opened.approvedPledges());
        summary.put("created", opened.created());
        summary.put("alreadyOpen", opened.alreadyOpen());
        audit.record("evaluations.opened", "plan", plan.id().toString(), unit.id(), null, summary);
        return opened;
    }

    @Transactional
    public EvaluationResponse updateSelfAssessment(UUID id, String ifMatch, EvaluationRequests.SelfAssessment request) {
        Evaluation evaluation = require(id);
        ETags.requireMatch(ifMatch, evaluation.version);
        access.requireAuthor(evaluation.subjectKind, evaluation.personId);
        PlanResponses.Full plan = plans.get(evaluation.planId);
        List<EvaluationResult> results = results(plan, evaluation, orEmpty(request.results()));
        EvaluationResponse before = EvaluationResponse.from(evaluation);
        evaluation.editSelfAssessment(results, Text.blankToNull(request.achievements()));
        return changed(evaluation, before, "evaluation.self-assessment-updated");
    }

    @Transactional
    public EvaluationResponse selfAssess(UUID id, String ifMatch) {
        Evaluation evaluation = require(id);
        ETags.requireMatch(ifMatch, evaluation.version);
        access.requireAuthor(evaluation.subjectKind, evaluation.personId);
        plans.get(evaluation.planId);
        EvaluationResponse before = EvaluationResponse.from(evaluation);
        evaluation.selfAssess(access.name());
        return changed(evaluation, before, "evaluation.self-assessed");
    }

    @Transactional
    public EvaluationResponse updateReview(UUID id, String ifMatch, EvaluationRequests.Review request) {
        Evaluation evaluation = require(id);
        ETags.requireMatch(ifMatch, evaluation.version);
        PlanResponses.Full plan = plans.get(evaluation.planId);
        access.requireReviewer(evaluation, plan.issuingUnit().id());
        List<String> titles = orEmpty(request.proposedTitles());
        List<String> forms = orEmpty(request.proposedForms());
        List<FieldViolation> violations = new ArrayList<>(catalog.checkTitles("proposedTitles", titles,
                evaluation.subjectKind == SubjectKind.PERSON));
        violations.addAll(forms(forms));
        if (request.meetingDate() != null && request.meetingDate().isAfter(LocalDate.now(VIETNAM))) {
            violations.add(new FieldViolation("meetingDate", "IN_FUTURE", "field.evaluation-meeting-in-future"));
        }
        violations.addAll(new MeetingVotes(request.votesFor(), request.votesAgainst(), request.votesTotal())
                .violations());
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        EvaluationResponse before = EvaluationResponse.from(evaluation);
        evaluation.editReview(new Evaluation.Review(titles, forms, request.meetingDate(), request.votesFor(),
                request.votesAgainst(), request.votesTotal(), Text.blankToNull(request.comment())),
                attestations(evaluation, request.attestations()));
        return changed(evaluation, before, "evaluation.review-updated");
    }

    @Transactional
    public EvaluationResponse review(UUID id, String ifMatch) {
        return decide(id, ifMatch, "evaluation.reviewed", (evaluation, by) -> evaluation.review(by));
    }

    @Transactional
    public EvaluationResponse submit(UUID id, String ifMatch) {
        return decide(id, ifMatch, "evaluation.submitted", (evaluation, by) -> evaluation.submit(by));
    }

    @Transactional
    public EvaluationResponse sendBack(UUID id, String ifMatch, EvaluationRequests.Reason request) {
        return decide(id, ifMatch, "evaluation.returned",
                (evaluation, by) -> evaluation.sendBack(by, request.reason().strip()));
    }

    @Transactional
    public EvaluationResponse get(UUID id) {
        return EvaluationResponse.from(require(id));
    }

    /** The list's query: {@code unitId} with or without its sub-units ({@code subtree}). */
    public record ListQuery(UUID phaseId, UUID unitId, boolean subtree, EvaluationStatus status, String title,
            SubjectKind subjectKind, String text) {
    }

    @Transactional
    public Page<EvaluationResponse> list(UUID planId, ListQuery query, Paging paging) {
        plans.get(planId);
        var found = evaluations.search(planId, access.scopePath(), filter(query), paging.sort());
        long total = found.count();
        return Page.of(found.page(paging.page(), paging.size()).list(), paging, total).map(EvaluationResponse::from);
    }

    // --- what the council hands down ------------------------------------------------------------------------------

    /**
     * Keeps the verdicts of a council session that has just closed on the evaluations voted on, each replacing an
     * earlier session's verdict on the same title ({@link Evaluation#recordVerdict}); the status and everything the
     * subject and the unit entered stay as they are (the version moves: the representation changed). One audit event
     * ({@code evaluation.council-verdict}, the verdicts before and after) and one outbox event per evaluation.
     * <p>
     * No check of the caller's scope here: only the council layer calls this, inside the act that closes its session,
     * after it has checked that the caller may close it; its agenda holds the evaluations submitted to it, which may
     * lie outside the closing account's own subtree. A session of hundreds of items costs one query to read the
     * evaluations, batched UPDATEs and multi-row INSERTs for the events.
     *
     * @throws IllegalArgumentException a verdict of another session, or of an evaluation that does not exist: the
     *                                  council's own data would be wrong
     */
    @Transactional
    public void recordCouncilVerdicts(UUID sessionId, List<CouncilVerdict> verdicts) {
        Map<UUID, List<CouncilVerdict>> byEvaluation = new LinkedHashMap<>();
        for (CouncilVerdict verdict : verdicts) {
            if (!sessionId.equals(verdict.sessionId())) {
                throw new IllegalArgumentException("verdict of session " + verdict.sessionId() + " given for "
                        + sessionId);
            }
            byEvaluation.computeIfAbsent(verdict.evaluationId(), id -> new ArrayList<>()).add(verdict);
        }
        if (byEvaluation.isEmpty()) {
            return;
        }
        List<Evaluation> found = evaluations.byIds(byEvaluation.keySet());
        if (found.size() != byEvaluation.size()) {
            Set<UUID> missing = new HashSet<>(byEvaluation.keySet());
            found.forEach(e -> missing.remove(e.id));
            throw new IllegalArgumentException("no evaluations " + missing);
        }
        evaluations.getEntityManager().unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
        List<AuditTrail.Entry> entries = new ArrayList<>(found.size());
        Map<Evaluation, Map<String, CouncilVerdict>> before = new LinkedHashMap<>();
        for (Evaluation evaluation : found) {
            before.put(evaluation, evaluation.councilVerdicts);
            byEvaluation.get(evaluation.id).forEach(evaluation::recordVerdict);
        }
        evaluations.flush();
        List<DomainEvent> events = new ArrayList<>(found.size());
        before.forEach((evaluation, previous) -> {
            String id = evaluation.id.toString();
            entries.add(new AuditTrail.Entry("evaluation.council-verdict", "evaluation", id, evaluation.unitId,
                    Map.of("councilVerdicts", previous), Map.of("councilVerdicts", evaluation.councilVerdicts)));
            events.add(new DomainEvent("evaluation.council-verdict", "evaluation", id, evaluation.unitId,
                    EvaluationResponse.from(evaluation)));
        });
        audit.recordAll(entries);
        outbox.recordAll(events);
    }

    // --- what the eligibility engine reads ----------------------------------------------------------------------

    /** One evaluation's facts, found as {@code GET /evaluations/{id}} finds it: 404 outside the caller's reach. */
    @Transactional
    public EvaluationFacts facts(UUID evaluationId) {
        return EvaluationFacts.of(require(evaluationId));
    }

    /**
     * The facts of every evaluation of a plan and phase (exactly: null is the whole plan) under {@code unitPath}
     * (null: the caller's whole scope) that the caller may read, by subject id (the person's, or the unit's for a
     * collective). One query for the evaluations, after the plan's visibility check (404 for a plan out of reach).
     */
    @Transactional
    public Map<UUID, EvaluationFacts> factsOfPlan(UUID planId, UUID phaseId, String unitPath) {
        plans.get(planId);
        String within = unitPath == null ? access.scopePath() : unitPath;
        Map<UUID, EvaluationFacts> facts = new HashMap<>();
        for (EvaluationFacts one : evaluations.factsWithin(planId, phaseId, within, access.scopePath())) {
            if (access.canRead(one)) {
                facts.put(one.subjectId(), one);
            }
        }
        return facts;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private PlanResponses.Full openPlan(UUID planId) {
        PlanResponses.Full plan = plans.get(planId);
        if (plan.status() != PlanStatus.ISSUED) {
            throw ApiException.conflict("detail.plan-not-open-for-evaluations", plan.status());
        }
        return plan;
    }

    private static List<FieldViolation> phase(PlanResponses.Full plan, UUID phaseId) {
        if (phaseId == null || plan.phases().stream().anyMatch(p -> p.id().equals(phaseId))) {
            return new ArrayList<>();
        }
        return new ArrayList<>(List.of(new FieldViolation("phaseId", "NOT_IN_PLAN", "field.phase-not-in-plan")));
    }

    private Subject subject(EvaluationRequests.Create request) {
        if (request.personId() == null && request.unitId() == null) {
            throw ApiException.invalid("personId", "NOT_NULL", "field.evaluation-subject-missing");
        }
        if (request.personId() != null && request.unitId() != null) {
            throw ApiException.invalid("unitId", "ONE_SUBJECT", "field.evaluation-subject-both");
        }
        if (request.personId() != null) {
            OrgDirectory.PersonRef person = directory.person(request.personId())
                    .orElseThrow(() -> ApiException.notFound("kind.person"));
            String path = directory.unit(person.unitId()).map(OrgDirectory.UnitRef::path)
                    .orElseThrow(() -> ApiException.notFound("kind.person"));
            return new Subject(SubjectKind.PERSON, person.id(), person.unitId(), path, person.fullName());
        }
        OrgDirectory.UnitRef unit = directory.unit(request.unitId())
                .orElseThrow(() -> ApiException.notFound("kind.unit"));
        return new Subject(SubjectKind.UNIT, null, unit.id(), unit.path(), unit.name());
    }

    private Evaluation newEvaluation(UUID planId, UUID phaseId, SubjectKind kind, UUID personId, UUID unitId,
            String name, PledgeResponse pledge) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.planId = planId;
        evaluation.phaseId = phaseId;
        evaluation.subjectKind = kind;
        evaluation.personId = personId;
        evaluation.unitId = unitId;
        evaluation.subjectName = name;
        if (pledge != null) {
            evaluation.pledgeId = pledge.id();
            evaluation.results = new ArrayList<>(pledge.commitments().stream()
                    .map(c -> new EvaluationResult(c.movementKey(), c.text(), null, null)).toList());
        }
        evaluation.createdBy = access.name();
        evaluation.createdAt = Evaluation.now();
        evaluation.updatedAt = evaluation.createdAt;
        return evaluation;
    }

    /**
     * The results as given, each beside the pledge's commitment under its sub-movement; commitments the input leaves
     * out stay listed without a result, so that a self-assessment never loses what was promised.
     */
    private static List<EvaluationResult> results(PlanResponses.Full plan, Evaluation evaluation,
            List<EvaluationRequests.ResultInput> given) {
        Set<String> movements = plan.movements().stream().map(m -> m.key()).collect(Collectors.toSet());
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, EvaluationRequests.ResultInput> byKey = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String key = given.get(i).movementKey();
            String field = "results[" + i + "].movementKey";
            if (!movements.contains(key)) {
                violations.add(new FieldViolation(field, "UNKNOWN_MOVEMENT", "field.movement-unknown", key));
            } else if (byKey.putIfAbsent(key, given.get(i)) != null) {
                violations.add(new FieldViolation(field, "DUPLICATE", "field.evaluation-result-repeated", key));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        List<EvaluationResult> merged = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (EvaluationResult previous : evaluation.results) {
            if (previous.commitment() != null && placed.add(previous.movementKey())) {
                EvaluationRequests.ResultInput input = byKey.get(previous.movementKey());
                merged.add(input == null ? new EvaluationResult(previous.movementKey(), previous.commitment(), null, null)
                        : new EvaluationResult(input.movementKey(), previous.commitment(), Text.blankToNull(input.result()),
                                input.achieved()));
            }
        }
        byKey.values().stream().filter(input -> !placed.contains(input.movementKey()))
                .forEach(input -> merged.add(new EvaluationResult(input.movementKey(), null,
                        Text.blankToNull(input.result()), input.achieved())));
        return merged;
    }

    /**
     * Form codes must name commendation forms of the catalogue. The catalogue's service answers for titles only, so a
     * form is a code it knows that no subject can hold as a title.
     */
    private List<FieldViolation> forms(List<String> codes) {
        Set<String> known = catalog.titleNames().keySet();
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String field = "proposedForms[" + i + "]";
            boolean title = catalog.checkTitles(field, List.of(code), true).isEmpty()
                    || catalog.checkTitles(field, List.of(code), false).isEmpty();
            if (!known.contains(code) || title) {
                violations.add(new FieldViolation(field, "UNKNOWN_FORM", "field.evaluation-form-unknown", code));
            } else if (!seen.add(code)) {
                violations.add(new FieldViolation(field, "DUPLICATE", "field.evaluation-form-repeated", code));
            }
        }
        return violations;
    }

    /** The attestations as given; one left as it was keeps who made it and when. */
    private Map<AttestationKey, Attestation> attestations(Evaluation evaluation,
            Map<AttestationKey, EvaluationRequests.AttestationInput> given) {
        Map<AttestationKey, Attestation> attested = new EnumMap<>(AttestationKey.class);
        if (given == null) {
            return attested;
        }
        given.forEach((key, input) -> {
            Attestation previous = evaluation.attestations.get(key);
            String note = Text.blankToNull(input.note());
            boolean unchanged = previous != null && previous.attested() == input.attested()
                    && Objects.equals(previous.note(), note);
            attested.put(key, unchanged ? previous : new Attestation(input.attested(), access.name(),
                    Evaluation.now(), note));
        });
        return attested;
    }

    private EvaluationResponse decide(UUID id, String ifMatch, String action,
            java.util.function.BiConsumer<Evaluation, String> act) {
        Evaluation evaluation = require(id);
        ETags.requireMatch(ifMatch, evaluation.version);
        PlanResponses.Full plan = plans.get(evaluation.planId);
        access.requireReviewer(evaluation, plan.issuingUnit().id());
        EvaluationResponse before = EvaluationResponse.from(evaluation);
        act.accept(evaluation, access.name());
        return changed(evaluation, before, action);
    }

    private EvaluationResponse changed(Evaluation evaluation, EvaluationResponse before, String action) {
        evaluations.flush();
        EvaluationResponse after = EvaluationResponse.from(evaluation);
        audit.record(action, "evaluation", evaluation.id.toString(), evaluation.unitId, before, after);
        outbox.record(new DomainEvent(action, "evaluation", evaluation.id.toString(), evaluation.unitId, after));
        return after;
    }

    private Evaluation require(UUID id) {
        return evaluations.findInScope(id, access.scopePath()).filter(access::canRead)
                .orElseThrow(() -> ApiException.notFound("kind.evaluation"));
    }

    private EvaluationRepository.Filter filter(ListQuery query) {
        String unitPath = null;
        UUID exact = null;
        if (query.unitId() != null) {
            OrgDirectory.UnitRef unit = directory.unit(query.unitId())
                    .orElseThrow(() -> ApiException.notFound("kind.unit"));
            if (query.subtree()) {
                unitPath = unit.path();
            } else {
                exact = unit.id();
            }
        }
        UUID person = null;
        if (access.ownOnly()) {
            // a member without a linked person owns nothing: a person id no row has
            person = access.ownPerson() == null ? new UUID(0, 0) : access.ownPerson();
        }
        return new EvaluationRepository.Filter(query.phaseId(), unitPath, exact, query.status(), query.title(),
                query.subjectKind(), query.text(), person);
    }


    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
