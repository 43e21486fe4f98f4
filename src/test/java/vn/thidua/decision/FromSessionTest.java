package vn.thidua.decision;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.decision.DecisionWorld.CSTDCS;
import static vn.thidua.decision.DecisionWorld.LDTT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.thidua.council.CouncilFixtures;
import vn.thidua.council.CouncilFixtures.Voter;
import vn.thidua.testsupport.Problems;

/**
 * A decision's lines from a closed council session's results in one call: what passed (and was accepted within its
 * quota) for the awards asked becomes a line, judged and reckoned; the rest is reported with the reason; CSTĐCS, which
 * the rules judge AWAITING_COUNCIL until the council votes, passes on the council's verdict.
 */
@QuarkusTest
class FromSessionTest {

    @Test
    void theCouncilsPassedResultsBecomeLinesInOneCall() {
        DecisionWorld w = new DecisionWorld(2025);
        CouncilFixtures council = new CouncilFixtures(w.agency);
        List<Voter> members = council.members(5);

        UUID minh = w.person("Lò Văn Minh");
        w.rated(minh, 2025, "GOOD");
        w.pledge(minh, LDTT);
        String minhEvaluation = w.evaluation(minh, LDTT);
        UUID lan = w.person("Tòng Thị Lan");
        w.rated(lan, 2025, "EXCELLENT");
        w.pledge(lan, LDTT, CSTDCS);
        String lanEvaluation = w.evaluation(lan, LDTT, CSTDCS);
        UUID hoa = w.person("Lò Thị Hoa");
        w.rated(hoa, 2025, "GOOD");
        w.pledge(hoa, LDTT);
        String hoaEvaluation = w.evaluation(hoa, LDTT);
        List.of(minhEvaluation, lanEvaluation, hoaEvaluation).forEach(w::submit);

        String session = council.session(w.planId, null, OffsetDateTime.of(2025, 12, 26, 8, 0, 0, 0,
                ZoneOffset.ofHours(7)), "BALLOT");
        String minhItem = council.item(session, UUID.fromString(minhEvaluation), LDTT, null);
        String lanItem = council.item(session, UUID.fromString(lanEvaluation), CSTDCS, null);
        String hoaItem = council.item(session, UUID.fromString(hoaEvaluation), LDTT, "BALLOT");
        council.attendance(session, members, List.of());
        council.act(session, "open-voting").statusCode(200);
        for (Voter member : members) {
            List<Map<String, Object>> ballots = new ArrayList<>();
            ballots.add(Map.of("itemId", lanItem, "choice", "APPROVE"));
            ballots.add(Map.of("itemId", hoaItem, "choice", "REJECT"));
            String minhMode = council.board().get("/api/v1/council-sessions/" + session + "/agenda/" + minhItem)
                    .then().extract().path("votingMode");
            if (!"NONE".equals(minhMode)) {
                ballots.add(Map.of("itemId", minhItem, "choice", "APPROVE"));
            }
            member.as().body(Map.of("ballots", ballots)).post("/api/v1/council-sessions/" + session + "/ballots")
                    .then().statusCode(201);
        }
        council.act(session, "close-voting").statusCode(200);

        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        // not before the session is closed
        Problems.assertProblem(w.board().body(Map.of("councilSessionId", session))
                .post("/api/v1/decisions/" + decision + "/awardees:from-session").then(), 409, "CONFLICT");
        council.act(session, "close").statusCode(200);

        JsonPath added = w.board().body(Map.of("councilSessionId", session, "citation",
                "Đã có thành tích hoàn thành tốt nhiệm vụ năm 2025")).post("/api/v1/decisions/" + decision
                + "/awardees:from-session").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Lò Văn Minh"), added.getList("added.subjectName"));
        assertEquals("PASS", added.getString("added[0].eligibility"));
        assertEquals(minhItem, added.getString("added[0].agendaItemId"));
        assertEquals(minhEvaluation, added.getString("added[0].evaluationId"));
        assertEquals(List.of("Tòng Thị Lan"), added.getList("skipped.subjectName"), "Hoa failed: not reported");
        assertEquals("NOT_REQUESTED", added.getString("skipped[0].reason"));
        assertEquals(710_000, added.getLong("totalVnd"));

        // the same call for CSTĐCS adds Lan, whom the council passed; Minh is already listed
        added = w.board().body(Map.of("awardCodes", List.of(CSTDCS, LDTT))).post("/api/v1/decisions/" + decision
                + "/awardees:from-session").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Tòng Thị Lan"), added.getList("added.subjectName"));
        assertEquals(CSTDCS, added.getString("added[0].awardCode"));
        assertEquals("PASS", added.getString("added[0].eligibility"), "on the council's verdict");
        assertEquals(2, added.getInt("added[0].position"));
        assertEquals("ALREADY_LISTED", added.getString("skipped.find { it.subjectName == 'Lò Văn Minh' }.reason"));
        w.board().get("/api/v1/decisions/" + decision).then().body("councilSessionId", equalTo(session))
                .body("awardeeCount", equalTo(2)).body("totalVnd", equalTo(710_000 + 2_340_000));

        // removing the first line moves the second up
        String first = added.getString("added[0].id");
        String minhLine = w.awardees(decision).getString("items[0].id");
        String etag = w.board().get("/api/v1/decisions/" + decision + "/awardees/" + minhLine).then().extract()
                .header("ETag");
        w.board().header("If-Match", etag).delete("/api/v1/decisions/" + decision + "/awardees/" + minhLine).then()
                .statusCode(200).body("awardeeCount", equalTo(1)).body("totalVnd", equalTo(2_340_000));
        w.board().get("/api/v1/decisions/" + decision + "/awardees/" + first).then().body("position", equalTo(1));
        w.signed(decision, LocalDate.of(2025, 12, 30));
        w.board().get("/api/v1/people/" + lan + "/awards").then()
                .body("items.find { it.year == 2025 }.awardCode", equalTo(CSTDCS));
    }
}
