package vn.thidua.council;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.catalog.AwardTypeService;
import vn.thidua.catalog.EffectiveSettings;
import vn.thidua.catalog.RuleSetService;
import vn.thidua.evaluation.eligibility.QuotaReckoning;
import vn.thidua.common.error.ApiException;
import vn.thidua.council.SessionAccess.Loaded;
import vn.thidua.history.HistoryFacts;
import vn.thidua.history.SubjectHistory;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.org.UnitLetterhead;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanService;

/**
 * A session's results: the count when voting closes (each item by its vote rule, turnout and ballots or tally, then
 * the quotas over the passed items), the results as read afterwards, and the minutes as structured data.
 */
@ApplicationScoped
public class ResultsService {

    static final String ADVANCED_WORKER = "ADVANCED_WORKER";

    @Inject
    QuotaReckoning reckoning;
    @Inject
    SessionRepository sessions;
    @Inject
    CouncilRepository councils;
    @Inject
    SessionAccess access;
    @Inject
    BallotBox box;
    @Inject
    RuleSetService ruleSets;
    @Inject
    OrgDirectory directory;
    @Inject
    HistoryFacts history;
    @Inject
    AwardTypeService catalog;
    @Inject
    PlanService plans;
    @Inject
    ObjectMapper json;

    // --- the count ----------------------------------------------------------------------------------------------

    /**
     * Counts every item of a session whose voting is being closed and stores its outcome, result and quota standing;
     * answers the quotas applied. A ballot item whose ballots and casts differ in number is a fault of the service,
     * not of the caller.
     */
    List<CouncilSession.Quota> count(Loaded loaded) {
        CouncilSession session = loaded.session();
        List<AgendaItem> items = sessions.items(session.id);
        List<String> untallied = items.stream().filter(i -> i.votingMode == AgendaVotingMode.PAPER && i.tally() == null)
                .map(i -> i.position + ". " + i.subjectName + " (" + i.awardCode + ")").toList();
        if (!untallied.isEmpty()) {
            throw ApiException.conflict("detail.council-session-tally-missing", String.join(", ", untallied));
        }
        List<SessionMember> members = sessions.members(session.id);
        Map<UUID, List<Recusal>> recused = sessions.recusals(session.id).stream()
                .collect(Collectors.groupingBy(Recusal::itemId));
        Map<UUID, BallotBox.Count> counted = box.count(session.id);
        for (AgendaItem item : items) {
            VoteRule rule = VoteRule.from(item.voteRule);
            Turnout turnout = turnout(members, recused.getOrDefault(item.id, List.of()));
            ItemResult result = switch (item.votingMode) {
                case NONE -> VoteCount.agreed(rule, turnout);
                case PAPER -> VoteCount.result(rule, turnout, item.tally());
                case BALLOT -> VoteCount.result(rule, turnout, ballots(item, counted.get(item.id)));
            };
            item.outcome = result.outcome();
            item.result = AgendaItem.asStored(json.valueToTree(result));
            item.updatedAt = CouncilSession.now();
        }
        return quotas(loaded, items);
    }

    private static Tally ballots(AgendaItem item, BallotBox.Count count) {
        if (count == null) {
            return Tally.NONE;
        }
        if (count.ballotTotal() != count.casts()) {
            throw new IllegalStateException("agenda item " + item.id + " holds " + count.ballotTotal()
                    + " ballots for " + count.casts() + " votes cast");
        }
        return new Tally(count.ballots().getOrDefault(BallotChoice.APPROVE, 0),
                count.ballots().getOrDefault(BallotChoice.REJECT, 0),
                count.ballots().getOrDefault(BallotChoice.ABSTAIN, 0), 0, count.written());
    }

    static Turnout turnout(List<SessionMember> members, List<Recusal> recusals) {
        Set<UUID> recused = recusals.stream().map(Recusal::memberId).collect(Collectors.toSet());
        int present = 0;
        int recusedPresent = 0;
        int recusedAbsent = 0;
        for (SessionMember member : members) {
            if (member.present()) {
                present++;
            }
            if (recused.contains(member.memberId)) {
                if (member.present()) {
                    recusedPresent++;
                } else {
                    recusedAbsent++;
                }
            }
        }
        return new Turnout(members.size(), present, recusedPresent, recusedAbsent);
    }

    /**
     * The quotas the agency configured over the passed items of each title, ranked by approving share; at a cluster's
     * meeting, its seats ({@link MeetingSeats}).
     */
    private List<CouncilSession.Quota> quotas(Loaded loaded, List<AgendaItem> items) {
        CouncilSession session = loaded.session();
        if (loaded.council().clusterMeeting()) {
            return seats(items);
        }
        EffectiveSettings settings = ruleSets.settingsResolver(ruleSets.byCode(session.ruleSetCode).orElseThrow())
                .apply(loaded.council().unitPath());
        Map<String, List<AgendaItem>> passed = new LinkedHashMap<>();
        items.stream().filter(i -> i.outcome == ItemOutcome.PASSED)
                .forEach(i -> passed.computeIfAbsent(i.awardCode, c -> new ArrayList<>()).add(i));
        // the LĐTT this session recognises count in the base; its own items are ranked, not counted as used
        Set<UUID> advancedWorkers = new HashSet<>();
        items.stream().filter(i -> i.outcome == ItemOutcome.PASSED && ADVANCED_WORKER.equals(i.awardCode)
                && i.personId != null).forEach(i -> advancedWorkers.add(i.personId));
        Map<String, QuotaReckoning.Quota> configured = passed.isEmpty() ? Map.of()
                : reckoning.quotas(loaded.council().unitPath(), session.year, settings, passed.keySet(),
                        new QuotaReckoning.Act(advancedWorkers, session.id));
        List<CouncilSession.Quota> quotas = new ArrayList<>();
        for (Map.Entry<String, List<AgendaItem>> title : passed.entrySet()) {
            QuotaReckoning.Quota quota = configured.get(title.getKey());
            if (quota == null) {
                continue;
            }
            List<QuotaRanking.Ranked> ranked = title.getValue().stream().map(i -> {
                ItemResult result = stored(i);
                return new QuotaRanking.Ranked(i.id, result.tally() == null ? 0 : result.tally().approve(),
                        result.base(), i.position);
            }).toList();
            // those already holding it, or accepted by an earlier session, keep their seats
            Set<UUID> others = new HashSet<>(quota.holders());
            title.getValue().forEach(i -> others.remove(i.personId != null ? i.personId : i.unitId));
            QuotaRanking.Outcome outcome = QuotaRanking.apply(title.getKey(), quota.ratio(), quota.of(),
                    quota.rounding(), quota.base(), others.size(), ranked);
            for (AgendaItem item : title.getValue()) {
                item.quotaStanding = outcome.tied().contains(item.id) ? AgendaItem.Standing.TIED
                        : outcome.over().contains(item.id) ? AgendaItem.Standing.OVER : AgendaItem.Standing.WITHIN;
            }
            quotas.add(CouncilSession.Quota.of(outcome));
        }
        return quotas;
    }

    /** A cluster meeting's quotas: its seats for each award over the passed nominees, by approving share. */
    private List<CouncilSession.Quota> seats(List<AgendaItem> items) {
        List<CouncilSession.Quota> quotas = new ArrayList<>();
        for (Map.Entry<String, Integer> seats : new TreeMap<>(MeetingSeats.SEATS).entrySet()) {
            List<AgendaItem> passed = items.stream().filter(i -> i.outcome == ItemOutcome.PASSED
                    && seats.getKey().equals(i.awardCode)).toList();
            if (passed.isEmpty()) {
                continue;
            }
            List<QuotaRanking.Ranked> ranked = passed.stream().map(i -> {
                ItemResult result = stored(i);
                return new QuotaRanking.Ranked(i.id, result.tally() == null ? 0 : result.tally().approve(),
                        result.base(), i.position);
            }).toList();
            QuotaRanking.Outcome outcome = QuotaRanking.apply(seats.getKey(), BigDecimal.ONE, MeetingSeats.OF,
                    "FLOOR", seats.getValue(), 0, ranked);
            for (AgendaItem item : passed) {
                item.quotaStanding = outcome.tied().contains(item.id) ? AgendaItem.Standing.TIED
                        : outcome.over().contains(item.id) ? AgendaItem.Standing.OVER : AgendaItem.Standing.WITHIN;
            }
            quotas.add(CouncilSession.Quota.of(outcome));
        }
        return quotas;
    }

    /** The result stored on an item when voting closed. */
    ItemResult stored(AgendaItem item) {
        try {
            return json.treeToValue(item.result, ItemResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored result of agenda item " + item.id + " is unreadable", e);
        }
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @Transactional
    public SessionResponses.Results results(UUID sessionId) {
        Loaded loaded = access.load(sessionId);
        if (!loaded.session().counted()) {
            throw ApiException.conflict("detail.council-results-not-ready", loaded.session().status);
        }
        return results(loaded);
    }

    SessionResponses.Results results(Loaded loaded) {
        CouncilSession session = loaded.session();
        List<SessionMember> members = sessions.members(session.id);
        List<SessionResponses.ItemResultView> items = sessions.items(session.id).stream().map(this::resultView)
                .toList();
        return new SessionResponses.Results(session.id, session.status, session.ruleSetCode, members.size(),
                (int) members.stream().filter(SessionMember::present).count(), items,
                session.quotas.stream().map(SessionResponses.QuotaView::from).toList());
    }

    SessionResponses.ItemResultView resultView(AgendaItem item) {
        ItemResult r = stored(item);
        return new SessionResponses.ItemResultView(item.id, item.position, item.evaluationId,
                item.clusterMemberId, item.subjectKind,
                item.subjectId(), item.subjectName, item.awardCode, item.votingMode, r.outcome(), r.reason(),
                r.tally(), r.turnout(), r.base(), r.rule().base(), r.ratio(), r.rule().minRatio(),
                r.rule().comparison(), r.needed(), r.rule().quorum(), r.quorumMet(), r.presentShare(),
                item.quotaStanding, item.accepted());
    }

    /**
     * The meeting of a cluster's year held by {@code councilId}, whatever the caller's scope (see
     * {@link MeetingRecord}); empty when no session was convened.
     */
    @Transactional
    public Optional<MeetingRecord> meetingRecord(UUID councilId) {
        Optional<CouncilSession> found = sessions.ofCouncil(councilId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CouncilSession session = found.get();
        Map<UUID, UUID> represents = new HashMap<>();
        councils.members(councilId, null).forEach(m -> represents.put(m.id, m.clusterMemberId));
        List<MeetingRecord.Seat> seats = sessions.members(session.id).stream()
                .sorted(Comparator.comparing((SessionMember m) -> m.role).thenComparing(m -> m.fullName))
                .map(m -> new MeetingRecord.Seat(m.memberId, represents.get(m.memberId), m.accountId, m.fullName,
                        m.position, m.role))
                .toList();
        List<MeetingRecord.Nominee> nominees = new ArrayList<>();
        for (AgendaItem item : sessions.items(session.id)) {
            ItemResult r = session.counted() ? stored(item) : null;
            nominees.add(new MeetingRecord.Nominee(item.id, item.clusterMemberId, item.subjectName, item.awardCode,
                    r == null ? null : r.outcome(), r == null || r.tally() == null ? null : r.tally().approve(),
                    r == null ? null : r.base(), r == null ? null : r.ratio(), item.quotaStanding,
                    r != null && item.accepted()));
        }
        return Optional.of(new MeetingRecord(councilId, session.id, session.name, session.meetingAt, session.place,
                session.votingMode, session.status, seats, nominees));
    }

    // --- minutes ------------------------------------------------------------------------------------------------

    @Transactional
    public Minutes minutes(UUID sessionId) {
        Loaded loaded = access.load(sessionId);
        CouncilSession session = loaded.session();
        Map<String, String> names = catalog.names(false);
        List<SessionMember> members = SessionService.ordered(sessions.members(session.id));
        Map<UUID, String> memberNames = members.stream().collect(Collectors.toMap(m -> m.memberId, m -> m.fullName));
        Map<UUID, List<Recusal>> recused = sessions.recusals(session.id).stream()
                .collect(Collectors.groupingBy(Recusal::itemId));
        List<AgendaItem> items = sessions.items(session.id);
        Map<UUID, String> unitNames = directory.unitNamesOutsideScope(items.stream().map(i -> i.unitId)
                .filter(Objects::nonNull).toList());
        Map<UUID, String> itemNames = items.stream().collect(Collectors.toMap(i -> i.id, i -> i.subjectName));
        List<Minutes.Item> lines = new ArrayList<>();
        for (AgendaItem item : items) {
            String unitName = unitNames.get(item.unitId);
            List<String> recusedNames = recused.getOrDefault(item.id, List.of()).stream()
                    .map(r -> memberNames.get(r.memberId())).toList();
            ItemResult r = item.result == null ? null : stored(item);
            lines.add(new Minutes.Item(item.position, item.id, item.subjectKind, item.subjectName, unitName,
                    item.awardCode, names.getOrDefault(item.awardCode, item.awardCode), item.votingMode.name(),
                    r == null ? null : r.outcome().name(), r == null ? null : r.reason().name(),
                    r == null ? null : r.tally(), r == null ? null : r.base(),
                    r == null ? null : r.rule().base().name(), r == null ? null : r.ratio(),
                    r == null ? null : r.rule().minRatio(), r == null ? null : r.rule().comparison().name(),
                    r == null ? null : r.needed(), r == null ? null : r.quorumMet(),
                    r == null ? null : r.rule().quorum(), recusedNames,
                    item.quotaStanding == null ? null : item.quotaStanding.name(),
                    r == null || r.tally() == null ? null
                            : BallotCount.of(item.votingMode, r.turnout(), r.tally(), item.tallyIssued)));
        }
        List<Minutes.QuotaLine> quotas = session.quotas.stream().map(q -> new Minutes.QuotaLine(q.awardCode(),
                names.getOrDefault(q.awardCode(), q.awardCode()), q.ratio(), q.of(), q.base(), q.cap(),
                q.within().size(), q.over().stream().map(itemNames::get).toList(),
                q.tied().stream().map(itemNames::get).toList(), settlement(q, itemNames))).toList();
        String planNumber = null;
        String planTitle = null;
        if (session.planId != null) {
            PlanResponses.Public plan = plans.getPublic(session.planId);
            planNumber = plan.number();
            planTitle = plan.title();
        }
        Optional<OrgDirectory.Letterhead> letterhead = directory.letterheadOutsideScope(loaded.council().unitId());
        UnitLetterhead own = letterhead.map(OrgDirectory.Letterhead::letterhead).orElse(null);
        CouncilSession.Notes notes = session.notes;
        return new Minutes(session.id, session.status.name(), session.status == SessionStatus.CLOSED,
                loaded.council().unitName(), governing(loaded.council(), own), loaded.council().name(),
                session.name, session.year, planNumber, planTitle, session.meetingAt, session.place,
                session.votingClosedAt, session.closedAt, session.ruleSetCode, members.size(),
                (int) members.stream().filter(SessionMember::present).count(),
                members.stream().map(m -> new Minutes.Attendee(m.memberId, m.fullName, m.position, m.role,
                        m.attendance.name(), m.absenceReason)).toList(),
                lines, quotas, new Minutes.Notes(notes.opening(), notes.opinions(), notes.conclusion(),
                        notes.endedAt()), loaded.council().clusterMeeting(),
                letterhead.map(OrgDirectory.Letterhead::party).orElse(false),
                own != null && own.issuing() != null ? own.issuing() : loaded.council().unitName());
    }

    /** The body above the agency as its letterhead prints it: the letterhead's own, else the parent unit's name. */
    private String governing(CouncilDirectory.CouncilRef council, UnitLetterhead own) {
        return own != null && own.governing() != null ? own.governing() : parentName(council.unitPath());
    }

    private static String settlement(CouncilSession.Quota quota, Map<UUID, String> itemNames) {
        CouncilSession.Settlement s = quota.settlement();
        if (s == null) {
            return null;
        }
        return s.admitted().stream().map(itemNames::get).collect(Collectors.joining(", ")) + ": " + s.reason();
    }

    /** The name of the unit above the agency, for the minutes' heading; none for a root agency. */
    private String parentName(String agencyPath) {
        String[] ids = agencyPath.split("/");
        // "/root/.../parent/agency/" splits into "", ids..., so the parent is the one before last
        if (ids.length < 3) {
            return null;
        }
        return directory.unitOutsideScope(UUID.fromString(ids[ids.length - 2])).map(OrgDirectory.UnitRef::name)
                .orElse(null);
    }
}
