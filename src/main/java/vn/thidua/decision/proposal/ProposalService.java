package vn.thidua.decision.proposal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.AwardTypeService;
import vn.thidua.catalog.EffectiveSettings;
import vn.thidua.catalog.RuleSetService;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.ProblemType;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;
import vn.thidua.council.ResultsService;
import vn.thidua.decision.DecisionResponses;
import vn.thidua.decision.DecisionService;
import vn.thidua.decision.HigherDecision;
import vn.thidua.council.CouncilVotes;
import vn.thidua.council.SessionResponses;
import vn.thidua.evaluation.eligibility.QuotaReckoning;
import vn.thidua.council.SessionService;
import vn.thidua.council.SessionStatus;
import vn.thidua.evaluation.EvaluationResponse;
import vn.thidua.evaluation.EvaluationService;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanService;

/**
 * The rules of proposals upward: what may be proposed (only what the agency cannot award itself), where nominees come
 * from (by hand, or a closed council session's accepted results), what the dossier must hold before it is sent, and
 * the round trip with the higher authority. Every act is audited and announced in its transaction.
 */
@ApplicationScoped
public class ProposalService {

    public static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "year", "year", "sentOn",
            "sentOn", "title", "title", "status", "status");
    static final String KIND = "proposal";

    @Inject
    ProposalRepository proposals;
    @Inject
    ProposalAccess access;
    @Inject
    OrgDirectory directory;
    @Inject
    PlanService plans;
    @Inject
    AwardTypeService catalog;
    @Inject
    RuleSetService ruleSets;
    @Inject
    SessionService sessions;
    @Inject
    CouncilVotes councilVotes;
    @Inject
    QuotaReckoning reckoning;
    @Inject
    ResultsService results;
    @Inject
    EvaluationService evaluations;
    @Inject
    DecisionService decisions;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    // --- the proposal -------------------------------------------------------------------------------------------

    @Transactional
    public ProposalResponses.Detail create(ProposalRequests.Create request) {
        access.requireAuthor();
        OrgDirectory.UnitRef unit = request.unitId() != null
                ? directory.unit(request.unitId()).orElseThrow(() -> ApiException.notFound("kind.unit"))
                : directory.homeUnit().orElseThrow(() -> ApiException.notFound("kind.unit"));
        if (request.planId() != null) {
            plans.get(request.planId());
        }
        List<FieldViolation> violations = new ArrayList<>();
        checkAuthorityUnit("toUnitId", request.toUnitId(), unit).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        Proposal proposal = Proposal.draft(unit.id(), access.name());
        proposal.toAuthorityName = request.toAuthorityName().strip();
        proposal.toUnitId = request.toUnitId();
        proposal.year = request.year();
        proposal.planId = request.planId();
        proposal.title = request.title().strip();
        proposals.persistAndFlush(proposal);
        return changed(proposal, null, "proposal.created");
    }

    @Transactional
    public ProposalResponses.Detail update(UUID id, String ifMatch, ProposalRequests.Update request) {
        Proposal proposal = require(id);
        ETags.requireMatch(ifMatch, proposal.version);
        access.requireAuthor();
        proposal.requireEditable();
        if (request.planId() != null) {
            plans.get(request.planId());
        }
        OrgDirectory.UnitRef unit = unitOf(proposal);
        checkAuthorityUnit("toUnitId", request.toUnitId(), unit).ifPresent(v -> {
            throw ApiException.invalid(List.of(v));
        });
        ProposalResponses.Detail before = view(proposal);
        if (request.toAuthorityName() != null) {
            proposal.toAuthorityName = request.toAuthorityName().strip();
        }
        if (request.toUnitId() != null) {
            proposal.toUnitId = request.toUnitId();
        }
        if (request.year() != null) {
            proposal.year = request.year();
        }
        if (request.planId() != null) {
            proposal.planId = request.planId();
        }
        if (request.title() != null) {
            proposal.title = request.title().strip();
        }
        proposal.touched(access.name());
        return changed(proposal, before, "proposal.updated");
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Proposal proposal = require(id);
        ETags.requireMatch(ifMatch, proposal.version);
        access.requireAuthor();
        proposal.requireEditable();
        ProposalResponses.Detail before = view(proposal);
        proposals.delete(proposal);
        proposals.flush();
        audit.record("proposal.deleted", KIND, proposal.id.toString(), proposal.unitId, before, null);
        outbox.record(new DomainEvent("proposal.deleted", KIND, proposal.id.toString(), proposal.unitId, before));
    }

    @Transactional
    public ProposalResponses.Detail get(UUID id) {
        return view(require(id));
    }

    @Transactional
    public Page<ProposalResponses.Detail> list(ProposalRepository.Filter filter, Paging paging) {
        var found = proposals.search(access.scopePath(), filter, paging.sort());
        long total = found.count();
        return Page.of(found.page(paging.page(), paging.size()).list(), paging, total).map(this::view);
    }

    // --- nominees -----------------------------------------------------------------------------------------------

    @Transactional
    public List<ProposalResponses.Nominee> nominees(UUID id) {
        return proposals.nominees(require(id).id).stream().map(ProposalResponses.Nominee::from).toList();
    }

    @Transactional
    public ProposalResponses.Nominee addNominee(UUID id, ProposalRequests.AddNominee request) {
        Proposal proposal = require(id);
        access.requireAuthor();
        proposal.requireEditable();
        OrgDirectory.UnitRef agency = unitOf(proposal);
        Subject subject = subject(request.subjectKind(), request.personId(), request.unitId());
        List<FieldViolation> violations = new ArrayList<>();
        if (!subject.unitPath().startsWith(agency.path())) {
            violations.add(new FieldViolation(subject.field(), "OUTSIDE_AGENCY", "field.proposal-subject-outside",
                    subject.name(), agency.name()));
        }
        checkAward("awardCode", request.awardCode(), subject.kind()).ifPresent(violations::add);
        if (request.evaluationId() != null) {
            EvaluationResponse evaluation = evaluations.get(request.evaluationId());
            if (!Objects.equals(evaluation.subjectKind(), subject.kind())
                    || !Objects.equals(subject.kind() == SubjectKind.PERSON ? evaluation.personId()
                            : evaluation.unitId(), subject.id())) {
                violations.add(new FieldViolation("evaluationId", "OTHER_SUBJECT", "field.proposal-evaluation-other"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        List<ProposalNominee> existing = proposals.nominees(proposal.id);
        if (existing.stream().anyMatch(n -> n.subjectKind == subject.kind() && n.subjectId().equals(subject.id())
                && n.awardCode.equals(request.awardCode()))) {
            throw ApiException.conflict("detail.proposal-nominee-duplicate", subject.name(), request.awardCode());
        }
        // an award the rule set puts to the council is proposed only on an accepted vote of a council of the agency
        // (its own, or a department's, as a session the proposal takes its nominees from may be)
        Optional<CouncilVotes.Vote> vote = councilVotes.acceptedWithin(agency.path(), proposal.year,
                List.of(subject.id()))
                .getOrDefault(CouncilVotes.key(subject.id(), request.awardCode()), List.of()).stream().findFirst();
        if (vote.isEmpty() && settings(proposal).map(s -> s.voteRequired(request.awardCode())).orElse(false)) {
            throw ApiException.incomplete(ProblemType.CONFLICT, "detail.proposal-vote-missing", List.of(
                    new FieldViolation("awardCode", "VOTE_MISSING", "field.proposal-vote-missing", subject.name(),
                            request.awardCode(), agency.name(), proposal.year)));
        }
        ProposalNominee nominee = nominee(proposal, next(existing), subject, request.awardCode(),
                Text.blankToNull(request.citation() == null ? null : request.citation().strip()),
                request.evaluationId(), vote.map(CouncilVotes.Vote::itemId).orElse(null));
        proposals.persist(nominee);
        ProposalResponses.Nominee view = ProposalResponses.Nominee.from(nominee);
        audit.record("proposal.nominee-added", "proposal-nominee", nominee.id.toString(), proposal.unitId, null,
                view);
        contentChanged(proposal);
        return view;
    }

    /**
     * The results of a closed council session of the agency that passed, were accepted within quota, and are above
     * the agency's authority: each becomes a nominee, unless it is one already. The session is the proposal's from
     * then on (one per proposal), and its minutes belong in the dossier.
     */
    @Transactional
    public ProposalResponses.Added addFromSession(UUID id, ProposalRequests.FromSession request) {
        Proposal proposal = require(id);
        access.requireAuthor();
        proposal.requireEditable();
        ProposalResponses.Detail before = view(proposal);
        SessionResponses.Session session = sessions.get(request.sessionId());
        OrgDirectory.UnitRef agency = unitOf(proposal);
        boolean ofAgency = directory.unitOutsideScope(session.agencyId()).map(u -> u.path().startsWith(agency.path()))
                .orElse(false);
        if (!ofAgency) {
            throw ApiException.invalid("sessionId", "OTHER_AGENCY", "field.proposal-session-other-agency",
                    agency.name());
        }
        if (session.year() != proposal.year) {
            throw ApiException.invalid("sessionId", "OTHER_YEAR", "field.proposal-session-other-year",
                    session.year(), proposal.year);
        }
        if (session.status() != SessionStatus.CLOSED) {
            throw ApiException.conflict("detail.proposal-session-not-closed", session.status());
        }
        if (proposal.councilSessionId != null && !proposal.councilSessionId.equals(session.id())) {
            throw ApiException.conflict("detail.proposal-other-session");
        }
        Map<String, AwardType> types = new java.util.HashMap<>();
        List<ProposalNominee> existing = new ArrayList<>(proposals.nominees(proposal.id));
        List<ProposalResponses.Nominee> added = new ArrayList<>();
        int skipped = 0;
        for (SessionResponses.ItemResultView item : results.results(session.id()).items()) {
            AwardType type = types.computeIfAbsent(item.awardCode(), c -> catalog.award(c).orElseThrow());
            if (!item.accepted() || type.awardedBy == AwardType.AwardedBy.AGENCY) {
                continue;
            }
            if (existing.stream().anyMatch(n -> n.subjectKind == item.subjectKind()
                    && n.subjectId().equals(item.subjectId()) && n.awardCode.equals(item.awardCode()))) {
                skipped++;
                continue;
            }
            Subject subject = subjectAsNamed(item.subjectKind(), item.subjectId(), item.subjectName());
            ProposalNominee nominee = nominee(proposal, next(existing), subject, item.awardCode(), null,
                    item.evaluationId(), item.itemId());
            proposals.persist(nominee);
            existing.add(nominee);
            added.add(ProposalResponses.Nominee.from(nominee));
        }
        proposal.councilSessionId = session.id();
        if (proposal.planId == null) {
            proposal.planId = session.planId();
        }
        proposals.flush();
        for (ProposalResponses.Nominee nominee : added) {
            audit.record("proposal.nominee-added", "proposal-nominee", nominee.id().toString(), proposal.unitId,
                    null, nominee);
        }
        proposal.touched(access.name());
        changed(proposal, before, "proposal.updated");
        return new ProposalResponses.Added(added.size(), skipped, added);
    }

    @Transactional
    public void removeNominee(UUID id, UUID nomineeId) {
        Proposal proposal = require(id);
        access.requireAuthor();
        ProposalNominee nominee = proposals.nominee(proposal.id, nomineeId)
                .orElseThrow(() -> ApiException.notFound("kind.proposal-nominee"));
        proposal.requireEditable();
        ProposalResponses.Nominee before = ProposalResponses.Nominee.from(nominee);
        proposals.remove(nominee);
        proposals.flush();
        // close up the positions after it, now that its own is free
        proposals.nominees(proposal.id).stream().filter(n -> n.position > before.position()).forEach(n -> {
            n.position--;
            proposals.flush();
        });
        audit.record("proposal.nominee-removed", "proposal-nominee", nomineeId.toString(), proposal.unitId, before,
                null);
        contentChanged(proposal);
    }

    // --- the dossier --------------------------------------------------------------------------------------------

    @Transactional
    public List<ProposalResponses.Part> dossier(UUID id) {
        return proposals.parts(require(id).id).stream().map(ProposalResponses.Part::from).toList();
    }

    @Transactional
    public ProposalResponses.Part addPart(UUID id, ProposalRequests.AddPart request) {
        Proposal proposal = require(id);
        access.requireAuthor();
        proposal.requireEditable();
        if (request.nomineeId() != null && proposals.nominee(proposal.id, request.nomineeId()).isEmpty()) {
            throw ApiException.invalid("nomineeId", "NOT_A_NOMINEE", "field.proposal-not-a-nominee");
        }
        DossierPart part = new DossierPart();
        part.id = UUID.randomUUID();
        part.proposalId = proposal.id;
        part.kind = request.kind();
        part.title = request.title().strip();
        part.url = request.url().strip();
        part.checksum = Text.blankToNull(request.checksum());
        part.nomineeId = request.nomineeId();
        part.createdBy = access.name();
        part.createdAt = Proposal.now();
        proposals.persist(part);
        ProposalResponses.Part view = ProposalResponses.Part.from(part);
        audit.record("proposal.dossier-part-added", "proposal-dossier-part", part.id.toString(), proposal.unitId,
                null, view);
        contentChanged(proposal);
        return view;
    }

    @Transactional
    public void removePart(UUID id, UUID partId) {
        Proposal proposal = require(id);
        access.requireAuthor();
        DossierPart part = proposals.part(proposal.id, partId)
                .orElseThrow(() -> ApiException.notFound("kind.proposal-dossier-part"));
        proposal.requireEditable();
        ProposalResponses.Part before = ProposalResponses.Part.from(part);
        proposals.remove(part);
        audit.record("proposal.dossier-part-removed", "proposal-dossier-part", partId.toString(), proposal.unitId,
                before, null);
        contentChanged(proposal);
    }

    // --- the round trip -----------------------------------------------------------------------------------------

    /** Sends a complete dossier: refused with every gap listed (409) while anything is missing. */
    @Transactional
    public ProposalResponses.Detail send(UUID id, String ifMatch, ProposalRequests.Send request) {
        Proposal proposal = require(id);
        ETags.requireMatch(ifMatch, proposal.version);
        access.requireAuthor();
        if (!proposal.status.editable()) {
            throw ApiException.conflict("detail.proposal-transition", proposal.status, ProposalStatus.SENT,
                    ProposalStatus.DRAFT + ", " + ProposalStatus.RETURNED);
        }
        List<ProposalNominee> nominees = proposals.nominees(proposal.id);
        List<FieldViolation> missing = DossierCheck.missing(
                nominees.stream().map(n -> new DossierCheck.Nominee(n.id, n.subjectName, n.awardCode)).toList(),
                proposals.parts(proposal.id).stream().map(p -> new DossierCheck.Part(p.kind, p.nomineeId)).toList(),
                minutesNeeded(proposal, nominees));
        Optional<EffectiveSettings> settings = settings(proposal);
        List<FieldViolation> withoutVote = new ArrayList<>(missing);
        for (ProposalNominee nominee : nominees) {
            if (nominee.councilVote == null && settings.map(s -> s.voteRequired(nominee.awardCode)).orElse(false)) {
                withoutVote.add(new FieldViolation("nominees[" + (nominee.position - 1) + "]", "VOTE_MISSING",
                        "field.proposal-vote-missing", nominee.subjectName, nominee.awardCode,
                        unitOf(proposal).name(), proposal.year));
            }
        }
        if (!withoutVote.isEmpty()) {
            throw ApiException.incomplete(ProblemType.CONFLICT, "detail.proposal-dossier-incomplete",
                    withoutVote);
        }
        List<FieldViolation> overQuota = settings.map(s -> quotas(proposal, s, nominees)).orElse(List.of());
        if (!overQuota.isEmpty()) {
            throw ApiException.incomplete(ProblemType.CONFLICT, "detail.proposal-quota-exceeded", overQuota);
        }
        String number = request.number().strip();
        if (proposals.numberTaken(proposal.unitId, request.sentOn().getYear(), number, proposal.id)) {
            throw ApiException.conflict("detail.proposal-number-taken", number, request.sentOn().getYear());
        }
        ProposalResponses.Detail before = view(proposal);
        proposal.send(number, request.sentOn(), request.signerName().strip(), request.signerPosition().strip(),
                access.name());
        return changed(proposal, before, "proposal.sent");
    }

    @Transactional
    public ProposalResponses.Detail receive(UUID id, String ifMatch) {
        Proposal proposal = require(id);
        ETags.requireMatch(ifMatch, proposal.version);
        access.requireHigherDesk();
        ProposalResponses.Detail before = view(proposal);
        proposal.receive(access.name());
        return changed(proposal, before, "proposal.received");
    }

    @Transactional
    public ProposalResponses.Detail sendBack(UUID id, String ifMatch, ProposalRequests.Return request) {
        Proposal proposal = require(id);
        ETags.requireMatch(ifMatch, proposal.version);
        access.requireHigherDesk();
        ProposalResponses.Detail before = view(proposal);
        proposal.sendBack(request.reason().strip(), access.name());
        return changed(proposal, before, "proposal.returned");
    }

    /**
     * Records the higher authority's decision as a signed decision of that authority (cash, award history and its own
     * events are the decision service's), marks each nominee awarded or not, and closes the proposal for good. The
     * nominees are written before the proposal, since the database refuses any change under a decided proposal.
     */
    @Transactional
    public ProposalResponses.Detail recordDecision(UUID id, String ifMatch, ProposalRequests.RecordDecision request) {
        Proposal proposal = require(id);
        ETags.requireMatch(ifMatch, proposal.version);
        access.requireHigherDesk();
        if (proposal.status != ProposalStatus.RECEIVED) {
            throw ApiException.conflict("detail.proposal-transition", proposal.status, ProposalStatus.DECIDED,
                    ProposalStatus.RECEIVED);
        }
        List<ProposalNominee> nominees = proposals.nominees(proposal.id);
        Map<UUID, ProposalNominee> byId = new java.util.HashMap<>();
        nominees.forEach(n -> byId.put(n.id, n));
        List<FieldViolation> violations = new ArrayList<>();
        if (request.authorityLevel() == AwardType.AwardedBy.AGENCY) {
            violations.add(new FieldViolation("authorityLevel", "NOT_HIGHER", "field.proposal-authority-level-agency"));
        }
        if (request.authorityUnitId() == null || !request.authorityUnitId().equals(proposal.toUnitId)) {
            checkAuthorityUnit("authorityUnitId", request.authorityUnitId(), unitOf(proposal))
                    .ifPresent(violations::add);
        }
        Set<UUID> seen = new HashSet<>();
        List<HigherDecision.Awardee> awardees = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < request.awarded().size(); i++) {
            ProposalRequests.Awarded awarded = request.awarded().get(i);
            String field = "awarded[" + i + "].nomineeId";
            ProposalNominee nominee = byId.get(awarded.nomineeId());
            if (nominee == null) {
                violations.add(new FieldViolation(field, "NOT_A_NOMINEE", "field.proposal-not-a-nominee"));
                continue;
            }
            if (!seen.add(nominee.id)) {
                violations.add(new FieldViolation(field, "DUPLICATE", "field.proposal-awarded-repeated"));
                continue;
            }
            AwardType.AwardedBy level = catalog.award(nominee.awardCode).orElseThrow().awardedBy;
            if (level != request.authorityLevel()) {
                violations.add(new FieldViolation(field, "OTHER_LEVEL", "field.proposal-award-other-level",
                        nominee.awardCode, level));
            }
            if (nominee.outsideInstallation()) {
                outside.add(nominee.awardCode);
                continue;
            }
            String citation = Text.blankToNull(awarded.citation());
            awardees.add(new HigherDecision.Awardee(nominee.subjectKind, nominee.subjectId(), nominee.awardCode,
                    citation != null ? citation.strip() : nominee.citation, nominee.evaluationId));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        DecisionResponses.Decision decision = decisions.recordHigherDecision(new HigherDecision(proposal.unitId,
                proposal.id, request.authorityUnitId(), request.authorityName(), request.authorityLevel(),
                request.number().strip(), request.decisionDate(), request.signerName(), request.signerPosition(),
                request.title(), proposal.year, proposal.planId,
                request.legalBases() == null ? List.of() : request.legalBases(), awardees, outside));
        ProposalResponses.Detail before = view(proposal);
        for (ProposalNominee nominee : nominees) {
            nominee.outcome = seen.contains(nominee.id) ? NomineeOutcome.AWARDED : NomineeOutcome.NOT_AWARDED;
        }
        proposals.flush();
        proposal.decide(decision.id(), access.name());
        return changed(proposal, before, "proposal.decided");
    }

    // --- a cluster's meeting ------------------------------------------------------------------------------------

    /**
     * What a cluster's meeting proposes: the tờ trình of the agency running the cluster's year ({@code unitId}) to the
     * organiser ({@code toUnitId}, which need not stand above it), resting on the meeting's closed session.
     */
    public record ClusterProposal(UUID unitId, UUID toUnitId, String toAuthorityName, int year, String title,
            UUID sessionId, List<ClusterNominee> nominees) {
    }

    /** A member agency the meeting chose, with its unit here when it has one, and the agenda item it passed as. */
    public record ClusterNominee(UUID clusterMemberId, UUID unitId, String name, String awardCode, String citation,
            UUID agendaItemId) {
    }

    /** The proposal resting on a council session, if one was made (whatever the caller's scope). */
    public Optional<UUID> proposalOfSession(UUID sessionId) {
        return proposals.idOfSession(sessionId);
    }

    /**
     * Drafts the proposal of a cluster's meeting with its nominees; one per meeting (409 while one exists). From there
     * it is an ordinary proposal: its dossier (the minutes first), sending, and the organiser's answer.
     */
    @Transactional
    public ProposalResponses.Detail fromClusterMeeting(ClusterProposal request) {
        access.requireAuthor();
        OrgDirectory.UnitRef unit = directory.unit(request.unitId())
                .orElseThrow(() -> ApiException.notFound("kind.unit"));
        if (proposals.idOfSession(request.sessionId()).isPresent()) {
            throw ApiException.conflict("detail.proposal-session-proposed");
        }
        Proposal proposal = Proposal.draft(unit.id(), access.name());
        proposal.toAuthorityName = request.toAuthorityName();
        proposal.toUnitId = request.toUnitId();
        proposal.year = request.year();
        proposal.title = request.title();
        proposal.councilSessionId = request.sessionId();
        proposals.persistAndFlush(proposal);
        List<ProposalNominee> added = new ArrayList<>();
        for (ClusterNominee chosen : request.nominees()) {
            checkAward("awardCode", chosen.awardCode(), SubjectKind.UNIT).ifPresent(v -> {
                throw ApiException.invalid(List.of(v));
            });
            Subject subject = new Subject(SubjectKind.UNIT, null, chosen.unitId(), null, chosen.name(), null,
                    chosen.name(), "clusterMemberId");
            ProposalNominee nominee = nominee(proposal, added.size() + 1, subject, chosen.awardCode(),
                    chosen.citation(), null, chosen.agendaItemId());
            nominee.clusterMemberId = chosen.clusterMemberId();
            proposals.persist(nominee);
            added.add(nominee);
        }
        proposals.flush();
        for (ProposalNominee nominee : added) {
            audit.record("proposal.nominee-added", "proposal-nominee", nominee.id.toString(), proposal.unitId, null,
                    ProposalResponses.Nominee.from(nominee));
        }
        return changed(proposal, null, "proposal.created");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** A person or a unit as the proposal names it, with where it sits; {@code field} names it in the request. */
    record Subject(SubjectKind kind, UUID personId, UUID unitId, String unitPath, String name, String position,
            String unitName, String field) {
        UUID id() {
            return personId != null ? personId : unitId;
        }
    }

    private Subject subject(SubjectKind kind, UUID personId, UUID unitId) {
        if (kind == SubjectKind.PERSON) {
            if (personId == null) {
                throw ApiException.invalid("personId", "NOT_NULL", "field.required");
            }
            OrgDirectory.PersonRef person = directory.person(personId)
                    .orElseThrow(() -> ApiException.notFound("kind.person"));
            String path = directory.unit(person.unitId()).map(OrgDirectory.UnitRef::path).orElseThrow();
            return new Subject(kind, person.id(), person.unitId(), path, person.fullName(), person.position(),
                    person.unitName(), "personId");
        }
        if (unitId == null) {
            throw ApiException.invalid("unitId", "NOT_NULL", "field.required");
        }
        OrgDirectory.UnitRef unit = directory.unit(unitId).orElseThrow(() -> ApiException.notFound("kind.unit"));
        return new Subject(kind, null, unit.id(), unit.path(), unit.name(), null, unit.name(), "unitId");
    }

    /** A subject of a council's result, named as the council named it. */
    private Subject subjectAsNamed(SubjectKind kind, UUID subjectId, String name) {
        Subject found = kind == SubjectKind.PERSON ? subject(kind, subjectId, null) : subject(kind, null, subjectId);
        return new Subject(found.kind(), found.personId(), found.unitId(), found.unitPath(), name, found.position(),
                found.unitName(), found.field());
    }

    private ProposalNominee nominee(Proposal proposal, int position, Subject subject, String awardCode,
            String citation, UUID evaluationId, UUID agendaItemId) {
        ProposalNominee nominee = new ProposalNominee();
        nominee.id = UUID.randomUUID();
        nominee.proposalId = proposal.id;
        nominee.position = position;
        nominee.subjectKind = subject.kind();
        nominee.personId = subject.personId();
        nominee.unitId = subject.unitId();
        nominee.subjectName = subject.name();
        nominee.subjectPosition = subject.position();
        nominee.unitName = subject.unitName();
        nominee.awardCode = awardCode;
        nominee.citation = citation;
        nominee.evaluationId = evaluationId;
        nominee.agendaItemId = agendaItemId;
        nominee.councilVote = agendaItemId == null ? null : councilVotes.ofItem(agendaItemId).orElse(null);
        nominee.createdBy = access.name();
        nominee.createdAt = Proposal.now();
        return nominee;
    }

    private static int next(List<ProposalNominee> existing) {
        return existing.stream().mapToInt(n -> n.position).max().orElse(0) + 1;
    }

    /** A field error when the award is unknown, does not fit the subject, or is the agency's own to give. */
    private Optional<FieldViolation> checkAward(String field, String code, SubjectKind kind) {
        Optional<FieldViolation> unfit = catalog.checkAward(field, code, kind == SubjectKind.PERSON);
        if (unfit.isPresent()) {
            return unfit;
        }
        AwardType type = catalog.award(code).orElseThrow();
        return type.awardedBy == AwardType.AwardedBy.AGENCY
                ? Optional.of(new FieldViolation(field, "WITHIN_AGENCY_AUTHORITY",
                        "field.proposal-award-within-authority", code))
                : Optional.empty();
    }

    /** A field error unless the unit, when one is named, stands above the proposing agency. */
    private Optional<FieldViolation> checkAuthorityUnit(String field, UUID authorityUnit, OrgDirectory.UnitRef agency) {
        if (authorityUnit == null) {
            return Optional.empty();
        }
        boolean above = !authorityUnit.equals(agency.id()) && agency.path().contains("/" + authorityUnit + "/");
        return above ? Optional.empty()
                : Optional.of(new FieldViolation(field, "NOT_ABOVE", "field.proposal-authority-not-above"));
    }

    /**
     * The minutes belong in the dossier when the nominees came from a council session, or when an award proposed
     * needs the council's vote under the rule set in force at the end of the achievement year, as the agency's
     * settings have it.
     */
    private boolean minutesNeeded(Proposal proposal, List<ProposalNominee> nominees) {
        if (proposal.councilSessionId != null || nominees.stream().anyMatch(n -> n.agendaItemId != null)) {
            return true;
        }
        return settings(proposal).map(agency -> nominees.stream().anyMatch(n -> agency.voteRequired(n.awardCode)))
                .orElse(false);
    }

    /** The agency's settings under the rule set in force at the end of the achievement year. */
    private Optional<EffectiveSettings> settings(Proposal proposal) {
        return ruleSets.settingsForYear(proposal.year, unitOf(proposal).path());
    }

    /** A refusal per award whose quota at the agency the nominees would overrun, reckoned as every path reckons it. */
    private List<FieldViolation> quotas(Proposal proposal, EffectiveSettings settings, List<ProposalNominee> nominees) {
        Map<String, Set<UUID>> proposed = new java.util.HashMap<>();
        nominees.stream().filter(n -> !n.outsideInstallation())
                .forEach(n -> proposed.computeIfAbsent(n.awardCode, c -> new HashSet<>()).add(n.subjectId()));
        List<FieldViolation> refusals = new ArrayList<>();
        if (proposed.isEmpty()) {
            return refusals;
        }
        reckoning.quotas(unitOf(proposal).path(), proposal.year, settings, proposed.keySet(),
                QuotaReckoning.Act.NONE).values().forEach(quota -> {
                    Set<UUID> subjects = proposed.get(quota.awardCode());
                    if (!quota.allows(subjects)) {
                        refusals.add(new FieldViolation("nominees", "QUOTA_EXCEEDED",
                                "field.decision-quota-exceeded", quota.awardCode(), subjects.size(),
                                quota.usedWith(subjects) - subjects.size(), quota.cap()));
                    }
                });
        return refusals;
    }

    private OrgDirectory.UnitRef unitOf(Proposal proposal) {
        return directory.unit(proposal.unitId).orElseThrow(() -> ApiException.notFound("kind.proposal"));
    }

    /** A change to the nominees or the dossier is a change to the proposal: its version moves, and it is announced. */
    private void contentChanged(Proposal proposal) {
        proposals.flush();
        proposal.touched(access.name());
        proposals.flush();
        outbox.record(new DomainEvent("proposal.updated", KIND, proposal.id.toString(), proposal.unitId,
                view(proposal)));
    }

    Proposal require(UUID id) {
        return proposals.findInScope(id, access.scopePath()).orElseThrow(() -> ApiException.notFound("kind.proposal"));
    }

    ProposalResponses.Detail view(Proposal proposal) {
        return ProposalResponses.Detail.from(proposal, proposals.nomineeCount(proposal.id),
                proposals.partCount(proposal.id));
    }

    ProposalResponses.Detail changed(Proposal proposal, ProposalResponses.Detail before, String action) {
        proposals.flush();
        ProposalResponses.Detail after = view(proposal);
        audit.record(action, KIND, proposal.id.toString(), proposal.unitId, before, after);
        outbox.record(new DomainEvent(action, KIND, proposal.id.toString(), proposal.unitId, after));
        return after;
    }
}
