package vn.thidua.council;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.council.CouncilFixtures.Voter;

/**
 * A quota configured by the agency (20% of its headcount for the grassroots emulation fighter) over the items that
 * passed: ranked by their approving share; the tie at the cap is reported, refuses the closing, and is settled by the
 * council with its reason; then the session closes and announces the results.
 */
@QuarkusTest
class ResultsTest {

    static final String GRASSROOTS = "GRASSROOTS_EMULATION_FIGHTER";
    static final String BASE = "/api/v1/council-sessions/";

    @Test
    void aTieAtTheQuotaIsReportedSettledByTheCouncilAndThenTheSessionCloses() {
        CouncilFixtures f = new CouncilFixtures();
        f.board().header("If-Match", "*").body(Map.of("ruleSet", "LAW2022_ND98", "value", Map.of("ratio", 0.2,
                "of", "HEADCOUNT", "rounding", "FLOOR"), "reason", "Quy chế Sở: không quá 20% số cán bộ"))
                .put("/api/v1/units/" + f.agency + "/rule-overrides/quota." + GRASSROOTS).then().statusCode(201);
        List<Voter> members = f.members(10);
        String session = f.session2024();
        List<String> items = new ArrayList<>();
        for (String name : List.of("Cao Văn Mười", "Cao Thị Chín", "Cao Văn Chín", "Cao Thị Tám")) {
            items.add(f.item(session, f.evaluation(f.person(name), name, GRASSROOTS), GRASSROOTS, null));
        }
        for (int i = 0; i < 6; i++) {
            f.person("Cán bộ " + i);
        }
        f.attendance(session, members, List.of());
        f.act(session, "open-voting").statusCode(200);
        int[] approvals = {10, 9, 9, 8};
        for (int m = 0; m < members.size(); m++) {
            List<Map<String, Object>> ballots = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                ballots.add(Map.of("itemId", items.get(k), "choice", m < approvals[k] ? "APPROVE" : "REJECT"));
            }
            members.get(m).as().body(Map.of("ballots", ballots)).post(BASE + session + "/ballots").then()
                    .statusCode(201);
        }
        f.act(session, "close-voting").statusCode(200);

        var results = f.board().get(BASE + session + "/results").then().statusCode(200)
                .body("quotas[0].awardCode", equalTo(GRASSROOTS)).body("quotas[0].base", equalTo(10))
                .body("quotas[0].cap", equalTo(2)).body("quotas[0].ranking", equalTo(items))
                .body("quotas[0].within", equalTo(items.subList(0, 1)))
                .body("quotas[0].tied", equalTo(items.subList(1, 3)))
                .body("quotas[0].over", equalTo(items.subList(3, 4))).body("quotas[0].seats", equalTo(1))
                .extract();
        assertEquals(List.of("WITHIN", "TIED", "TIED", "OVER"), results.path("items.quotaStanding"));
        assertEquals(List.of(true, false, false, false), results.path("items.accepted"));
        assertEquals(List.of("PASSED", "PASSED", "PASSED", "PASSED"), results.path("items.outcome"));

        assertProblem(f.act(session, "close"), 409, "CONFLICT").body("detail", containsString(GRASSROOTS));
        assertProblem(settle(f, session, List.of(items.get(1), items.get(2))), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("admitted"));
        assertProblem(settle(f, session, List.of(items.get(3))), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("admitted[0]"));
        settle(f, session, List.of(items.get(2))).statusCode(200);
        f.board().get(BASE + session + "/results").then().body("quotas[0].tied.size()", equalTo(0))
                .body("quotas[0].within", equalTo(List.of(items.get(0), items.get(2))))
                .body("quotas[0].settlement.admitted", equalTo(List.of(items.get(2))))
                .body("quotas[0].settlement.tied", equalTo(items.subList(1, 3)))
                .body("quotas[0].settlement.reason", equalTo("Hội đồng biểu quyết: ưu tiên người có sáng kiến"))
                .body("items.quotaStanding", equalTo(List.of("WITHIN", "OVER", "WITHIN", "OVER")))
                .body("items.accepted", equalTo(List.of(true, false, true, false)));
        f.board().get(BASE + session + "/minutes").then().statusCode(200).body("final", equalTo(false))
                .body("quotas[0].settlement", containsString("Cao Văn Chín"));

        f.act(session, "close").statusCode(200).body("status", equalTo("CLOSED"));
        String payload = QuarkusTransaction.requiringNew().call(() -> (String) CouncilFixtures.em()
                .createNativeQuery("SELECT payload::text FROM outbox_event WHERE aggregate_id = ?1 "
                        + "AND type = 'council.session_closed'").setParameter(1, session).getSingleResult());
        for (String item : items) {
            assertTrue(payload.contains(item), payload);
        }
        String compact = payload.replace(" ", "");
        assertTrue(compact.contains("\"verdicts\":[{"), payload);
        assertTrue(compact.contains("\"accepted\":true"), payload);
        f.board().get(BASE + session + "/minutes").then().body("final", equalTo(true));
    }

    private static io.restassured.response.ValidatableResponse settle(CouncilFixtures f, String session,
            List<String> admitted) {
        return f.board().header("If-Match", f.etag(session)).body(Map.of("awardCode", GRASSROOTS,
                "admitted", admitted, "reason", "Hội đồng biểu quyết: ưu tiên người có sáng kiến"))
                .post(BASE + session + "/quota-ties:settle").then();
    }
}
