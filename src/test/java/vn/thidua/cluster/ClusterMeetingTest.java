package vn.thidua.cluster;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.council.SessionResponses;
import vn.thidua.identity.ActingAccount;
import vn.thidua.testsupport.TestAccounts;

/**
 * The cluster meeting on the council's machinery: six member agencies (three units here, three external schools),
 * one delegate each, all on paper; a flag nomination passes with 5 of 6 votes (83% of all members, the flag needing
 * 80%).
 */
@QuarkusTest
class ClusterMeetingTest {

    private static final int YEAR = 2025;
    private static final String SESSIONS = "/api/v1/council-sessions/";

    @Inject
    ActingAccount acting;
    @Inject
    ClusterMeeting meeting;

    @Test
    void sixMembersOnPaperPassTheFlagForTheLeadingUnit() {
        ClusterFixtures f = new ClusterFixtures(YEAR, "EVERY_OTHER_MEMBER", "MEAN_OF_CROSS_SCORES");
        String laiChau = f.member(null, "Trường Chính trị tỉnh Lai Châu", YEAR);
        String langSon = f.member(null, "Trường Chính trị tỉnh Lạng Sơn", YEAR);
        List<String> members = List.of(f.memberA, f.memberB, f.memberC, f.external, laiChau, langSon);
        List<ClusterMeeting.Delegate> delegates = members.stream()
                .map(m -> new ClusterMeeting.Delegate(UUID.fromString(m), null, "Đại biểu " + m.substring(0, 8),
                        "Phó Hiệu trưởng"))
                .toList();
        String board = TestAccounts.create(f.province, Roles.BOARD);

        SessionResponses.Session session = acting.call(board, () -> meeting.convene(UUID.fromString(f.cluster), YEAR,
                "Hội nghị tổng kết cụm thi đua năm " + YEAR, OffsetDateTime.parse("2025-12-20T08:00:00+07:00"),
                "Hội trường Trường Chính trị A", delegates));
        SessionResponses.Item flag = acting.call(board, () -> meeting.nominate(UUID.fromString(f.cluster), YEAR,
                session.id(), UUID.fromString(f.memberA), "PROVINCE_FLAG"));
        String id = session.id().toString();

        List<String> seated = f.organiser().get(SESSIONS + id + "/members").then().statusCode(200)
                .body("$", hasSize(6)).body("findAll { it.role == 'CHAIR' }.fullName", equalTo(List.of("Đại biểu " + f.memberA.substring(0, 8))))
                .extract().path("memberId");
        f.organiser().header("If-Match", etag(f, id))
                .body(Map.of("members", seated.stream().map(m -> Map.of("memberId", m, "attendance", "PRESENT"))
                        .toList()))
                .put(SESSIONS + id + "/attendance").then().statusCode(200);
        f.organiser().header("If-Match", etag(f, id)).post(SESSIONS + id + ":open-voting").then().statusCode(200);
        String itemEtag = f.organiser().get(SESSIONS + id + "/agenda/" + flag.id()).then().statusCode(200)
                .body("votingMode", equalTo("PAPER")).body("evaluationId", nullValue())
                .extract().header("ETag");
        f.organiser().header("If-Match", itemEtag)
                .body(Map.of("approve", 5, "reject", 1, "abstain", 0, "spoilt", 0, "written", 0))
                .put(SESSIONS + id + "/agenda/" + flag.id() + "/tally").then().statusCode(200);
        f.organiser().header("If-Match", etag(f, id)).post(SESSIONS + id + ":close-voting").then().statusCode(200);
        f.organiser().header("If-Match", etag(f, id)).post(SESSIONS + id + ":close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        f.organiser().get(SESSIONS + id + "/results").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].awardCode", equalTo("PROVINCE_FLAG"))
                .body("items[0].subjectName", equalTo(flag.subjectName()))
                .body("items[0].outcome", equalTo("PASSED"))
                .body("items[0].base", equalTo(6));
    }

    private static String etag(ClusterFixtures f, String session) {
        return f.organiser().get(SESSIONS + session).then().statusCode(200).extract().header("ETag");
    }
}
