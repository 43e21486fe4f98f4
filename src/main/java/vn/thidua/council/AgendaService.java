package vn.thidua.council;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.thidua.council.SessionAccess.Loaded;
import vn.thidua.evaluation.EvaluationFacts;
import vn.thidua.evaluation.EvaluationService;
import vn.thidua.evaluation.EvaluationStatus;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;

/**
 * A session's agenda: candidates added one by one or a unit's at once, their voting mode, their recusals, and the
 * paper tallies the secretary enters while voting is open. Changes to the agenda are audited and announced as a
 * change of the session.
 */
@ApplicationScoped
public class AgendaService {

    @Inject
    SessionRepository sessions;
    @Inject
    SessionAccess access;
    @Inject
    SessionService sessionService;
    @Inject
    ResultsService results;
    @Inject
    BallotBox box;
    @Inject
    EvaluationService evaluations;
    @Inject
    PlanService plans;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    @Transactional
    public Page<SessionResponses.Item> list(UUID sessionId, Paging paging) {
        Loaded loaded = access.load(sessionId);
        List<AgendaItem> page = sessions.itemPage(sessionId, paging.page(), paging.size());
        long total = sessions.itemCounts(List.of(sessionId)).getOrDefault(sessionId, 0L);
        return Page.of(views(loaded, page), paging, total);
    }

    @Transactional
    public SessionResponses.Item get(UUID sessionId, UUID itemId) {
        Loaded loaded = access.load(sessionId);
        return views(loaded, List.of(item(loaded, itemId))).get(0);
    }

    @Transactional
    public SessionResponses.Item add(UUID sessionId, SessionRequests.AddItem request) {
        Loaded loaded = access.load(sessionId);
        access.requireBoard(loaded.council());
        loaded.session().requireDraft("part.council-agenda");
        refuseClusterMeeting(loaded);
        EvaluationFacts facts = evaluations.facts(request.evaluationId());
        if (facts.status() != EvaluationStatus.SUBMITTED_TO_COUNCIL) {
            throw ApiException.conflict("detail.council-agenda-not-submitted", facts.status());
        }
        if (loaded.session().planId != null && !loaded.session().planId.equals(facts.planId())) {
            throw ApiException.conflict("detail.council-agenda-other-plan");
        }
        String unitPath = directory.unit(facts.unitId()).map(OrgDirectory.UnitRef::path)
                .orElseThrow(() -> ApiException.notFound("kind.evaluation"));
        if (!unitPath.startsWith(loaded.council().unitPath())) {
            throw ApiException.conflict("detail.council-agenda-outside-agency");
        }
        if (!proposals(facts).contains(request.awardCode())) {
            throw ApiException.invalid("awardCode", "NOT_PROPOSED", "field.council-agenda-title-not-proposed",
                    request.awardCode());
        }
        List<AgendaItem> existing = sessions.items(sessionId);
        if (existing.stream().anyMatch(i -> facts.evaluationId().equals(i.evaluationId)
                && i.awardCode.equals(request.awardCode()))) {
            throw ApiException.conflict("detail.council-agenda-duplicate");
        }
        Function<String, VoteRule> rules = sessionService.voteRules(loaded.session(), loaded.council());
        return addOne(loaded, newItem(loaded.session(), facts, request.awardCode(), existing.size() + 1,
                request.votingMode() != null ? request.votingMode() : defaultMode(loaded.session(), rules,
                        request.awardCode())));
    }

    @Transactional
    public SessionResponses.Added addFromUnit(UUID sessionId, SessionRequests.AddFromUnit request) {
        Loaded loaded = access.load(sessionId);
        CouncilSession session = loaded.session();
        access.requireBoard(loaded.council());
        session.requireDraft("part.council-agenda");
        refuseClusterMeeting(loaded);
        if (session.planId == null) {
            throw ApiException.conflict("detail.council-agenda-no-plan");
        }
        OrgDirectory.UnitRef unit = directory.unit(request.unitId())
                .orElseThrow(() -> ApiException.notFound("kind.unit"));
        if (!unit.path().startsWith(loaded.council().unitPath())) {
            throw ApiException.conflict("detail.council-agenda-outside-agency");
        }
        boolean subtree = request.subtree() == null || request.subtree();
        Set<String> wanted = request.awardCodes() == null ? null : Set.copyOf(request.awardCodes());
        PlanResponses.Full plan = plans.get(session.planId);
        List<EvaluationFacts> found = new ArrayList<>(evaluations.factsOfPlan(plan.id(), null, unit.path()).values());
        for (PlanResponses.PhaseView phase : plan.phases()) {
            found.addAll(evaluations.factsOfPlan(plan.id(), phase.id(), unit.path()).values());
        }
        found.sort((a, b) -> OrgDirectory.compareNames(a.subjectName(), b.subjectName()));
        List<AgendaItem> existing = sessions.items(session.id);
        Set<String> onAgenda = existing.stream().map(i -> i.evaluationId + "/" + i.awardCode)
                .collect(Collectors.toCollection(HashSet::new));
        Function<String, VoteRule> rules = sessionService.voteRules(session, loaded.council());
        List<AgendaItem> added = new ArrayList<>();
        int skipped = 0;
        int position = existing.size();
        for (EvaluationFacts facts : found) {
            if (facts.status() != EvaluationStatus.SUBMITTED_TO_COUNCIL
                    || !subtree && !facts.unitId().equals(unit.id())) {
                continue;
            }
            for (String title : proposals(facts)) {
                if (wanted != null && !wanted.contains(title)) {
                    continue;
                }
                if (!onAgenda.add(facts.evaluationId() + "/" + title)) {
                    skipped++;
                    continue;
                }
                added.add(newItem(session, facts, title, ++position, defaultMode(session, rules, title)));
            }
        }
        added.forEach(sessions.getEntityManager()::persist);
        sessions.flush();
        sessions.replaceRecusals(List.of(), sessionService.recusals(added, sessions.members(session.id)));
        List<SessionResponses.Item> views = views(loaded, added);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("unitId", unit.id());
        summary.put("subtree", subtree);
        summary.put("awardCodes", request.awardCodes());
        summary.put("added", added.size());
        summary.put("skipped", skipped);
        summary.put("items", added.stream().map(i -> i.id).toList());
        audit.record("council.agenda-items-added", "council-session", session.id.toString(),
                loaded.council().unitId(), null, summary);
        announce(loaded);
        return new SessionResponses.Added(added.size(), skipped, views);
    }

    @Transactional
    public SessionResponses.Item update(UUID sessionId, UUID itemId, String ifMatch,
            SessionRequests.UpdateItem request) {
        Loaded loaded = access.load(sessionId);
        AgendaItem item = item(loaded, itemId);
        ETags.requireMatch(ifMatch, item.version);
        access.requireBoard(loaded.council());
        loaded.session().requireDraft("part.council-agenda");
        SessionResponses.Item before = views(loaded, List.of(item)).get(0);
        item.votingMode = request.votingMode();
        item.updatedAt = CouncilSession.now();
        sessions.flush();
        SessionResponses.Item after = views(loaded, List.of(item)).get(0);
        audit.record("council.agenda-item-updated", "council-agenda-item", item.id.toString(),
                loaded.council().unitId(), before, after);
        announce(loaded);
        return after;
    }

    @Transactional
    public void remove(UUID sessionId, UUID itemId, String ifMatch) {
        Loaded loaded = access.load(sessionId);
        AgendaItem item = item(loaded, itemId);
        ETags.requireMatch(ifMatch, item.version);
        access.requireBoard(loaded.council());
        loaded.session().requireDraft("part.council-agenda");
        SessionResponses.Item before = views(loaded, List.of(item)).get(0);
        sessions.replaceRecusals(List.of(item.id), List.of());
        sessions.getEntityManager().remove(item);
        sessions.flush();
        int position = 0;
        for (AgendaItem other : sessions.items(sessionId)) {
            if (other.position != ++position) {
                other.position = position;
                other.updatedAt = CouncilSession.now();
            }
        }
        audit.record("council.agenda-item-removed", "council-agenda-item", item.id.toString(),
                loaded.council().unitId(), before, null);
        announce(loaded);
    }

    /** A paper tally, under the session's share lock like a ballot: none lands after the count. */
    @Transactional
    public SessionResponses.Item enterTally(UUID sessionId, UUID itemId, String ifMatch,
            SessionRequests.TallyInput request) {
        sessions.statusForCasting(sessionId);
        Loaded loaded = access.load(sessionId);
        AgendaItem item = item(loaded, itemId);
        ETags.requireMatch(ifMatch, item.version);
        access.requireBoardOrSecretary(loaded);
        loaded.session().requireIn("part.council-tally", SessionStatus.VOTING);
        if (item.votingMode != AgendaVotingMode.PAPER) {
            throw ApiException.conflict("detail.council-tally-not-paper", item.votingMode);
        }
        Tally tally = request.tally();
        Turnout turnout = ResultsService.turnout(sessions.members(sessionId), sessions.recusals(sessionId).stream()
                .filter(r -> r.itemId().equals(itemId)).toList());
        List<FieldViolation> problems = VoteCount.check(VoteRule.from(item.voteRule), turnout, tally);
        if (problems.isEmpty() && request.issued() != null) {
            problems = BallotCount.check(turnout, tally, request.issued());
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        SessionResponses.Item before = views(loaded, List.of(item)).get(0);
        item.enterTally(tally, request.issued(), access.name());
        sessions.flush();
        SessionResponses.Item after = views(loaded, List.of(item)).get(0);
        audit.record("council.tally-entered", "council-agenda-item", item.id.toString(), loaded.council().unitId(),
                before, after);
        announce(loaded);
        return after;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private AgendaItem item(Loaded loaded, UUID itemId) {
        return sessions.item(loaded.session().id, itemId)
                .orElseThrow(() -> ApiException.notFound("kind.council-agenda-item"));
    }

    /**
     * A cluster member nominated at its cluster's meeting for {@code awardCode}: an agency with no evaluation here, and
     * no unit here when it is external. The cluster's feature checks the member belongs to the cluster that year.
     */
    @Transactional
    public SessionResponses.Item addClusterCandidate(UUID sessionId, UUID clusterMemberId, UUID unitId,
            String name, String awardCode) {
        Loaded loaded = access.load(sessionId);
        access.requireBoard(loaded.council());
        loaded.session().requireDraft("part.council-agenda");
        if (!loaded.council().clusterMeeting()) {
            throw ApiException.conflict("detail.council-agenda-not-cluster-meeting");
        }
        if (!MeetingSeats.SEATS.containsKey(awardCode)) {
            throw ApiException.invalid("awardCode", "NOT_A_NOMINATION", "field.cluster-meeting-award", awardCode);
        }
        List<AgendaItem> existing = sessions.items(sessionId);
        if (existing.stream().anyMatch(i -> clusterMemberId.equals(i.clusterMemberId))) {
            throw ApiException.conflict("detail.council-agenda-cluster-member-once", name);
        }
        Function<String, VoteRule> rules = sessionService.voteRules(loaded.session(), loaded.council());
        AgendaItem item = newItem(loaded.session(), existing.size() + 1, awardCode,
                defaultMode(loaded.session(), rules, awardCode));
        item.clusterMemberId = clusterMemberId;
        item.subjectKind = SubjectKind.UNIT;
        item.unitId = unitId;
        item.subjectName = name;
        return addOne(loaded, item);
    }

    /** One new item on the agenda: stored with its recusals, audited, announced. */
    private SessionResponses.Item addOne(Loaded loaded, AgendaItem item) {
        sessions.getEntityManager().persist(item);
        sessions.flush();
        sessions.replaceRecusals(List.of(), sessionService.recusals(List.of(item),
                sessions.members(loaded.session().id)));
        SessionResponses.Item after = views(loaded, List.of(item)).get(0);
        audit.record("council.agenda-item-added", "council-agenda-item", item.id.toString(),
                loaded.council().unitId(), null, after);
        announce(loaded);
        return after;
    }

    /** A cluster's meeting considers member agencies, never the organiser's evaluations. */
    private static void refuseClusterMeeting(Loaded loaded) {
        if (loaded.council().clusterMeeting()) {
            throw ApiException.conflict("detail.council-agenda-cluster-meeting");
        }
    }

    /** Titles that need no vote are agreed without one; the others take the session's mode. */
    private static AgendaVotingMode defaultMode(CouncilSession session, Function<String, VoteRule> rules,
            String awardCode) {
        return rules.apply(awardCode).required() ? AgendaVotingMode.valueOf(session.votingMode.name())
                : AgendaVotingMode.NONE;
    }

    private static AgendaItem newItem(CouncilSession session, EvaluationFacts facts, String awardCode, int position,
            AgendaVotingMode mode) {
        AgendaItem item = newItem(session, position, awardCode, mode);
        item.evaluationId = facts.evaluationId();
        item.subjectKind = facts.kind();
        item.personId = facts.kind() == SubjectKind.PERSON ? facts.subjectId() : null;
        item.unitId = facts.unitId();
        item.subjectName = facts.subjectName();
        return item;
    }

    /** An item at {@code position} for {@code awardCode}, its candidate still to be named. */
    private static AgendaItem newItem(CouncilSession session, int position, String awardCode, AgendaVotingMode mode) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.sessionId = session.id;
        item.position = position;
        item.awardCode = awardCode;
        item.votingMode = mode;
        item.createdAt = CouncilSession.now();
        item.updatedAt = item.createdAt;
        return item;
    }

    private void announce(Loaded loaded) {
        sessions.flush();
        outbox.record(new DomainEvent("council.session_updated", "council-session", loaded.session().id.toString(),
                loaded.council().unitId(), sessionService.view(loaded)));
    }

    /** Items as the agenda lists them: recusals named, casts counted while voting, results once counted. */
    List<SessionResponses.Item> views(Loaded loaded, List<AgendaItem> items) {
        CouncilSession session = loaded.session();
        Map<UUID, String> names = sessions.members(session.id).stream()
                .collect(Collectors.toMap(m -> m.memberId, m -> m.fullName));
        Map<UUID, List<Recusal>> recused = sessions.recusals(session.id).stream()
                .collect(Collectors.groupingBy(Recusal::itemId));
        Map<UUID, Integer> casts = session.status == SessionStatus.VOTING ? box.castCounts(session.id) : Map.of();
        Map<UUID, String> unitNames = directory.unitNamesOutsideScope(items.stream().map(i -> i.unitId)
                .filter(Objects::nonNull).toList());
        List<SessionResponses.Item> views = new ArrayList<>();
        for (AgendaItem item : items) {
            String unitName = unitNames.get(item.unitId);
            List<SessionResponses.RecusalView> recusals = recused.getOrDefault(item.id, List.of()).stream()
                    .map(r -> new SessionResponses.RecusalView(r.memberId(), names.get(r.memberId()), r.reason()))
                    .toList();
            boolean counted = session.counted() && item.result != null;
            views.add(new SessionResponses.Item(item.id, item.position, item.evaluationId,
                    item.clusterMemberId, item.subjectKind,
                    item.subjectId(), item.subjectName, item.unitId, unitName, item.awardCode, item.votingMode,
                    recusals, session.status == SessionStatus.VOTING && item.votingMode == AgendaVotingMode.BALLOT
                            ? casts.getOrDefault(item.id, 0) : null,
                    item.tally(), item.tallyIssued, counted ? item.outcome : null, counted ? results.stored(item) : null,
                    counted ? item.quotaStanding : null, counted ? item.accepted() : null, item.version));
        }
        return views;
    }

    /** What the unit's review proposed for the council to consider: its titles, then its commendation forms. */
    private static List<String> proposals(EvaluationFacts facts) {
        List<String> proposed = new ArrayList<>(facts.proposedTitles());
        proposed.addAll(facts.proposedForms());
        return proposed;
    }
}
