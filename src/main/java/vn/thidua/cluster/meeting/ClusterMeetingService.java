package vn.thidua.cluster.meeting;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.cluster.ClusterAccess;
import vn.thidua.cluster.ClusterMember;
import vn.thidua.cluster.ClusterRepository;
import vn.thidua.cluster.ClusterService;
import vn.thidua.cluster.EmulationCluster;
import vn.thidua.cluster.scoring.ScoringResponses;
import vn.thidua.cluster.scoring.ScoringService;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.council.AgendaService;
import vn.thidua.council.CouncilDirectory;
import vn.thidua.council.CouncilRole;
import vn.thidua.council.CouncilService;
import vn.thidua.council.MeetingRecord;
import vn.thidua.council.MeetingSeats;
import vn.thidua.council.ResultsService;
import vn.thidua.council.SessionRequests;
import vn.thidua.council.SessionResponses;
import vn.thidua.council.SessionService;
import vn.thidua.council.SessionStatus;
import vn.thidua.council.SessionVotingMode;
import vn.thidua.decision.proposal.ProposalResponses;
import vn.thidua.decision.proposal.ProposalService;
import vn.thidua.identity.AccountDirectory;
import vn.thidua.identity.AccountDirectory.AccountRef;
import vn.thidua.org.OrgDirectory;

/**
 * The rules of a cluster's meeting: who convenes it and with whom, who may be put to the vote and for what, what the
 * votes chose ({@link MeetingChoice}) and the proposal made of it. Voting itself is the council session's.
 */
@ApplicationScoped
public class ClusterMeetingService {

    static final String KIND = "cluster-meeting";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int NAME_MAX = 300;

    @Inject
    ClusterAccess access;
    @Inject
    ClusterRepository clusters;
    @Inject
    ClusterService clusterService;
    @Inject
    ScoringService scoring;
    @Inject
    CouncilService councils;
    @Inject
    CouncilDirectory councilDirectory;
    @Inject
    SessionService sessions;
    @Inject
    AgendaService agenda;
    @Inject
    ResultsService results;
    @Inject
    ProposalService proposals;
    @Inject
    AccountDirectory accounts;
    @Inject
    OrgDirectory org;

    /**
     * Convenes the year's meeting by the board running the year: the meeting's council (the cluster's for the year),
     * each member of the year seated by its delegate for the meeting's day (the head's in the chair), and its session.
     * A cancelled meeting may be convened again (its session and who sat at it stay on record).
     */
    @Transactional
    public MeetingResponses.Meeting convene(UUID clusterId, int year, MeetingRequests.Convene request) {
        EmulationCluster cluster = access.require(clusterId);
        ClusterMember head = access.requireHeadBoard(cluster, year);
        if (record(cluster.id, year).filter(m -> m.status() != SessionStatus.CANCELLED).isPresent()) {
            throw ApiException.conflict("detail.cluster-meeting-exists", year);
        }
        SessionVotingMode mode = request.votingMode() != null ? request.votingMode() : SessionVotingMode.PAPER;
        List<ClusterMember> members = clusters.membersIn(cluster.id, year);
        Map<UUID, MeetingRequests.Delegate> byMember = delegates(cluster, year, members, request.delegates(), mode);
        UUID unit = head.external() ? cluster.organiserUnitId : head.unitId;
        UUID council = councils.clusterMeeting(cluster.id, year, unit,
                cut("Hội nghị " + cluster.name + " năm " + year));
        councils.seatDelegates(council, request.meetingAt().atZoneSameInstant(VIETNAM).toLocalDate(), members.stream()
                .map(m -> {
                    MeetingRequests.Delegate d = byMember.get(m.id);
                    return new CouncilService.Delegate(m.id, d.accountId(), d.fullName(), seatedAs(d.position(), m),
                            m.id.equals(head.id) ? CouncilRole.CHAIR : CouncilRole.MEMBER);
                })
                .toList());
        String name = request.name() != null && !request.name().isBlank() ? request.name().strip()
                : cut("Hội nghị tổng kết công tác thi đua năm " + year + " " + cluster.name);
        SessionResponses.Session session = sessions.create(new SessionRequests.Create(council, null, year, name,
                request.meetingAt(), request.place(), mode));
        MeetingResponses.Meeting view = view(cluster, year);
        clusterService.record("cluster.meeting-convened", KIND, session.id(), cluster, null, view);
        return view;
    }

    /** The cluster's meetings, latest year first, to everyone in reach of the cluster. */
    @Transactional
    public List<MeetingResponses.Summary> list(UUID clusterId) {
        EmulationCluster cluster = access.require(clusterId);
        List<MeetingResponses.Summary> summaries = new ArrayList<>();
        councilDirectory.meetingsOf(cluster.id).forEach((year, council) -> results.meetingRecord(council)
                .ifPresent(m -> {
                    MeetingChoice choice = m.status() == SessionStatus.CLOSED ? MeetingChoice.of(m.nominees()) : null;
                    summaries.add(new MeetingResponses.Summary(cluster.id, year, m.sessionId(), m.name(),
                            m.meetingAt(), m.status(), m.nominees().size(), choice == null ? null : choice.flag(),
                            choice == null ? List.of() : choice.commendations(),
                            proposals.proposalOfSession(m.sessionId()).orElse(null)));
                }));
        return summaries;
    }

    /** The year's meeting, to everyone in reach of the cluster; 404 until it is convened. */
    @Transactional
    public MeetingResponses.Meeting get(UUID clusterId, int year) {
        return view(access.require(clusterId), year);
    }

    /** A nominee put to the vote, with the session whose agenda now holds it. */
    public record Nominated(UUID sessionId, MeetingResponses.Candidate candidate) {
    }

    /** Puts a member agency of the year to the meeting's vote for the flag or the Bằng khen, while it is a draft. */
    @Transactional
    public Nominated nominate(UUID clusterId, int year, MeetingRequests.Nominate request) {
        EmulationCluster cluster = access.require(clusterId);
        access.requireHeadBoard(cluster, year);
        MeetingRecord meeting = requireRecord(cluster.id, year);
        String award = request.awardCode().strip();
        if (!MeetingSeats.SEATS.containsKey(award)) {
            throw ApiException.invalid("awardCode", "NOT_A_NOMINATION", "field.cluster-meeting-award", award);
        }
        ClusterMember member = clusters.member(cluster.id, request.memberId()).filter(m -> m.memberIn(year))
                .orElseThrow(() -> ApiException.invalid("memberId", "NOT_A_MEMBER", "field.cluster-meeting-member",
                        year));
        SessionResponses.Item item = agenda.addClusterCandidate(meeting.sessionId(), member.id, member.unitId,
                member.name, award);
        MeetingResponses.Candidate candidate = candidate(new MeetingRecord.Nominee(item.id(), member.id, member.name,
                award, null, null, null, null, null, false), ranking(cluster.id, year), false);
        clusterService.record("cluster.meeting-nominee-added", KIND, meeting.sessionId(), cluster, null, candidate);
        return new Nominated(meeting.sessionId(), candidate);
    }

    /**
     * Drafts the proposal (tờ trình) of what the closed meeting chose, from the agency running the year to the
     * organiser: the flag's nominee and the Bằng khen's, citing the meeting and the year's ranking. 409 while the
     * session is not closed, when nothing was chosen, or once it was proposed.
     */
    @Transactional
    public ProposalResponses.Detail propose(UUID clusterId, int year) {
        EmulationCluster cluster = access.require(clusterId);
        ClusterMember head = access.requireHeadBoard(cluster, year);
        MeetingRecord meeting = requireRecord(cluster.id, year);
        if (meeting.status() != SessionStatus.CLOSED) {
            throw ApiException.conflict("detail.cluster-meeting-not-closed", meeting.status());
        }
        MeetingChoice choice = MeetingChoice.of(meeting.nominees());
        if (choice.empty()) {
            throw ApiException.conflict("detail.cluster-meeting-nothing-passed");
        }
        // every membership, should one have been ended since the meeting
        Map<UUID, ClusterMember> members = clusters.members(cluster.id).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m));
        Map<UUID, ScoringResponses.Row> ranked = ranking(cluster.id, year);
        Map<UUID, MeetingRecord.Nominee> items = meeting.nominees().stream().filter(MeetingRecord.Nominee::accepted)
                .collect(Collectors.toMap(MeetingRecord.Nominee::clusterMemberId, n -> n));
        List<UUID> chosen = new ArrayList<>();
        if (choice.flag() != null) {
            chosen.add(choice.flag());
        }
        chosen.addAll(choice.commendations());
        List<ProposalService.ClusterNominee> nominees = chosen.stream().map(id -> {
            ClusterMember member = members.get(id);
            MeetingRecord.Nominee item = items.get(id);
            return new ProposalService.ClusterNominee(member.id, member.unitId, member.name, item.awardCode(),
                    citation(cluster, year, MeetingSeats.FLAG.equals(item.awardCode()), ranked.get(id)),
                    item.itemId());
        }).toList();
        OrgDirectory.UnitRef organiser = org.unitOutsideScope(cluster.organiserUnitId).orElseThrow();
        String council = councilDirectory.councilOf(organiser.id()).flatMap(councilDirectory::nameOf)
                .orElse("Hội đồng Thi đua – Khen thưởng " + organiser.name());
        ProposalResponses.Detail proposal = proposals.fromClusterMeeting(new ProposalService.ClusterProposal(
                head.external() ? cluster.organiserUnitId : head.unitId, organiser.id(), cut(council), year,
                cut("Tờ trình đề nghị tặng " + awards(choice) + " năm " + year + " cho các đơn vị thuộc "
                        + cluster.name),
                meeting.sessionId(), nominees));
        clusterService.record("cluster.meeting-proposed", KIND, meeting.sessionId(), cluster, null, proposal);
        return proposal;
    }

    // --- rules --------------------------------------------------------------------------------------------------

    /**
     * The delegates by member: exactly one for each member of the year; an account, when given, enabled and of the
     * member's own unit (an external member's delegate has none); with secret ballots through the service, every
     * delegate needs an account.
     */
    private Map<UUID, MeetingRequests.Delegate> delegates(EmulationCluster cluster, int year,
            List<ClusterMember> members, List<MeetingRequests.Delegate> delegates, SessionVotingMode mode) {
        Map<UUID, ClusterMember> byId = members.stream().collect(Collectors.toMap(m -> m.id, m -> m));
        Map<UUID, String> paths = clusters.memberPlaces(cluster.id).stream()
                .collect(Collectors.toMap(ClusterRepository.MemberPlace::memberId,
                        ClusterRepository.MemberPlace::unitPath, (a, b) -> a));
        Map<UUID, AccountRef> found = accounts.accounts(delegates.stream().map(MeetingRequests.Delegate::accountId)
                .filter(id -> id != null).toList());
        List<FieldViolation> violations = new ArrayList<>();
        Map<UUID, MeetingRequests.Delegate> byMember = new HashMap<>();
        for (int i = 0; i < delegates.size(); i++) {
            MeetingRequests.Delegate delegate = delegates.get(i);
            String at = "delegates[" + i + "]";
            ClusterMember member = byId.get(delegate.memberId());
            if (member == null) {
                violations.add(new FieldViolation(at + ".memberId", "NOT_A_MEMBER", "field.cluster-meeting-member",
                        year));
                continue;
            }
            if (byMember.putIfAbsent(member.id, delegate) != null) {
                violations.add(new FieldViolation(at + ".memberId", "ONE_PER_MEMBER",
                        "field.cluster-meeting-delegates", year));
                continue;
            }
            if (delegate.accountId() == null) {
                if (mode == SessionVotingMode.BALLOT) {
                    violations.add(new FieldViolation(at + ".accountId", "REQUIRED_FOR_BALLOT",
                            "field.cluster-meeting-ballot-account", member.name));
                }
                continue;
            }
            AccountRef account = found.get(delegate.accountId());
            String unitPath = paths.get(member.id);
            if (member.external() || account == null || !account.enabled() || unitPath == null
                    || account.unitPath() == null || !account.unitPath().startsWith(unitPath)) {
                violations.add(new FieldViolation(at + ".accountId", "NOT_OF_MEMBER",
                        "field.cluster-meeting-account", member.name));
            }
        }
        Set<UUID> missing = new HashSet<>(byId.keySet());
        missing.removeAll(byMember.keySet());
        if (!missing.isEmpty()) {
            violations.add(new FieldViolation("delegates", "ONE_PER_MEMBER", "field.cluster-meeting-delegates-missing",
                    members.stream().filter(m -> missing.contains(m.id)).map(m -> m.name)
                            .collect(Collectors.joining(", "))));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return byMember;
    }

    /** A delegate as the minutes name them: the position at the member agency ("Hiệu trưởng Trường Chính trị ..."). */
    private static String seatedAs(String position, ClusterMember member) {
        String agency = member.province != null && !member.name.contains(member.province)
                ? member.name + " (" + member.province + ")" : member.name;
        return cut(position == null || position.isBlank() ? agency : position.strip() + " " + agency);
    }

    private static String citation(EmulationCluster cluster, int year, boolean flag, ScoringResponses.Row row) {
        String lead = flag ? "Đơn vị dẫn đầu " + cluster.name + " năm " + year
                : "Có thành tích xuất sắc trong phong trào thi đua của " + cluster.name + " năm " + year;
        if (row == null || row.rank() == null || row.finalScore() == null) {
            return lead + "; được hội nghị cụm, khối bình xét, suy tôn bằng bỏ phiếu kín.";
        }
        return lead + " (xếp thứ " + row.rank() + ", đạt " + row.finalScore().toPlainString().replace('.', ',')
                + " điểm); được hội nghị cụm, khối bình xét, suy tôn bằng bỏ phiếu kín.";
    }

    private static String awards(MeetingChoice choice) {
        if (choice.flag() != null && !choice.commendations().isEmpty()) {
            return "Cờ thi đua và Bằng khen";
        }
        return choice.flag() != null ? "Cờ thi đua" : "Bằng khen";
    }

    private static String cut(String text) {
        return text.length() <= NAME_MAX ? text : text.substring(0, NAME_MAX);
    }

    // --- views --------------------------------------------------------------------------------------------------

    private Optional<MeetingRecord> record(UUID clusterId, int year) {
        return councils.meetingOf(clusterId, year).flatMap(results::meetingRecord);
    }

    private MeetingRecord requireRecord(UUID clusterId, int year) {
        return record(clusterId, year).orElseThrow(() -> ApiException.notFound("kind.cluster-meeting"));
    }

    private Map<UUID, ScoringResponses.Row> ranking(UUID clusterId, int year) {
        return scoring.closedRanking(clusterId, year).map(r -> r.rows().stream().filter(row -> row.memberId() != null)
                .collect(Collectors.toMap(ScoringResponses.Row::memberId, row -> row, (a, b) -> a)))
                .orElse(Map.of());
    }

    /** A nominee as the meeting shows it: with its place in the closed ranking, if any. */
    private static MeetingResponses.Candidate candidate(MeetingRecord.Nominee n, Map<UUID, ScoringResponses.Row> ranked,
            boolean chosen) {
        ScoringResponses.Row row = ranked.get(n.clusterMemberId());
        return new MeetingResponses.Candidate(n.itemId(), n.clusterMemberId(), n.name(), n.awardCode(),
                row == null ? null : row.rank(), row == null ? null : row.finalScore(), n.outcome(), n.approve(),
                n.base(), n.ratio(), n.standing(), chosen);
    }

    MeetingResponses.Meeting view(EmulationCluster cluster, int year) {
        MeetingRecord meeting = requireRecord(cluster.id, year);
        Map<UUID, String> names = clusters.members(cluster.id).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m.name));
        Map<UUID, ScoringResponses.Row> ranked = ranking(cluster.id, year);
        MeetingChoice choice = meeting.status() == SessionStatus.CLOSED ? MeetingChoice.of(meeting.nominees()) : null;
        List<MeetingResponses.Delegate> delegates = meeting.seats().stream()
                .map(s -> new MeetingResponses.Delegate(s.clusterMemberId(), names.get(s.clusterMemberId()),
                        s.councilMemberId(), s.accountId(), s.fullName(), s.position(), s.role() == CouncilRole.CHAIR,
                        s.accountId() == null))
                .toList();
        List<MeetingResponses.Candidate> candidates = meeting.nominees().stream()
                .map(n -> candidate(n, ranked, choice != null && n.accepted())).toList();
        return new MeetingResponses.Meeting(cluster.id, year, meeting.councilId(), meeting.sessionId(), meeting.name(),
                meeting.meetingAt(), meeting.place(), meeting.votingMode(), meeting.status(), delegates, candidates,
                choice == null ? null : choice.flag(), choice == null ? List.of() : choice.commendations(),
                proposals.proposalOfSession(meeting.sessionId()).orElse(null));
    }
}
