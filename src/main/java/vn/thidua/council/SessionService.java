package vn.thidua.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.thidua.catalog.EffectiveSettings;
import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.catalog.RuleSetService;
import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;
import vn.thidua.council.CouncilDirectory.CouncilRef;
import vn.thidua.council.CouncilDirectory.MemberRef;
import vn.thidua.council.SessionAccess.Loaded;
import vn.thidua.evaluation.CouncilVerdict;
import vn.thidua.evaluation.EvaluationService;
import vn.thidua.identity.AccountDirectory;
import vn.thidua.identity.AccountDirectory.AccountRef;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/**
 * The life of a council session: creating it with the members who hold office on the meeting day, attendance, the
 * secretary's notes, opening the vote (rule set and vote rules fixed), closing it (counted, quotas applied, the ballot
 * box sealed), the council's settlement of quota ties, closing and cancelling. Every act is audited (before and after)
 * and announced in the outbox in the same transaction; the ballots themselves never are ({@link BallotService}).
 */
@ApplicationScoped
public class SessionService {

    /** Meeting days are days in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Map<String, String> SORTS = Map.of("meetingAt", "meetingAt", "name", "name", "year", "year",
            "status", "status", "createdAt", "createdAt");

    @Inject
    SessionRepository sessions;
    @Inject
    CouncilRepository councilRepository;
    @Inject
    SessionAccess access;
    @Inject
    CouncilDirectory councils;
    @Inject
    AccountDirectory accounts;
    @Inject
    PlanService plans;
    @Inject
    RuleSetService ruleSets;
    @Inject
    ResultsService results;
    @Inject
    BallotBox box;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    EvaluationService evaluations;

    // --- reading ------------------------------------------------------------------------------------------------

    @Transactional
    public SessionResponses.Session get(UUID id) {
        return view(access.load(id));
    }

    @Transactional
    public Page<SessionResponses.Session> list(SessionRepository.Filter filter, Paging paging) {
        var found = sessions.search(filter, access.scopePath(), access.callerAccount(), paging.sort());
        long total = found.count();
        List<CouncilSession> page = found.page(paging.page(), paging.size()).list();
        List<UUID> ids = page.stream().map(s -> s.id).toList();
        Map<UUID, long[]> members = sessions.memberCounts(ids);
        Map<UUID, Long> items = sessions.itemCounts(ids);
        Map<UUID, CouncilRef> byCouncil = new HashMap<>();
        List<SessionResponses.Session> views = new ArrayList<>();
        for (CouncilSession s : page) {
            CouncilRef council = byCouncil.computeIfAbsent(s.councilId, c -> councils.council(c).orElseThrow());
            long[] m = members.getOrDefault(s.id, new long[2]);
            views.add(SessionResponses.Session.from(s, council, m[0], m[1], items.getOrDefault(s.id, 0L)));
        }
        return Page.of(views, paging, total);
    }

    @Transactional
    public List<SessionResponses.Member> members(UUID id) {
        return ordered(sessions.members(access.load(id).session().id)).stream().map(SessionResponses.Member::from)
                .toList();
    }

    // --- creating and preparing ---------------------------------------------------------------------------------

    @Transactional
    public SessionResponses.Session create(SessionRequests.Create request) {
        CouncilRef council = councils.council(request.councilId())
                .orElseThrow(() -> ApiException.notFound("kind.council"));
        access.requireBoard(council);
        if (council.clusterMeeting() && sessions.ofCouncil(council.id())
                .filter(s -> s.status != SessionStatus.CANCELLED).isPresent()) {
            throw ApiException.conflict("detail.council-cluster-meeting-one-session");
        }
        Integer year = request.year();
        UUID planId = null;
        if (request.planId() != null) {
            PlanResponses.Full plan = plans.get(request.planId());
            if (plan.status() != PlanStatus.ISSUED && plan.status() != PlanStatus.CLOSED) {
                throw ApiException.conflict("detail.council-session-plan-not-issued", plan.status());
            }
            planId = plan.id();
            if (year == null) {
                year = plan.year() != null ? plan.year() : plan.endDate().getYear();
            }
        }
        if (year == null) {
            throw ApiException.invalid("year", "NOT_NULL", "field.council-session-year-required");
        }
        List<MemberRef> members = holdingOffice(council, day(request.meetingAt()));
        CouncilSession session = new CouncilSession();
        session.id = UUID.randomUUID();
        session.councilId = council.id();
        session.planId = planId;
        session.year = year;
        session.name = request.name().strip();
        session.meetingAt = request.meetingAt();
        session.place = Text.blankToNull(request.place());
        session.votingMode = request.votingMode() == null ? SessionVotingMode.BALLOT : request.votingMode();
        session.createdBy = access.name();
        session.createdAt = CouncilSession.now();
        session.updatedAt = session.createdAt;
        sessions.persist(session);
        members.forEach(m -> sessions.getEntityManager().persist(snapshot(session.id, m)));
        sessions.flush();
        SessionResponses.Session after = view(new Loaded(session, council));
        audit.record("council.session-created", "council-session", session.id.toString(), council.unitId(), null,
                after);
        outbox.record(new DomainEvent("council.session_created", "council-session", session.id.toString(),
                council.unitId(), after));
        return after;
    }

    @Transactional
    public SessionResponses.Session update(UUID id, String ifMatch, SessionRequests.Update request) {
        Loaded loaded = access.load(id);
        CouncilSession session = loaded.session();
        ETags.requireMatch(ifMatch, session.version);
        access.requireBoard(loaded.council());
        session.requireDraft("part.council-session");
        SessionResponses.Session before = view(loaded);
        if (request.name() != null) {
            session.name = request.name().strip();
        }
        if (request.place() != null) {
            session.place = Text.blankToNull(request.place());
        }
        if (request.votingMode() != null) {
            session.votingMode = request.votingMode();
        }
        if (request.meetingAt() != null) {
            LocalDate previous = day(session.meetingAt);
            session.meetingAt = request.meetingAt();
            if (!day(session.meetingAt).equals(previous)) {
                if (loaded.council().clusterMeeting()) {
                    // a meeting's delegates are seated for its day: they move with it
                    councilRepository.reseatMeeting(loaded.council().id(), sessions.members(session.id).stream()
                            .map(m -> m.memberId).toList(), day(session.meetingAt));
                }
                resnapshot(loaded);
            }
        }
        session.touch();
        return changed(loaded, before, "council.session-updated", "council.session_updated");
    }

    @Transactional
    public SessionResponses.Session writeNotes(UUID id, String ifMatch, SessionRequests.Notes request) {
        Loaded loaded = access.load(id);
        ETags.requireMatch(ifMatch, loaded.session().version);
        access.requireBoardOrSecretary(loaded);
        SessionResponses.Session before = view(loaded);
        loaded.session().writeNotes(new CouncilSession.Notes(Text.blankToNull(request.opening()),
                Text.blankToNull(request.opinions()), Text.blankToNull(request.conclusion()), request.endedAt()));
        return changed(loaded, before, "council.session-notes-written", "council.session_updated");
    }

    @Transactional
    public List<SessionResponses.Member> recordAttendance(UUID id, String ifMatch, SessionRequests.Attendance request) {
        Loaded loaded = access.load(id);
        CouncilSession session = loaded.session();
        ETags.requireMatch(ifMatch, session.version);
        access.requireBoard(loaded.council());
        session.requireDraft("part.council-session-attendance");
        List<SessionMember> members = ordered(sessions.members(session.id));
        Map<UUID, SessionMember> byId = members.stream().collect(Collectors.toMap(m -> m.memberId, m -> m));
        List<FieldViolation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            SessionRequests.MemberAttendance given = request.members().get(i);
            if (!byId.containsKey(given.memberId())) {
                violations.add(new FieldViolation("members[" + i + "].memberId", "NOT_A_MEMBER",
                        "field.council-attendance-not-member"));
            } else if (!seen.add(given.memberId())) {
                violations.add(new FieldViolation("members[" + i + "].memberId", "DUPLICATE",
                        "field.council-attendance-repeated"));
            }
            if (given.attendance() == SessionAttendance.UNRECORDED) {
                violations.add(new FieldViolation("members[" + i + "].attendance", "INVALID_VALUE",
                        "field.council-attendance-unrecorded"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        List<SessionResponses.Member> before = members.stream().map(SessionResponses.Member::from).toList();
        for (SessionRequests.MemberAttendance given : request.members()) {
            SessionMember member = byId.get(given.memberId());
            member.attendance = given.attendance();
            member.absenceReason = given.attendance() == SessionAttendance.ABSENT
                    ? Text.blankToNull(given.absenceReason()) : null;
        }
        session.touch();
        sessions.flush();
        List<SessionResponses.Member> after = members.stream().map(SessionResponses.Member::from).toList();
        audit.record("council.attendance-recorded", "council-session", session.id.toString(),
                loaded.council().unitId(), Map.of("members", before), Map.of("members", after));
        outbox.record(new DomainEvent("council.session_updated", "council-session", session.id.toString(),
                loaded.council().unitId(), view(loaded)));
        return after;
    }

    /** The session's version after {@link #recordAttendance}, for the ETag. */
    @Transactional
    public long version(UUID id) {
        return access.load(id).session().version;
    }

    // --- voting -------------------------------------------------------------------------------------------------

    @Transactional
    public SessionResponses.Session openVoting(UUID id, String ifMatch) {
        Loaded loaded = access.load(id);
        CouncilSession session = loaded.session();
        ETags.requireMatch(ifMatch, session.version);
        access.requireBoard(loaded.council());
        SessionResponses.Session before = view(loaded);
        RuleSetDefinition set = ruleSet(session);
        session.openVoting(access.name(), set.code());
        List<AgendaItem> items = sessions.items(session.id);
        if (items.isEmpty()) {
            throw ApiException.conflict("detail.council-session-agenda-empty");
        }
        List<SessionMember> members = ordered(sessions.members(session.id));
        List<String> unrecorded = members.stream().filter(m -> m.attendance == SessionAttendance.UNRECORDED)
                .map(m -> m.fullName).toList();
        if (!unrecorded.isEmpty()) {
            throw ApiException.conflict("detail.council-session-attendance-unrecorded", String.join(", ", unrecorded));
        }
        EffectiveSettings settings = ruleSets.settingsResolver(set).apply(loaded.council().unitPath());
        List<String> needingVote = new ArrayList<>();
        for (AgendaItem item : items) {
            VoteRule rule = VoteRule.from(settings.value("vote." + item.awardCode));
            if (item.votingMode == AgendaVotingMode.NONE && rule.required()) {
                needingVote.add(item.subjectName + " (" + item.awardCode + ")");
            }
            item.voteRule = AgendaItem.asStored(rule.toJson());
            item.updatedAt = CouncilSession.now();
        }
        if (!needingVote.isEmpty()) {
            throw ApiException.conflict("detail.council-session-vote-required", String.join(", ", needingVote));
        }
        sessions.replaceRecusals(items.stream().map(i -> i.id).toList(), recusals(items, members));
        return changed(loaded, before, "council.voting-opened", "council.voting_opened");
    }

    /**
     * Counts every item, applies the quotas and seals the ballot box, in one transaction that holds the session's row
     * locked: ballots wait for it (and it for them), so none can land after the count.
     */
    @Transactional
    public SessionResponses.Session closeVoting(UUID id, String ifMatch) {
        sessions.lockForCount(id);
        Loaded loaded = access.load(id);
        CouncilSession session = loaded.session();
        ETags.requireMatch(ifMatch, session.version);
        access.requireBoard(loaded.council());
        SessionResponses.Session before = view(loaded);
        session.closeVoting(access.name());
        session.quotas = new ArrayList<>(results.count(loaded));
        box.seal(session.id);
        SessionResponses.Session after = changed(loaded, before, "council.voting-closed", null);
        outbox.record(new DomainEvent("council.voting_closed", "council-session", session.id.toString(),
                loaded.council().unitId(), Map.of("session", after, "results", results.results(loaded))));
        return after;
    }

    @Transactional
    public SessionResponses.Session settleTie(UUID id, String ifMatch, SessionRequests.Settle request) {
        Loaded loaded = access.load(id);
        CouncilSession session = loaded.session();
        ETags.requireMatch(ifMatch, session.version);
        access.requireBoard(loaded.council());
        session.requireIn("part.council-quota-settlement", SessionStatus.VOTING_CLOSED);
        CouncilSession.Quota quota = session.quotas.stream().filter(q -> q.awardCode().equals(request.awardCode()))
                .findFirst().orElseThrow(() -> ApiException.invalid("awardCode", "NO_QUOTA",
                        "field.council-quota-unknown", request.awardCode()));
        if (!quota.hasTie()) {
            throw ApiException.conflict("detail.council-quota-no-tie", quota.awardCode());
        }
        List<FieldViolation> violations = new ArrayList<>();
        Set<UUID> admitted = new HashSet<>();
        for (int i = 0; i < request.admitted().size(); i++) {
            UUID item = request.admitted().get(i);
            if (!quota.tied().contains(item)) {
                violations.add(new FieldViolation("admitted[" + i + "]", "NOT_TIED", "field.council-quota-not-tied"));
            } else if (!admitted.add(item)) {
                violations.add(new FieldViolation("admitted[" + i + "]", "DUPLICATE",
                        "field.council-quota-admitted-repeated"));
            }
        }
        if (violations.isEmpty() && admitted.size() != quota.seats()) {
            violations.add(new FieldViolation("admitted", "WRONG_COUNT", "field.council-quota-seats", quota.seats(),
                    admitted.size()));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        SessionResponses.Session before = view(loaded);
        QuotaRanking.Outcome settled = QuotaRanking.settle(quota.outcome(), admitted);
        CouncilSession.Quota stored = new CouncilSession.Quota(quota.awardCode(), quota.ratio(), quota.of(),
                quota.rounding(), quota.base(), quota.cap(), settled.ranking(), settled.within(), settled.over(),
                settled.tied(), settled.seats(), new CouncilSession.Settlement(quota.tied(),
                        List.copyOf(request.admitted()), request.reason().strip(), access.name(),
                        CouncilSession.now()), quota.used());
        for (AgendaItem item : sessions.items(session.id)) {
            if (quota.tied().contains(item.id)) {
                item.quotaStanding = admitted.contains(item.id) ? AgendaItem.Standing.WITHIN : AgendaItem.Standing.OVER;
                item.updatedAt = CouncilSession.now();
            }
        }
        session.settle(stored);
        return changed(loaded, before, "council.quota-tie-settled", "council.quota_tie_settled");
    }

    @Transactional
    public SessionResponses.Session close(UUID id, String ifMatch) {
        Loaded loaded = access.load(id);
        CouncilSession session = loaded.session();
        ETags.requireMatch(ifMatch, session.version);
        access.requireBoard(loaded.council());
        SessionResponses.Session before = view(loaded);
        session.close(access.name());
        List<CouncilVerdict> verdicts = recordVerdicts(session);
        SessionResponses.Session after = changed(loaded, before, "council.session-closed", null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("session", after);
        payload.put("results", results.results(loaded).items());
        payload.put("verdicts", verdicts);
        outbox.record(new DomainEvent("council.session_closed", "council-session", session.id.toString(),
                loaded.council().unitId(), payload));
        return after;
    }

    @Transactional
    public SessionResponses.Session cancel(UUID id, String ifMatch, SessionRequests.Cancel request) {
        sessions.lockForCount(id);
        Loaded loaded = access.load(id);
        CouncilSession session = loaded.session();
        ETags.requireMatch(ifMatch, session.version);
        access.requireBoard(loaded.council());
        SessionResponses.Session before = view(loaded);
        boolean voting = session.status == SessionStatus.VOTING;
        session.cancel(access.name(), request.reason().strip());
        if (voting) {
            // the ballots of a vote never counted stay in the box: sealed like any other, so that none is traceable
            box.seal(session.id);
        }
        return changed(loaded, before, "council.session-cancelled", "council.session_cancelled");
    }

    /**
     * Hands each item's verdict down to its evaluation (a cluster member's nomination has none: its result stays
     * here, for the cluster to propose), where eligibility reads it (the COUNCIL_VOTE criterion), and
     * returns them for the session_closed event.
     */
    private List<CouncilVerdict> recordVerdicts(CouncilSession session) {
        List<CouncilVerdict> verdicts = new ArrayList<>();
        for (AgendaItem item : sessions.items(session.id)) {
            if (item.evaluationId == null) {
                continue;
            }
            ItemResult result = results.stored(item);
            boolean counted = result.tally() != null && result.ratio() != null;
            verdicts.add(new CouncilVerdict(item.evaluationId, item.awardCode, session.id, item.outcome.name(),
                    item.accepted(), counted ? result.tally().approve() : 0, counted ? result.base() : 0,
                    counted ? result.ratio() : null, session.closedAt));
        }
        evaluations.recordCouncilVerdicts(session.id, verdicts);
        return verdicts;
    }

    // --- helpers shared with the agenda -------------------------------------------------------------------------

    /** The rule set of a session: in force on the plan's end date, or on 31 December of the session's year. */
    RuleSetDefinition ruleSet(CouncilSession session) {
        if (session.ruleSetCode != null) {
            return ruleSets.byCode(session.ruleSetCode).orElseThrow();
        }
        LocalDate day = session.planId != null ? plans.get(session.planId).endDate()
                : LocalDate.of(session.year, 12, 31);
        return ruleSets.inForce(day).orElseThrow(() -> ApiException.conflict("detail.no-rule-set-in-force", day));
    }

    Function<String, VoteRule> voteRules(CouncilSession session, CouncilRef council) {
        EffectiveSettings settings = ruleSets.settingsResolver(ruleSet(session)).apply(council.unitPath());
        return code -> VoteRule.from(settings.value("vote." + code));
    }

    /**
     * Who does not vote on which of these items: the candidate, and the head of a candidate unit. A cluster's meeting
     * has none: each member agency's delegate casts its agency's vote on every nominee, its own included, as the
     * cluster's rules of procedure have it (the base is then every member agency).
     */
    List<Recusal> recusals(List<AgendaItem> items, List<SessionMember> members) {
        Map<UUID, AccountRef> byAccount = accounts.accounts(members.stream().map(m -> m.accountId)
                .filter(Objects::nonNull).toList());
        List<Recusal> recusals = new ArrayList<>();
        for (AgendaItem item : items) {
            if (item.clusterMemberId != null) {
                continue;
            }
            for (SessionMember member : members) {
                AccountRef account = byAccount.get(member.accountId);
                if (account == null) {
                    continue;
                }
                if (item.subjectKind == SubjectKind.PERSON && item.personId.equals(account.personId())) {
                    recusals.add(new Recusal(item.id, member.memberId, RecusalReason.CANDIDATE));
                } else if (item.subjectKind == SubjectKind.UNIT && account.unitId().equals(item.unitId)
                        && account.hasRole(Roles.UNIT_HEAD)) {
                    recusals.add(new Recusal(item.id, member.memberId, RecusalReason.HEAD_OF_CANDIDATE_UNIT));
                }
            }
        }
        return recusals;
    }

    SessionResponses.Session view(Loaded loaded) {
        CouncilSession s = loaded.session();
        long[] members = sessions.memberCounts(List.of(s.id)).getOrDefault(s.id, new long[2]);
        return SessionResponses.Session.from(s, loaded.council(), members[0], members[1],
                sessions.itemCounts(List.of(s.id)).getOrDefault(s.id, 0L));
    }

    /** Members in the minutes' order, as {@link CouncilDirectory#membersOn} gives them. */
    static List<SessionMember> ordered(List<SessionMember> members) {
        List<SessionMember> sorted = new ArrayList<>(members);
        sorted.sort(CouncilDirectory.minutesOrder(m -> m.role, m -> m.fullName, m -> m.memberId));
        return sorted;
    }

    static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(VIETNAM).toLocalDate();
    }

    private List<MemberRef> holdingOffice(CouncilRef council, LocalDate day) {
        List<MemberRef> members = councils.membersOn(council.id(), day);
        if (members.isEmpty()) {
            throw ApiException.conflict("detail.council-session-no-members", day);
        }
        if (members.stream().noneMatch(m -> m.role() == CouncilRole.CHAIR)) {
            throw ApiException.conflict("detail.council-session-no-chair", day);
        }
        return members;
    }

    private static SessionMember snapshot(UUID sessionId, MemberRef ref) {
        SessionMember member = new SessionMember();
        member.sessionId = sessionId;
        member.memberId = ref.memberId();
        member.accountId = ref.accountId();
        member.fullName = ref.fullName();
        member.position = ref.position();
        member.role = ref.role();
        return member;
    }

    /** The members holding office on the new day; those still on it keep their recorded attendance. */
    private void resnapshot(Loaded loaded) {
        CouncilSession session = loaded.session();
        List<MemberRef> now = holdingOffice(loaded.council(), day(session.meetingAt));
        Map<UUID, SessionMember> kept = new HashMap<>();
        for (SessionMember member : sessions.members(session.id)) {
            kept.put(member.memberId, member);
        }
        Set<UUID> holding = now.stream().map(MemberRef::memberId).collect(Collectors.toSet());
        kept.values().stream().filter(m -> !holding.contains(m.memberId))
                .forEach(m -> sessions.getEntityManager().remove(m));
        for (MemberRef ref : now) {
            SessionMember member = kept.get(ref.memberId());
            if (member == null) {
                sessions.getEntityManager().persist(snapshot(session.id, ref));
            } else {
                member.fullName = ref.fullName();
                member.position = ref.position();
                member.role = ref.role();
            }
        }
        sessions.flush();
        List<AgendaItem> items = sessions.items(session.id);
        sessions.replaceRecusals(items.stream().map(i -> i.id).toList(), recusals(items, sessions.members(session.id)));
    }

    private SessionResponses.Session changed(Loaded loaded, SessionResponses.Session before, String action,
            String eventType) {
        sessions.flush();
        SessionResponses.Session after = view(loaded);
        String id = loaded.session().id.toString();
        audit.record(action, "council-session", id, loaded.council().unitId(), before, after);
        if (eventType != null) {
            outbox.record(new DomainEvent(eventType, "council-session", id, loaded.council().unitId(), after));
        }
        return after;
    }

}
