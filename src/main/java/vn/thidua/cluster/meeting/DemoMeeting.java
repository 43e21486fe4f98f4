package vn.thidua.cluster.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.cluster.ClusterResponses;
import vn.thidua.cluster.ClusterService;
import vn.thidua.cluster.DemoClusters;
import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.council.AgendaService;
import vn.thidua.council.MeetingSeats;
import vn.thidua.council.SessionAttendance;
import vn.thidua.council.SessionRequests;
import vn.thidua.council.SessionService;
import vn.thidua.council.SessionVotingMode;
import vn.thidua.identity.ActingAccount;

/**
 * The demo cluster's 2022 meeting (16/12/2022, at the head school, TCT), as its board ran it: each school's head as
 * its delegate, on paper; Lai Châu put up for the flag (6 of 6), Lào Cai and Lạng Sơn (tied second in the ranking) for
 * the Bằng khen (5 and 4 of 6); the session closed and the proposal to the province drafted.
 */
@ApplicationScoped
public class DemoMeeting {

    private static final Logger LOG = Logger.getLogger(DemoMeeting.class);
    private static final int YEAR = 2022;
    private static final String HEAD = "tct.board";
    /** Put to the vote in this order: the flag's nominee first, then the Bằng khen's. */
    private static final List<String> NOMINEES = List.of("Trường Chính trị tỉnh Lai Châu",
            "Trường Chính trị tỉnh Lào Cai", "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn");
    private static final Map<String, int[]> VOTES = Map.of(
            "Trường Chính trị tỉnh Lai Châu", new int[] {6, 0},
            "Trường Chính trị tỉnh Lào Cai", new int[] {5, 1},
            "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn", new int[] {4, 2});

    @Inject
    ThiduaConfig config;
    @Inject
    EntityManager em;
    @Inject
    ActingAccount acting;
    @Inject
    ClusterService clusters;
    @Inject
    ClusterMeetingService meetings;
    @Inject
    SessionService sessions;
    @Inject
    AgendaService agenda;

    /** After the demo clusters (DemoClusters observes at APPLICATION + 1200). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1300) StartupEvent event) {
        if (config.demo()) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7401014)").getSingleResult();
        List<?> cluster = em.createNativeQuery("SELECT id FROM cluster WHERE name = ?1")
                .setParameter(1, DemoClusters.CLUSTER_NAME).getResultList();
        if (cluster.isEmpty() || !em.createNativeQuery(
                "SELECT 1 FROM council WHERE cluster_id = ?1 AND cluster_year = ?2").setParameter(1, cluster.get(0))
                .setParameter(2, YEAR).getResultList().isEmpty()) {
            return;
        }
        UUID id = (UUID) cluster.get(0);
        acting.call(HEAD, () -> hold(id));
        LOG.infof("Loaded the demo cluster meeting of %d and its proposal", YEAR);
    }

    private Void hold(UUID cluster) {
        List<ClusterResponses.Member> members = clusters.members(cluster, YEAR);
        MeetingResponses.Meeting meeting = meetings.convene(cluster, YEAR, new MeetingRequests.Convene(null,
                OffsetDateTime.parse("2022-12-16T08:00:00+07:00"), "Hội trường Trường Chính trị tỉnh Lai Châu",
                SessionVotingMode.PAPER, members.stream().map(m -> new MeetingRequests.Delegate(m.id(), null,
                        DemoClusters.SIGNERS.getOrDefault(m.name(), "Đại biểu " + m.name()), "Hiệu trưởng")).toList()));
        UUID session = meeting.sessionId();
        for (String school : NOMINEES) {
            UUID member = members.stream().filter(m -> m.name().equals(school)).findFirst().orElseThrow().id();
            meetings.nominate(cluster, YEAR, new MeetingRequests.Nominate(member,
                    school.equals(NOMINEES.get(0)) ? MeetingSeats.FLAG : MeetingSeats.COMMENDATION));
        }
        sessions.recordAttendance(session, "*", new SessionRequests.Attendance(sessions.members(session).stream()
                .map(m -> new SessionRequests.MemberAttendance(m.memberId(), SessionAttendance.PRESENT, null))
                .toList()));
        sessions.openVoting(session, "*");
        for (MeetingResponses.Candidate candidate : meetings.get(cluster, YEAR).candidates()) {
            int[] votes = VOTES.get(candidate.memberName());
            agenda.enterTally(session, candidate.agendaItemId(), "*",
                    new SessionRequests.TallyInput(votes[0], votes[1], 0, 0, 0, null));
        }
        sessions.closeVoting(session, "*");
        sessions.close(session, "*");
        meetings.propose(cluster, YEAR);
        return null;
    }
}
