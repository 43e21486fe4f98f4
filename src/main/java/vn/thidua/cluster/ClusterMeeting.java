package vn.thidua.cluster;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.common.error.ApiException;
import vn.thidua.council.AgendaService;
import vn.thidua.council.CouncilRole;
import vn.thidua.council.CouncilService;
import vn.thidua.council.SessionRequests;
import vn.thidua.council.SessionResponses;
import vn.thidua.council.SessionService;
import vn.thidua.council.SessionVotingMode;

/**
 * The cluster meeting (hội nghị cụm thi đua) that nominates by secret ballot the leading unit for the flag and one or
 * two for Bằng khen. It is a session of the council's own machinery (attendance, quorum, sealed ballot box, paper
 * tallies, vote rules, results, minutes), held by a council that belongs to the cluster: one delegate per member
 * agency, the head's delegate in the chair, external agencies' delegates without accounts and so on paper. The
 * organiser's board convenes it, as it manages the council (its unit).
 */
@ApplicationScoped
public class ClusterMeeting {

    /** The titles a cluster meeting nominates for: the flag, and the province's Bằng khen. */
    static final Set<String> NOMINATIONS = Set.of("PROVINCE_FLAG", "PROVINCE_COMMENDATION");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    ClusterAccess access;
    @Inject
    ClusterRepository clusters;
    @Inject
    ClusterService clusterService;
    @Inject
    CouncilService councils;
    @Inject
    SessionService sessions;
    @Inject
    AgendaService agenda;

    /** Who represents a member agency at the meeting; no account for an external agency's delegate (paper only). */
    public record Delegate(UUID memberId, UUID accountId, String fullName, String position) {
    }

    /**
     * Convenes the year's meeting: the cluster's council (established on first use), each member of the year seated
     * by its delegate for the meeting's day, and a session voting on paper, as delegates without accounts must.
     */
    @Transactional
    public SessionResponses.Session convene(UUID clusterId, int year, String name, OffsetDateTime meetingAt,
            String place, List<Delegate> delegates) {
        EmulationCluster cluster = access.require(clusterId);
        access.requireOrganiserBoard(cluster);
        ClusterMember head = access.head(cluster, year)
                .orElseThrow(() -> ApiException.conflict("detail.cluster-no-head", year));
        List<ClusterMember> members = clusters.membersIn(cluster.id, year);
        Map<UUID, Delegate> byMember = new HashMap<>();
        for (Delegate delegate : delegates) {
            boolean member = members.stream().anyMatch(m -> m.id.equals(delegate.memberId()));
            if (!member || byMember.putIfAbsent(delegate.memberId(), delegate) != null) {
                throw ApiException.invalid("delegates", "ONE_PER_MEMBER", "field.cluster-meeting-delegates", year);
            }
        }
        if (byMember.size() != members.size()) {
            throw ApiException.invalid("delegates", "ONE_PER_MEMBER", "field.cluster-meeting-delegates", year);
        }
        UUID council = councils.clusterMeeting(cluster.id, cluster.organiserUnitId,
                "Hội nghị " + cluster.name);
        councils.seatDelegates(council, meetingAt.atZoneSameInstant(VIETNAM).toLocalDate(), members.stream()
                .map(m -> byMember.get(m.id))
                .map(d -> new CouncilService.Delegate(d.accountId(), d.fullName(), d.position(),
                        d.memberId().equals(head.id) ? CouncilRole.CHAIR : CouncilRole.MEMBER))
                .toList());
        SessionResponses.Session session = sessions.create(new SessionRequests.Create(council, null, year, name,
                meetingAt, place, SessionVotingMode.PAPER));
        clusterService.record("cluster.meeting-convened", "council-session", session.id(), cluster, null, session);
        return session;
    }

    /** Puts a member agency of the year on the meeting's agenda for the flag or the province's Bằng khen. */
    @Transactional
    public SessionResponses.Item nominate(UUID clusterId, int year, UUID sessionId, UUID memberId, String awardCode) {
        EmulationCluster cluster = access.require(clusterId);
        access.requireOrganiserBoard(cluster);
        if (!NOMINATIONS.contains(awardCode)) {
            throw ApiException.invalid("awardCode", "NOT_A_NOMINATION", "field.cluster-meeting-award", awardCode);
        }
        ClusterMember member = clusters.member(cluster.id, memberId).filter(m -> m.memberIn(year))
                .orElseThrow(() -> ApiException.notFound("kind.cluster-member"));
        SessionResponses.Session session = sessions.get(sessionId);
        if (session.year() != year || !councils.isMeetingOf(session.councilId(), cluster.id)) {
            throw ApiException.notFound("kind.council-session");
        }
        return agenda.addClusterCandidate(sessionId, member.id, member.unitId, member.name, awardCode);
    }
}
