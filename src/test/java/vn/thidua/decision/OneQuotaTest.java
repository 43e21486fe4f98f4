package vn.thidua.decision;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.decision.DecisionWorld.CSTDCS;
import static vn.thidua.decision.DecisionWorld.GIAY_KHEN;
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
import io.restassured.response.ValidatableResponse;

import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.council.CouncilFixtures.Voter;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

/**
 * One quota reckoning: the council's results, the eligibility answer, decision signing and the report count a quota's
 * base and use the same way (LĐTT recognised, not merely eligible), on one world worked out by hand; a quota is
 * enforced on any award it is set on, and one the engine cannot enforce is refused when configured.
 */
@QuarkusTest
class OneQuotaTest {

    static final OffsetDateTime MEETING = OffsetDateTime.of(2025, 12, 26, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    static final LocalDate SIGNED = LocalDate.of(2025, 12, 30);

    static ValidatableResponse configure(UUID agency, String key, Object value) {
        return TestOrg.as(agency, Roles.ADMIN).body(Map.of("value", value, "reason", "Quy chế thi đua của Trường"))
                .put("/api/v1/units/" + agency + "/rule-overrides/" + key).then();
    }

    @Test
    void theCouncilEligibilityDecisionsAndReportsCountTheSameBaseAndUse() {
        DecisionWorld w = new DecisionWorld(2025);
        configure(w.agency, "quota." + CSTDCS, Map.of("ratio", 0.15, "of", LDTT)).statusCode(201);
        CouncilFixtures council = new CouncilFixtures(w.agency);
        List<Voter> members = council.members(6);

        // fourteen people all eligible for LĐTT; the council recognises seven of them, two of whom stand for CSTĐCS
        List<UUID> people = new ArrayList<>();
        List<String> evaluations = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            UUID person = w.person("Cán bộ " + (char) ('A' + i));
            boolean fighter = i < 2;
            w.rated(person, 2025, fighter ? "EXCELLENT" : "GOOD");
            if (fighter) {
                w.pledge(person, LDTT, CSTDCS);
            } else {
                w.pledge(person, LDTT);
            }
            String evaluation = fighter ? w.evaluation(person, LDTT, CSTDCS) : w.evaluation(person, LDTT);
            w.submit(evaluation);
            people.add(person);
            evaluations.add(evaluation);
        }
        String session = council.session(w.planId, null, MEETING, "BALLOT");
        List<String> advanced = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            advanced.add(council.item(session, UUID.fromString(evaluations.get(i)), LDTT, null));
        }
        String lan = council.item(session, UUID.fromString(evaluations.get(0)), CSTDCS, null);
        String quy = council.item(session, UUID.fromString(evaluations.get(1)), CSTDCS, null);
        council.attendance(session, members, List.of());
        council.act(session, "open-voting").statusCode(200);
        for (int m = 0; m < members.size(); m++) {
            List<Map<String, Object>> ballots = new ArrayList<>();
            ballots.add(Map.of("itemId", lan, "choice", "APPROVE"));
            ballots.add(Map.of("itemId", quy, "choice", m == 0 ? "REJECT" : "APPROVE"));
            for (String item : advanced) {
                String mode = council.board().get("/api/v1/council-sessions/" + session + "/agenda/" + item).then()
                        .extract().path("votingMode");
                if (!"NONE".equals(mode)) {
                    ballots.add(Map.of("itemId", item, "choice", "APPROVE"));
                }
            }
            members.get(m).as().body(Map.of("ballots", ballots)).post("/api/v1/council-sessions/" + session
                    + "/ballots").then().statusCode(201);
        }
        council.act(session, "close-voting").statusCode(200);

        // by hand: 7 recognised (not the 14 eligible) × 15% = 1.05 → 1 seat; Lan (6/6) takes it, Quý (5/6) is over
        JsonPath results = council.board().get("/api/v1/council-sessions/" + session + "/results").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(7, results.getInt("quotas[0].base"));
        assertEquals(1, results.getInt("quotas[0].cap"));
        assertEquals(0, results.getInt("quotas[0].used"));
        assertEquals(List.of(lan), results.getList("quotas[0].within"));
        assertEquals(List.of(quy), results.getList("quotas[0].over"));
        council.act(session, "close").statusCode(200);

        // the eligibility answer: the same base and cap, the seat used by Lan
        JsonPath eligibility = w.board().queryParam("unit", w.agency).queryParam("title", CSTDCS)
                .get("/api/v1/plans/" + w.planId + "/eligibility").then().statusCode(200).extract().jsonPath();
        assertEquals(7, eligibility.getInt("quotas[0].base"));
        assertEquals(1, eligibility.getInt("quotas[0].cap"));
        assertEquals(1, eligibility.getInt("quotas[0].used"));

        // the decision: the seven LĐTT and Lan from the session; Quý by hand would be a second CSTĐCS of one seat
        String decision = w.draft(CSTDCS, SIGNED);
        JsonPath added = w.board().body(Map.of("councilSessionId", session, "awardCodes", List.of(LDTT, CSTDCS)))
                .post("/api/v1/decisions/" + decision + "/awardees:from-session").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(8, added.getList("added").size());
        assertEquals("NOT_ACCEPTED", added.getString("skipped.find { it.agendaItemId == '" + quy + "' }.reason"));
        Problems.assertProblem(w.add(decision, people.get(1), CSTDCS, "Thành tích xuất sắc đột xuất"), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("QUOTA_EXCEEDED"))
                .body("errors[0].message", equalTo("Vượt chỉ tiêu 'Chiến sĩ thi đua cơ sở': 2 trong quyết định và 0 "
                        + "đã công nhận, tối đa 1."));
        w.signed(decision, SIGNED);

        // the report: the unit's configured quota as the others reckon it, never a constant
        JsonPath report = w.board().queryParam("year", 2025).queryParam("unitId", w.agency)
                .get("/api/v1/reports/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(7, report.getInt("total.rates.advancedWorkers"));
        assertEquals(1, report.getInt("total.rates.grassrootsFighters"));
        assertEquals(1, report.getInt("total.rates.grassrootsCap"));
        assertEquals("WITHIN", report.getString("total.rates.grassrootsStanding"));
        assertEquals(CSTDCS, report.getString("quotas[0].awardCode"));
        assertEquals(7, report.getInt("quotas[0].base"));
        assertEquals(1, report.getInt("quotas[0].cap"));
        assertEquals(1, report.getInt("quotas[0].used"));
    }

    @Test
    void aQuotaOnAFormIsEnforcedAndOneTheEngineCannotEnforceIsRefused() {
        DecisionWorld w = new DecisionWorld(2025);
        List<UUID> people = List.of(w.person("Lò Văn An"), w.person("Lò Thị Bình"), w.person("Tòng Văn Cường"));
        // a third of the headcount of three, floored: one Giấy khen
        configure(w.agency, "quota." + GIAY_KHEN, Map.of("ratio", 0.34, "of", "HEADCOUNT")).statusCode(201);
        String decision = w.board().body(Map.of("awardCode", GIAY_KHEN, "title", "Về việc tặng Giấy khen năm 2025",
                "year", 2025, "decisionDate", SIGNED.toString(), "signerName", "Lường Văn Thành", "signerPosition",
                "Hiệu trưởng")).post("/api/v1/decisions").then().statusCode(201).extract().path("id");
        w.add(decision, people.get(0), GIAY_KHEN, null).statusCode(201);
        Problems.assertProblem(w.add(decision, people.get(1), GIAY_KHEN, null), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("QUOTA_EXCEEDED"));
        assertEquals(1, w.awardees(decision).getList("items").size(), "the refused line changed nothing");
        w.signed(decision, SIGNED);

        // a second decision of the year finds the seat used by the first
        String second = w.board().body(Map.of("awardCode", GIAY_KHEN, "title", "Về việc tặng Giấy khen đợt 2",
                "year", 2025, "decisionDate", SIGNED.toString())).post("/api/v1/decisions").then().statusCode(201)
                .extract().path("id");
        Problems.assertProblem(w.add(second, people.get(2), GIAY_KHEN, null), 400, "VALIDATION_FAILED")
                .body("errors[0].message", equalTo("Vượt chỉ tiêu 'Giấy khen': 1 trong quyết định và 1 đã công nhận, "
                        + "tối đa 1."));

        // a share of the staff cannot cap what only collectives receive: refused when configured, not ignored
        Problems.assertProblem(configure(w.agency, "quota.ADVANCED_COLLECTIVE", Map.of("ratio", 0.5, "of",
                "HEADCOUNT")), 400, "VALIDATION_FAILED").body("errors[0].code", equalTo("QUOTA_NOT_ENFORCEABLE"));
    }
}
