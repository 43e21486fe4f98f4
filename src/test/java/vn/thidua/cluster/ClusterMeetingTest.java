package vn.thidua.cluster;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;

/**
 * The cluster's meeting on the council's machinery: six member agencies (three units here, three external schools),
 * one delegate each; the head's board convenes it, puts nominees to the vote, runs the session with the council's
 * operations (attendance, paper tallies or secret ballots, closing), and proposes what it chose to the organiser.
 */
@QuarkusTest
class ClusterMeetingTest {

    private static final int YEAR = 2025;
    private static final String SESSIONS = MeetingSteps.SESSIONS;
    private static final String PROPOSALS = "/api/v1/proposals/";

    /** Six members: A (head), B, C and three external schools. */
    private static final class Meeting {
        final ClusterFixtures f = new ClusterFixtures(YEAR, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        final String dienBien = f.member(null, "Trường Chính trị tỉnh Điện Biên", YEAR);
        final String langSon = f.member(null, "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn", YEAR);
        final List<String> members = List.of(f.memberA, f.memberB, f.memberC, f.external, dienBien, langSon);
        final String path = ClusterFixtures.BASE + f.cluster + "/meetings/" + YEAR;
        final MeetingSteps steps = new MeetingSteps(this::head);

        RequestSpecification head() {
            return ClusterFixtures.board(f.schoolA);
        }

        Map<String, Object> convening(String mode, List<Map<String, Object>> delegates) {
            Map<String, Object> body = new HashMap<>();
            body.put("meetingAt", "2025-12-19T08:00:00+07:00");
            body.put("place", "Hội trường Trường Chính trị A");
            if (mode != null) {
                body.put("votingMode", mode);
            }
            body.put("delegates", delegates);
            return body;
        }

        List<Map<String, Object>> paperDelegates() {
            List<Map<String, Object>> delegates = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                delegates.add(Map.of("memberId", members.get(i), "fullName", "Đại biểu " + (i + 1), "position",
                        "Phó Hiệu trưởng"));
            }
            return delegates;
        }

        String nominate(String member, String award) {
            return head().body(Map.of("memberId", member, "awardCode", award)).post(path + "/candidates").then()
                    .statusCode(201).extract().path("agendaItemId");
        }
    }

    @Test
    void sixMembersOnPaperChooseTheFlagAndTwoBangKhenAndProposeThemToTheOrganiser() {
        Meeting m = new Meeting();
        String session = m.head().body(m.convening(null, m.paperDelegates())).post(m.path).then().statusCode(201)
                .header("Location", containsString("/clusters/" + m.f.cluster + "/meetings/" + YEAR))
                .body("votingMode", equalTo("PAPER")).body("status", equalTo("DRAFT"))
                .body("delegates", hasSize(6))
                .body("delegates.findAll { it.chair }.memberId", equalTo(List.of(m.f.memberA)))
                .body("delegates.findAll { it.paperOnly }", hasSize(6))
                .body("name", containsString("Hội nghị tổng kết công tác thi đua năm 2025"))
                .extract().path("sessionId");
        String flag = m.nominate(m.f.memberA, "PROVINCE_FLAG");
        String b = m.nominate(m.f.memberB, "PROVINCE_COMMENDATION");
        String c = m.nominate(m.f.memberC, "PROVINCE_COMMENDATION");
        String external = m.nominate(m.f.external, "PROVINCE_COMMENDATION");

        // the council's own view of it: a council of the cluster and year, of the head's agency
        m.head().get("/api/v1/councils/" + m.head().get(m.path).then().extract().path("councilId")).then()
                .statusCode(200).body("clusterId", equalTo(m.f.cluster)).body("clusterYear", equalTo(YEAR))
                .body("unitId", equalTo(m.f.schoolA.toString()));
        String council = m.head().get(m.path).then().extract().path("councilId");
        assertProblem(m.head().body(Map.of("accountId", account(m.f.schoolA)[0], "role", "MEMBER", "validFrom",
                "2025-12-19")).post("/api/v1/councils/" + council + "/members").then(), 409, "CONFLICT");
        assertProblem(m.head().body(Map.of("councilId", council, "year", YEAR, "name", "Phiên khác", "meetingAt",
                "2025-12-20T08:00:00+07:00"))
                .post("/api/v1/council-sessions").then(), 409, "CONFLICT");
        m.head().get(SESSIONS + session + "/agenda/" + flag).then().statusCode(200)
                .body("clusterMemberId", equalTo(m.f.memberA)).body("evaluationId", nullValue())
                .body("votingMode", equalTo("PAPER")).body("recusals", hasSize(0));

        m.steps.allPresent(session);
        m.steps.act(session, "open-voting");
        m.steps.tally(session, flag, 5, 1);
        m.steps.tally(session, b, 6, 0);
        m.steps.tally(session, c, 4, 2);
        m.steps.tally(session, external, 3, 3);
        assertProblem(m.head().post(m.path + ":propose").then(), 409, "CONFLICT");
        m.head().get(m.path).then().statusCode(200)
                .body("candidates.outcome", equalTo(java.util.Arrays.asList(null, null, null, null)))
                .body("flagMemberId", nullValue());
        m.steps.act(session, "close-voting");
        m.steps.act(session, "close");

        // a member agency sees the result; the ballot counted on all six delegates
        TestOrg.as(m.f.schoolB, Roles.UNIT_HEAD).get(m.path).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("candidates.outcome", equalTo(List.of("PASSED", "PASSED", "PASSED", "FAILED")))
                .body("candidates.approve", equalTo(List.of(5, 6, 4, 3)))
                .body("candidates.base", equalTo(List.of(6, 6, 6, 6)))
                .body("flagMemberId", equalTo(m.f.memberA))
                .body("commendationMemberIds", equalTo(List.of(m.f.memberB, m.f.memberC)))
                .body("candidates.standing", equalTo(java.util.Arrays.asList("WITHIN", "WITHIN", "WITHIN", null)))
                .body("candidates.chosen", equalTo(List.of(true, true, true, false)))
                .body("proposalId", nullValue());
        assertProblem(ClusterFixtures.board(m.f.outsider).get(m.path).then(), 404, "NOT_FOUND");

        String proposal = m.head().post(m.path + ":propose").then().statusCode(201)
                .header("Location", containsString("/proposals/")).header("ETag", notNullValue())
                .body("unitId", equalTo(m.f.schoolA.toString()))
                .body("toUnitId", equalTo(m.f.province.toString()))
                .body("councilSessionId", equalTo(session)).body("status", equalTo("DRAFT"))
                .body("nomineeCount", equalTo(3))
                .body("title", containsString("Cờ thi đua và Bằng khen năm 2025"))
                .extract().path("id");
        m.head().get(PROPOSALS + proposal + "/nominees").then().statusCode(200)
                .body("awardCode", equalTo(List.of("PROVINCE_FLAG", "PROVINCE_COMMENDATION",
                        "PROVINCE_COMMENDATION")))
                .body("clusterMemberId", equalTo(List.of(m.f.memberA, m.f.memberB, m.f.memberC)))
                .body("unitId", equalTo(List.of(m.f.schoolA.toString(), m.f.schoolB.toString(),
                        m.f.schoolC.toString())))
                .body("agendaItemId", equalTo(List.of(flag, b, c)))
                .body("[0].citation", containsString("Đơn vị dẫn đầu"));
        m.head().get(m.path).then().body("proposalId", equalTo(proposal));
        TestOrg.as(m.f.schoolC, Roles.LEADER).get(ClusterFixtures.BASE + m.f.cluster + "/meetings").then()
                .statusCode(200).body("year", equalTo(List.of(YEAR))).body("[0].status", equalTo("CLOSED"))
                .body("[0].nomineeCount", equalTo(4)).body("[0].flagMemberId", equalTo(m.f.memberA))
                .body("[0].commendationMemberIds", equalTo(List.of(m.f.memberB, m.f.memberC)))
                .body("[0].proposalId", equalTo(proposal));
        assertProblem(ClusterFixtures.board(m.f.outsider).get(ClusterFixtures.BASE + m.f.cluster + "/meetings")
                .then(), 404, "NOT_FOUND");
        m.f.organiser().get(PROPOSALS + proposal).then().statusCode(200);
        assertProblem(m.head().post(m.path + ":propose").then(), 409, "CONFLICT");
        // the minutes of the meeting, as the dossier needs them, in the meeting's words
        String minutes = m.head().accept("text/plain").get(SESSIONS + session + "/minutes:download").then()
                .statusCode(200).extract().asString();
        for (String line : List.of("Hội nghị tổng kết công tác thi đua năm 2025",
                "1. Chủ trì: Đại biểu 1, Phó Hiệu trưởng Trường Chính trị A", ", chủ trì Hội nghị.",
                "3. Số đại biểu có mặt: 6/6.", "   - Đại biểu 4, Phó Hiệu trưởng Trường Chính trị tỉnh Lào Cai.",
                "Hội nghị bình xét, suy tôn bằng bỏ phiếu kín đơn vị dẫn đầu đề nghị tặng Cờ thi đua",
                "(không tính đại biểu không tham gia biểu quyết)", "Số lượng được suy tôn:",
                "- Bằng khen của Chủ tịch UBND tỉnh, Bộ trưởng: tối đa 2; được suy tôn: 2.",
                "Hội nghị thống nhất kết quả biểu quyết:", "CHỦ TRÌ HỘI NGHỊ")) {
            org.junit.jupiter.api.Assertions.assertTrue(minutes.contains(line), line + "\n" + minutes);
        }
        org.junit.jupiter.api.Assertions.assertFalse(minutes.contains("Hội đồng"), minutes);
        m.head().accept("*/*").get(SESSIONS + session + "/minutes/document").then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void anExternalHeadsYearIsRunByTheOrganiserAndADecisionForExternalsOnlyIsRecorded() {
        Meeting m = new Meeting();
        m.f.appoint(YEAR, m.f.external, m.f.memberA).statusCode(200);
        assertProblem(m.head().body(m.convening(null, m.paperDelegates())).post(m.path).then(), 403, "FORBIDDEN");
        String session = m.f.organiser().body(m.convening(null, m.paperDelegates())).post(m.path).then()
                .statusCode(201).body("delegates.findAll { it.chair }.memberId", equalTo(List.of(m.f.external)))
                .extract().path("sessionId");
        String flag = m.f.organiser().body(Map.of("memberId", m.f.external, "awardCode", "PROVINCE_FLAG"))
                .post(m.path + "/candidates").then().statusCode(201).extract().path("agendaItemId");
        new MeetingSteps(m.f::organiser).vote(session, Map.of(flag, new int[] {6, 0}));

        String proposal = m.f.organiser().post(m.path + ":propose").then().statusCode(201)
                .body("unitId", equalTo(m.f.province.toString())).extract().path("id");
        String nominee = m.f.organiser().get(PROPOSALS + proposal + "/nominees").then().statusCode(200)
                .body("unitId", equalTo(java.util.Arrays.asList((Object) null)))
                .body("subjectName", equalTo(List.of("Trường Chính trị tỉnh Lào Cai")))
                .extract().path("[0].id");
        for (String kind : List.of("LIST", "MINUTES")) {
            m.f.organiser().body(Map.of("kind", kind, "title", kind, "url", "https://laichau.gov.vn/files/a.pdf"))
                    .post(PROPOSALS + proposal + "/dossier").then().statusCode(201);
        }
        m.f.organiser().body(Map.of("kind", "ACHIEVEMENT_REPORT", "title", "Báo cáo thành tích", "url",
                "https://laichau.gov.vn/files/b.pdf", "nomineeId", nominee))
                .post(PROPOSALS + proposal + "/dossier").then().statusCode(201);
        proposalAct(m, proposal, "send", Map.of("number", "12/TTr-CTT", "sentOn", "2025-12-22", "signerName",
                "Nguyễn Văn An", "signerPosition", "Hiệu trưởng"));
        proposalAct(m, proposal, "receive", null);
        proposalAct(m, proposal, "record-decision", Map.of("number", TestOrg.uniqueCode("QĐ") + "/QĐ-UBND",
                "decisionDate", "2026-01-15", "authorityUnitId", m.f.province.toString(),
                "authorityName", "Ủy ban nhân dân tỉnh", "authorityLevel", "PROVINCE", "signerName", "Lê Văn Lương",
                "signerPosition", "Chủ tịch", "title", "Quyết định tặng Cờ thi đua năm 2025",
                "awarded", List.of(Map.of("nomineeId", nominee))));
        String decision = m.f.organiser().get(PROPOSALS + proposal).then().statusCode(200)
                .body("status", equalTo("DECIDED")).extract().path("decisionId");
        m.f.organiser().get(PROPOSALS + proposal + "/nominees").then().body("outcome", equalTo(List.of("AWARDED")));
        // the decision kept here names no agency of this installation: no line, no certificate, its text still prints
        m.f.organiser().get("/api/v1/decisions/" + decision).then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("awardCode", equalTo("PROVINCE_FLAG"));
        m.f.organiser().get("/api/v1/decisions/" + decision + "/awardees").then().statusCode(200)
                .body("total", equalTo(0));
        assertProblem(m.f.organiser().accept("*/*").get("/api/v1/decisions/" + decision + "/certificates").then(),
                409, "CONFLICT");
        m.f.organiser().accept("*/*").get("/api/v1/decisions/" + decision + "/document").then().statusCode(200);
    }

    @Test
    void delegatesVoteBySecretBallotWhenEachHasAnAccountOfItsAgency() {
        ClusterFixtures f = new ClusterFixtures(YEAR, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        f.cluster = f.createCluster("EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        String a = f.member(f.schoolA, null, YEAR);
        String b = f.member(f.schoolB, null, YEAR);
        String c = f.member(f.schoolC, null, YEAR);
        f.appoint(YEAR, a, b).statusCode(200);
        String path = ClusterFixtures.BASE + f.cluster + "/meetings/" + YEAR;
        Map<String, String[]> accounts = new HashMap<>();
        List<Map<String, Object>> delegates = new ArrayList<>();
        for (Object[] member : new Object[][] {{a, f.schoolA}, {b, f.schoolB}, {c, f.schoolC}}) {
            String[] account = account((UUID) member[1]);
            accounts.put((String) member[0], account);
            delegates.add(Map.of("memberId", member[0], "accountId", account[0], "fullName", "Đại biểu " + account[1]));
        }
        java.util.function.Supplier<RequestSpecification> head = () -> ClusterFixtures.board(f.schoolA);
        Map<String, Object> body = new HashMap<>(Map.of("meetingAt", "2025-12-19T08:00:00+07:00", "votingMode",
                "BALLOT", "delegates", delegates));
        String session = head.get().body(body).post(path).then().statusCode(201)
                .body("votingMode", equalTo("BALLOT")).body("delegates.findAll { it.paperOnly }", hasSize(0))
                .extract().path("sessionId");
        String flag = head.get().body(Map.of("memberId", a, "awardCode", "PROVINCE_FLAG")).post(path + "/candidates")
                .then().statusCode(201).extract().path("agendaItemId");
        MeetingSteps steps = new MeetingSteps(head);
        steps.allPresent(session);
        steps.act(session, "open-voting");
        for (String member : List.of(a, b, c)) {
            String token = TestAccounts.login(accounts.get(member)[1], TestAccounts.PASSWORD);
            io.restassured.RestAssured.given().contentType("application/json").auth().oauth2(token)
                    .body(Map.of("ballots", List.of(Map.of("itemId", flag, "choice", "APPROVE"))))
                    .post(SESSIONS + session + "/ballots").then().statusCode(201)
                    .body("ballots[0].receipt", notNullValue());
        }
        steps.act(session, "close-voting");
        steps.act(session, "close");
        head.get().get(path).then().statusCode(200).body("candidates[0].approve", equalTo(3))
                .body("candidates[0].outcome", equalTo("PASSED")).body("flagMemberId", equalTo(a));
    }

    @Test
    void convenedOnlyByTheHeadsBoardWithOneDelegatePerMemberOnce() {
        Meeting m = new Meeting();
        assertProblem(ClusterFixtures.board(m.f.schoolB).body(m.convening(null, m.paperDelegates())).post(m.path)
                .then(), 403, "FORBIDDEN");
        assertProblem(ClusterFixtures.board(m.f.outsider).body(m.convening(null, m.paperDelegates())).post(m.path)
                .then(), 404, "NOT_FOUND");
        List<Map<String, Object>> missing = new ArrayList<>(m.paperDelegates());
        missing.remove(5);
        assertProblem(m.head().body(m.convening(null, missing)).post(m.path).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", equalTo(List.of("delegates")))
                .body("errors[0].message", containsString("Hoàng Văn Thụ"));
        List<Map<String, Object>> twice = new ArrayList<>(m.paperDelegates());
        twice.set(5, twice.get(0));
        assertProblem(m.head().body(m.convening(null, twice)).post(m.path).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", equalTo(List.of("delegates[5].memberId", "delegates")));
        List<Map<String, Object>> foreign = new ArrayList<>(m.paperDelegates());
        foreign.set(1, Map.of("memberId", m.f.memberB, "fullName", "Người ngoài", "accountId",
                account(m.f.outsider)[0]));
        assertProblem(m.head().body(m.convening(null, foreign)).post(m.path).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", equalTo(List.of("delegates[1].accountId")));
        assertProblem(m.head().body(m.convening("BALLOT", m.paperDelegates())).post(m.path).then(), 400,
                "VALIDATION_FAILED").body("errors", hasSize(6));
        assertProblem(m.head().get(m.path).then(), 404, "NOT_FOUND");

        m.head().body(m.convening(null, m.paperDelegates())).post(m.path).then().statusCode(201);
        assertProblem(m.head().body(m.convening(null, m.paperDelegates())).post(m.path).then(), 409, "CONFLICT");
        assertProblem(m.head().body(Map.of("memberId", m.f.memberB, "awardCode", "GRASSROOTS_EMULATION_FIGHTER"))
                .post(m.path + "/candidates").then(), 400, "VALIDATION_FAILED");
        assertProblem(m.head().body(Map.of("memberId", UUID.randomUUID(), "awardCode", "PROVINCE_FLAG"))
                .post(m.path + "/candidates").then(), 400, "VALIDATION_FAILED");
        m.nominate(m.f.memberB, "PROVINCE_FLAG");
        assertProblem(m.head().body(Map.of("memberId", m.f.memberB, "awardCode", "PROVINCE_FLAG"))
                .post(m.path + "/candidates").then(), 409, "CONFLICT");
        assertProblem(m.head().body(Map.of("memberId", m.f.memberB, "awardCode", "PROVINCE_COMMENDATION"))
                .post(m.path + "/candidates").then(), 409, "CONFLICT").body("detail", containsString("một hình thức"));
        assertProblem(ClusterFixtures.board(m.f.schoolB).body(Map.of("memberId", m.f.memberC, "awardCode",
                "PROVINCE_FLAG")).post(m.path + "/candidates").then(), 403, "FORBIDDEN");
        assertProblem(m.head().post(m.path + ":propose").then(), 409, "CONFLICT");
    }

    @Test
    void equalVotesAtTheSecondBangKhenWaitForTheBoardToSettleThemFromTheSecondRound() {
        Meeting m = new Meeting();
        String session = m.head().body(m.convening(null, m.paperDelegates())).post(m.path).then().statusCode(201)
                .extract().path("sessionId");
        String b = m.nominate(m.f.memberB, "PROVINCE_COMMENDATION");
        String c = m.nominate(m.f.memberC, "PROVINCE_COMMENDATION");
        String external = m.nominate(m.f.external, "PROVINCE_COMMENDATION");
        m.steps.allPresent(session);
        m.steps.act(session, "open-voting");
        m.steps.tally(session, b, 5, 1);
        m.steps.tally(session, c, 4, 2);
        m.steps.tally(session, external, 4, 2);
        m.steps.act(session, "close-voting");
        m.head().get(m.path).then().statusCode(200)
                .body("candidates.standing", equalTo(List.of("WITHIN", "TIED", "TIED")))
                .body("candidates.chosen", equalTo(List.of(false, false, false)));
        assertProblem(m.head().header("If-Match", m.steps.etag(session)).post(SESSIONS + session + ":close").then(), 409,
                "CONFLICT");
        m.head().header("If-Match", m.steps.etag(session)).body(Map.of("awardCode", "PROVINCE_COMMENDATION", "admitted",
                List.of(external), "reason", "Hội nghị bỏ phiếu vòng hai: Trường Chính trị tỉnh Lào Cai 5/6 phiếu"))
                .post(SESSIONS + session + "/quota-ties:settle").then().statusCode(200);
        m.steps.act(session, "close");
        m.head().get(m.path).then().statusCode(200)
                .body("candidates.standing", equalTo(List.of("WITHIN", "OVER", "WITHIN")))
                .body("commendationMemberIds", equalTo(List.of(m.f.memberB, m.f.external)))
                .body("flagMemberId", nullValue());
        String proposal = m.head().post(m.path + ":propose").then().statusCode(201)
                .body("title", containsString("Tờ trình đề nghị tặng Bằng khen năm 2025")).extract().path("id");
        m.head().get(PROPOSALS + proposal + "/nominees").then()
                .body("clusterMemberId", equalTo(List.of(m.f.memberB, m.f.external)))
                .body("unitId", equalTo(java.util.Arrays.asList(m.f.schoolB.toString(), null)));
    }

    @Test
    void theDelegatesFollowTheMeetingToAnotherDayAndACancelledMeetingIsConvenedAgain() {
        Meeting m = new Meeting();
        String first = m.head().body(m.convening(null, m.paperDelegates())).post(m.path).then().statusCode(201)
                .extract().path("sessionId");
        m.head().header("If-Match", m.steps.etag(first)).body(Map.of("meetingAt", "2025-12-22T08:00:00+07:00"))
                .patch(SESSIONS + first).then().statusCode(200).body("memberCount", equalTo(6));
        m.head().get(m.path).then().body("delegates", hasSize(6));
        m.head().header("If-Match", m.steps.etag(first)).body(Map.of("reason", "Hoãn do thời tiết"))
                .post(SESSIONS + first + ":cancel").then().statusCode(200);

        List<Map<String, Object>> delegates = new ArrayList<>(m.paperDelegates());
        delegates.set(1, Map.of("memberId", m.f.memberB, "fullName", "Đại biểu thay thế"));
        Map<String, Object> body = m.convening(null, delegates);
        body.put("meetingAt", "2025-12-22T14:00:00+07:00");
        String second = m.head().body(body).post(m.path).then().statusCode(201)
                .body("delegates", hasSize(6)).body("delegates.fullName", hasItem("Đại biểu thay thế"))
                .extract().path("sessionId");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second);
        m.head().get(SESSIONS + second).then().body("memberCount", equalTo(6));
        m.head().get(SESSIONS + first + "/members").then().statusCode(200).body("$", hasSize(6))
                .body("fullName", org.hamcrest.Matchers.not(hasItem("Đại biểu thay thế")));
        assertProblem(m.head().body(body).post(m.path).then(), 409, "CONFLICT");
    }

    @Test
    void aMeetingWhereNothingPassedProposesNothing() {
        Meeting m = new Meeting();
        String session = m.head().body(m.convening(null, m.paperDelegates())).post(m.path).then().statusCode(201)
                .extract().path("sessionId");
        String flag = m.nominate(m.f.memberA, "PROVINCE_FLAG");
        m.steps.vote(session, Map.of(flag, new int[] {4, 2}));
        m.head().get(m.path).then().body("candidates[0].outcome", equalTo("FAILED")).body("flagMemberId", nullValue());
        assertProblem(m.head().post(m.path + ":propose").then(), 409, "CONFLICT")
                .body("detail", containsString("Không đơn vị nào được hội nghị chọn"));
    }

    private static void proposalAct(Meeting m, String proposal, String action, Map<String, Object> body) {
        String etag = m.f.organiser().get(PROPOSALS + proposal).then().extract().header("ETag");
        RequestSpecification request = m.f.organiser().header("If-Match", etag);
        if (body != null) {
            request = request.body(body);
        }
        request.post(PROPOSALS + proposal + ":" + action).then().statusCode(200);
    }

    /** A fresh account of the unit holding role council: its id and user name. */
    private static String[] account(UUID unit) {
        String username = "delegate-" + UUID.randomUUID().toString().substring(0, 12);
        String id = TestOrg.asRootAdmin().body(Map.of("username", username, "password", TestAccounts.PASSWORD,
                "roles", List.of(Roles.COUNCIL), "unitId", unit.toString())).post("/api/v1/accounts").then()
                .statusCode(201).extract().path("id");
        return new String[] {id, username};
    }
}
