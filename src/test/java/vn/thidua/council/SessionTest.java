package vn.thidua.council;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures.Voter;
import vn.thidua.testsupport.TestOrg;

/**
 * A session's life through the API: who sits on it, the refusals before voting opens, recusals recorded and enforced,
 * what is closed stays closed (for the API and for the database), and who may do what.
 */
@QuarkusTest
class SessionTest {

    static final String GRASSROOTS = "GRASSROOTS_EMULATION_FIGHTER";
    static final String BASE = "/api/v1/council-sessions/";

    @Test
    void theMeetingDayDecidesWhoSitsOnTheSession() {
        CouncilFixtures f = new CouncilFixtures();
        Voter chair = f.member(CouncilRole.CHAIR, "Hoàng Văn Chủ", f.department, null, Roles.COUNCIL);
        Voter leaving = f.member(CouncilRole.MEMBER, "Bùi Thị Đi", f.department, null, LocalDate.of(2000, 1, 1),
                LocalDate.of(2024, 6, 30), Roles.COUNCIL);
        Voter joining = f.member(CouncilRole.MEMBER, "Bùi Văn Đến", f.department, null, LocalDate.of(2024, 7, 1),
                null, Roles.COUNCIL);
        String session = f.session2024();
        f.board().get(BASE + session + "/members").then().statusCode(200).body("memberId", contains(
                chair.memberId().toString(), joining.memberId().toString()))
                .body("attendance", contains("UNRECORDED", "UNRECORDED"));
        f.attendance(session, List.of(chair), List.of());
        f.board().header("If-Match", f.etag(session)).body(Map.of("meetingAt", "2024-05-10T01:00:00Z"))
                .patch(BASE + session).then().statusCode(200).body("memberCount", equalTo(2))
                .body("presentCount", equalTo(1));
        f.board().get(BASE + session + "/members").then().body("memberId", contains(chair.memberId().toString(),
                leaving.memberId().toString())).body("attendance", contains("PRESENT", "UNRECORDED"));

        // nobody in office that day, or no chair: no session
        assertProblem(f.board().body(Map.of("councilId", f.council, "year", 1999, "name", "Phiên họp",
                "meetingAt", "1999-12-20T01:00:00Z")).post("/api/v1/council-sessions").then(), 409, "CONFLICT");
        assertProblem(f.board().body(Map.of("councilId", f.council, "name", "Phiên họp",
                "meetingAt", "2024-12-20T01:00:00Z")).post("/api/v1/council-sessions").then(), 400,
                "VALIDATION_FAILED").body("errors[0].field", equalTo("year"));
    }

    @Test
    void votingOpensOnlyOnAPreparedAgenda() {
        CouncilFixtures f = new CouncilFixtures();
        List<Voter> members = f.members(3);
        String session = f.session2024();
        assertProblem(f.act(session, "open-voting"), 409, "CONFLICT");
        String item = f.item(session, f.evaluation(f.person("Đỗ Văn An"), "Đỗ Văn An", GRASSROOTS), GRASSROOTS, null);
        f.attendance(session, members.subList(0, 2), List.of());
        assertProblem(f.act(session, "open-voting"), 409, "CONFLICT")
                .body("detail", containsString(members.get(2).fullName()));
        f.attendance(session, List.of(), members.subList(2, 3));
        f.board().header("If-Match", f.itemEtag(session, item)).body(Map.of("votingMode", "NONE"))
                .patch(BASE + session + "/agenda/" + item).then().statusCode(200);
        assertProblem(f.act(session, "open-voting"), 409, "CONFLICT").body("detail", containsString("Đỗ Văn An"));
        f.board().header("If-Match", f.itemEtag(session, item)).body(Map.of("votingMode", "BALLOT"))
                .patch(BASE + session + "/agenda/" + item).then().statusCode(200);
        f.act(session, "open-voting").statusCode(200);
        // the agenda and attendance are fixed from now on
        assertProblem(f.board().header("If-Match", f.itemEtag(session, item)).body(Map.of("votingMode", "PAPER"))
                .patch(BASE + session + "/agenda/" + item).then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", f.etag(session)).body(Map.of("members", List.of(Map.of(
                "memberId", members.get(2).memberId(), "attendance", "PRESENT"))))
                .put(BASE + session + "/attendance").then(), 409, "CONFLICT");
    }

    @Test
    void theCandidateAndTheHeadOfACandidateUnitAreRecusedAndTheBaseShrinks() {
        CouncilFixtures f = new CouncilFixtures();
        List<Voter> members = f.members(8);
        UUID personal = f.person("Phạm Thị Thành Viên");
        Voter candidate = f.member(CouncilRole.MEMBER, "Phạm Thị Thành Viên", f.department, personal,
                Roles.COUNCIL);
        Voter head = f.member(CouncilRole.VICE_CHAIR, "Trưởng phòng Giáo dục", f.department, null, Roles.COUNCIL,
                Roles.UNIT_HEAD);
        String session = f.session2024();
        String own = f.item(session, f.evaluation(personal, "Phạm Thị Thành Viên", GRASSROOTS), GRASSROOTS, null);
        String unit = f.item(session, f.unitEvaluation(f.department, "Phòng Giáo dục Trung học",
                "EXCELLENT_COLLECTIVE"), "EXCELLENT_COLLECTIVE", null);
        f.board().get(BASE + session + "/agenda").then().statusCode(200)
                .body("items[0].recusals", hasSize(1))
                .body("items[0].recusals[0].memberId", equalTo(candidate.memberId().toString()))
                .body("items[0].recusals[0].reason", equalTo("CANDIDATE"))
                .body("items[1].recusals[0].memberId", equalTo(head.memberId().toString()))
                .body("items[1].recusals[0].reason", equalTo("HEAD_OF_CANDIDATE_UNIT"));
        List<Voter> everyone = new java.util.ArrayList<>(members);
        everyone.add(candidate);
        everyone.add(head);
        f.attendance(session, everyone, List.of());
        f.act(session, "open-voting").statusCode(200);
        assertProblem(candidate.as().body(Map.of("ballots", List.of(Map.of("itemId", own, "choice", "APPROVE"))))
                .post(BASE + session + "/ballots").then(), 409, "CONFLICT");
        assertProblem(head.as().body(Map.of("ballots", List.of(Map.of("itemId", unit, "choice", "APPROVE"))))
                .post(BASE + session + "/ballots").then(), 409, "CONFLICT");
        candidate.as().get(BASE + session + "/ballots/mine").then().body("[0].status", equalTo("RECUSED"))
                .body("[1].status", equalTo("NOT_VOTED"));
        // 8 approvals of 9 members who may vote: 88.9% ≥ 80%, where 8 of all 10 would only just reach it
        members.forEach(m -> CouncilFixtures.vote(m, session, own, "APPROVE"));
        CouncilFixtures.vote(head, session, own, "REJECT");
        members.forEach(m -> CouncilFixtures.vote(m, session, unit, m == members.get(0) ? "REJECT" : "APPROVE"));
        CouncilFixtures.vote(candidate, session, unit, "REJECT");
        f.act(session, "close-voting").statusCode(200);
        Map<String, Map<String, Object>> results = f.results(session);
        QuorumTest.assertResult(results.get(own), "PASSED", "THRESHOLD_REACHED", 8, 9, 8);
        // EXCELLENT_COLLECTIVE: more than half of the 9 who may vote
        QuorumTest.assertResult(results.get(unit), "PASSED", "THRESHOLD_REACHED", 7, 9, 5);
    }

    @Test
    void aClosedSessionNeverChangesAgain() {
        CouncilFixtures f = new CouncilFixtures();
        List<Voter> members = f.members(3);
        String session = f.session2024();
        String item = f.item(session, f.evaluation(f.person("Mai Văn Cuối"), "Mai Văn Cuối", GRASSROOTS),
                GRASSROOTS, null);
        f.attendance(session, members, List.of());
        f.act(session, "open-voting").statusCode(200);
        String receipt = CouncilFixtures.vote(members.get(0), session, item, "APPROVE");
        f.act(session, "close-voting").statusCode(200);
        f.act(session, "close").statusCode(200).body("status", equalTo("CLOSED"));
        f.board().get(BASE + session + "/minutes").then().statusCode(200).body("final", equalTo(true));

        String etag = f.etag(session);
        String itemEtag = f.itemEtag(session, item);
        for (String action : List.of("open-voting", "close-voting", "close")) {
            assertProblem(f.board().header("If-Match", etag).post(BASE + session + ":" + action).then(), 409,
                    "CONFLICT");
        }
        assertProblem(f.board().header("If-Match", etag).body(Map.of("reason", "Làm lại"))
                .post(BASE + session + ":cancel").then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", etag).body(Map.of("name", "Đổi tên")).patch(BASE + session)
                .then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", etag).body(Map.of("conclusion", "Sửa kết luận"))
                .put(BASE + session + "/notes").then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", etag).body(Map.of("members", List.of(Map.of("memberId",
                members.get(0).memberId(), "attendance", "ABSENT")))).put(BASE + session + "/attendance").then(),
                409, "CONFLICT");
        assertProblem(f.board().body(Map.of("evaluationId", f.evaluation(f.person("Mai Thị Mới"), "Mai Thị Mới",
                GRASSROOTS), "awardCode", GRASSROOTS)).post(BASE + session + "/agenda").then(), 409, "CONFLICT");
        assertProblem(f.board().body(Map.of("unitId", f.department)).post(BASE + session + "/agenda:add-from-unit")
                .then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", itemEtag).body(Map.of("votingMode", "PAPER"))
                .patch(BASE + session + "/agenda/" + item).then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", itemEtag).delete(BASE + session + "/agenda/" + item).then(), 409,
                "CONFLICT");
        assertProblem(f.board().header("If-Match", itemEtag).body(Map.of("approve", 1, "reject", 0, "abstain", 0,
                "spoilt", 0, "written", 0)).put(BASE + session + "/agenda/" + item + "/tally").then(), 409,
                "CONFLICT");
        assertProblem(f.board().header("If-Match", etag).body(Map.of("awardCode", GRASSROOTS, "admitted",
                List.of(item), "reason", "Chọn")).post(BASE + session + "/quota-ties:settle").then(), 409, "CONFLICT");
        assertProblem(members.get(1).as().body(Map.of("ballots", List.of(Map.of("itemId", item, "choice",
                "APPROVE")))).post(BASE + session + "/ballots").then(), 409, "CONFLICT");
        assertProblem(members.get(0).as().body(Map.of("itemId", item, "receipt", receipt, "choice", "REJECT"))
                .post(BASE + session + "/ballots:change").then(), 409, "CONFLICT");
        members.get(0).as().body(Map.of("itemId", item, "receipt", receipt)).post(BASE + session + "/ballots:verify")
                .then().statusCode(200).body("counted", equalTo(true));

        // and whatever path writes to the database
        for (String sql : List.of("UPDATE council_agenda_item SET outcome = 'FAILED' WHERE id = ?1",
                "DELETE FROM council_ballot WHERE item_id = ?1",
                "UPDATE council_vote_cast SET written = true WHERE item_id = ?1")) {
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> CouncilFixtures.em()
                    .createNativeQuery(sql).setParameter(1, UUID.fromString(item)).executeUpdate()), sql);
        }
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> CouncilFixtures.em()
                .createNativeQuery("UPDATE council_session SET name = 'Sửa' WHERE id = ?1")
                .setParameter(1, UUID.fromString(session)).executeUpdate()));
    }

    @Test
    void whoMayDoWhat() {
        CouncilFixtures f = new CouncilFixtures();
        List<Voter> members = f.members(3);
        String session = f.session2024();
        String item = f.item(session, f.evaluation(f.person("Tạ Văn Quyền"), "Tạ Văn Quyền", GRASSROOTS),
                GRASSROOTS, null);
        f.attendance(session, members, List.of());
        f.act(session, "open-voting").statusCode(200);
        Map<String, Object> ballot = Map.of("ballots", List.of(Map.of("itemId", item, "choice", "APPROVE")));

        // council accounts that are not members of the session (a former member; none at all) see it, cannot vote
        Voter former = f.member(CouncilRole.MEMBER, "Người đã thôi", f.department, null, LocalDate.of(2000, 1, 1),
                LocalDate.of(2001, 1, 1), Roles.COUNCIL);
        former.as().get(BASE + session).then().statusCode(200);
        assertProblem(former.as().body(ballot).post(BASE + session + "/ballots").then(), 403, "FORBIDDEN");
        assertProblem(former.as().get(BASE + session + "/ballots/mine").then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(f.agency, Roles.COUNCIL).body(ballot).post(BASE + session + "/ballots").then(),
                403, "FORBIDDEN");
        // a member without role council does not vote either
        Voter noRole = f.member(CouncilRole.MEMBER, "Không biểu quyết", f.department, null, Roles.MEMBER);
        assertProblem(noRole.as().body(ballot).post(BASE + session + "/ballots").then(), 403, "FORBIDDEN");
        // another agency's board and council see nothing of it
        UUID elsewhere = TestOrg.agency("Sở Y tế");
        assertProblem(TestOrg.as(elsewhere, Roles.BOARD).get(BASE + session).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(elsewhere, Roles.BOARD).header("If-Match", f.etag(session))
                .post(BASE + session + ":close-voting").then(), 404, "NOT_FOUND");
        TestOrg.as(elsewhere, Roles.BOARD).get("/api/v1/council-sessions").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(session)));
        // a member whose home unit lies outside the agency still sees the council's sessions
        UUID away = TestOrg.agency("Ban Thi đua tỉnh");
        Voter distant = f.member(CouncilRole.MEMBER, "Thành viên ở xa", away, null, Roles.COUNCIL);
        distant.as().get(BASE + session).then().statusCode(200);
        distant.as().get("/api/v1/council-sessions").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(session));
        // the department's head reads, but only the board manages
        assertProblem(TestOrg.as(f.agency, Roles.UNIT_HEAD).header("If-Match", f.etag(session))
                .post(BASE + session + ":close-voting").then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(f.department, Roles.BOARD).header("If-Match", f.etag(session))
                .post(BASE + session + ":close-voting").then(), 404, "NOT_FOUND");
        // a board in the agency's scope, but not a voter
        assertProblem(f.board().body(ballot).post(BASE + session + "/ballots").then(), 403, "FORBIDDEN");
    }
}
