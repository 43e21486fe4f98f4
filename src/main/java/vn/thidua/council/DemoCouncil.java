package vn.thidua.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.identity.ActingAccount;

/**
 * With {@code THIDUA_DEMO=true}, the school's Emulation–Commendation Council and its session of December 2022 on plan
 * 99-KH/TCT, once, walked through the same services a user's requests go through (as the school's board, acting with
 * its own token): nine members, one absent on a mission who votes in writing; every candidate the units submitted
 * put on the agenda in one call (members recused from their own cases); the titles that need a vote counted on paper
 * ballots whose tallies the secretary enters; the 15% cap on CSTĐCS of NĐ 91/2017 (the rule set of that year)
 * applied; the minutes' notes; and the session closed, so that its verdicts reach the evaluations and their
 * eligibility.
 * The founding decision and the tallies are illustrative, not from the seed document.
 */
@ApplicationScoped
public class DemoCouncil {

    private static final Logger LOG = Logger.getLogger(DemoCouncil.class);
    private static final OffsetDateTime MEETING = OffsetDateTime.of(2022, 12, 26, 8, 30, 0, 0, ZoneOffset.ofHours(7));
    private static final String BOARD = "tct.board";
    /** Members by account, with their role in the council, in the order of the founding decision. */
    private static final List<Map.Entry<String, CouncilRole>> MEMBERS = List.of(
            Map.entry("tct.leader", CouncilRole.CHAIR), Map.entry("tct.council.pht1", CouncilRole.VICE_CHAIR),
            Map.entry("tct.council.pht2", CouncilRole.VICE_CHAIR), Map.entry("tct.council.tchc", CouncilRole.MEMBER),
            Map.entry("tct.council.qldt", CouncilRole.MEMBER), Map.entry("tct.unithead", CouncilRole.MEMBER),
            Map.entry("tct.council", CouncilRole.MEMBER), Map.entry("tct.council.kxdd", CouncilRole.MEMBER),
            Map.entry("tct.board", CouncilRole.SECRETARY));
    /** On a mission that day (tct.council.kxdd); votes in writing, as the rule set allows. */
    private static final String ABSENT = "Vũ Đình Khánh";

    @Inject
    ThiduaConfig config;
    @Inject
    EntityManager em;
    @Inject
    ActingAccount acting;
    @Inject
    CouncilService councils;
    @Inject
    SessionService sessions;
    @Inject
    AgendaService agenda;
    @Inject
    SessionRepository repository;

    /** After the demo evaluations (DemoEvaluations observes at APPLICATION + 900). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (config.demo()) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(7401008)").getSingleResult();
        List<?> school = em.createNativeQuery("SELECT id FROM org_unit WHERE code = 'TCT'").getResultList();
        List<?> plan = em.createNativeQuery("SELECT p.id FROM plan p JOIN org_unit u ON u.id = p.issuing_unit_id "
                + "WHERE p.number = '99-KH/TCT' AND u.code = 'TCT'").getResultList();
        if (school.isEmpty() || plan.isEmpty()
                || !em.createNativeQuery("SELECT 1 FROM council WHERE unit_id = ?1").setParameter(1, school.get(0))
                        .getResultList().isEmpty()) {
            return;
        }
        UUID schoolId = (UUID) school.get(0);
        UUID planId = (UUID) plan.get(0);
        UUID councilId = acting.call("tct.admin", () -> establish(schoolId));
        acting.call(BOARD, () -> holdSession(councilId, schoolId, planId));
    }

    private UUID establish(UUID schoolId) {
        UUID councilId = councils.create(new CouncilRequests.Create(schoolId,
                "Hội đồng Thi đua - Khen thưởng Trường Chính trị tỉnh Lai Châu",
                "Quyết định số 05/QĐ-TCT ngày 10/01/2022 của Hiệu trưởng Trường Chính trị tỉnh Lai Châu")).id();
        for (Map.Entry<String, CouncilRole> member : MEMBERS) {
            UUID account = (UUID) em.createNativeQuery("SELECT id FROM account WHERE username = ?1")
                    .setParameter(1, member.getKey()).getSingleResult();
            councils.addMember(councilId, new CouncilRequests.AddMember(account, member.getValue(), null, null,
                    LocalDate.of(2022, 1, 10), null));
        }
        return councilId;
    }

    private Void holdSession(UUID councilId, UUID schoolId, UUID planId) {
        UUID id = sessions.create(new SessionRequests.Create(councilId, planId, null,
                "Phiên họp xét danh hiệu thi đua năm 2022", MEETING,
                "Phòng họp tầng 2, Trường Chính trị tỉnh Lai Châu", SessionVotingMode.PAPER)).id();
        agenda.addFromUnit(id, new SessionRequests.AddFromUnit(schoolId, true, null));
        List<SessionRequests.MemberAttendance> attendance = new ArrayList<>();
        for (SessionResponses.Member member : sessions.members(id)) {
            boolean absent = member.fullName().equals(ABSENT);
            attendance.add(new SessionRequests.MemberAttendance(member.memberId(),
                    absent ? SessionAttendance.ABSENT : SessionAttendance.PRESENT, absent ? "Đi công tác" : null));
        }
        sessions.recordAttendance(id, "*", new SessionRequests.Attendance(attendance));
        sessions.writeNotes(id, "*", new SessionRequests.Notes(
                "Đồng chí Chủ tịch Hội đồng khai mạc, nêu mục đích, yêu cầu của phiên họp; Thường trực Hội đồng báo cáo "
                        + "kết quả bình xét của các đơn vị.",
                "Các thành viên nhất trí với đề nghị của các đơn vị; có ý kiến đề nghị ưu tiên cá nhân có sáng kiến "
                        + "được công nhận.",
                null, MEETING.plusHours(2).plusMinutes(30)));
        sessions.openVoting(id, "*");
        tally(id);
        sessions.closeVoting(id, "*");
        sessions.close(id, "*");
        LOG.infof("Held the demo council session of plan 99-KH/TCT: %d items", repository.items(id).size());
        return null;
    }

    /**
     * The secretary's tallies of the paper ballots: a ballot issued to every member who may vote, and every one
     * approves, the absent one in writing (the demo's candidates for a voted title are few and uncontested; the tests
     * try the contested cases).
     */
    private void tally(UUID id) {
        for (AgendaItem item : repository.items(id)) {
            if (item.votingMode != AgendaVotingMode.PAPER) {
                continue;
            }
            Turnout turnout = ResultsService.turnout(repository.members(id), repository.recusals(id).stream()
                    .filter(r -> r.itemId().equals(item.id)).toList());
            int written = turnout.absentVoters();
            agenda.enterTally(id, item.id, "*", new SessionRequests.TallyInput(turnout.presentVoters() + written, 0, 0,
                    0, written, turnout.presentVoters() + written));
        }
    }
}
