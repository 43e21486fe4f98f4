package vn.thidua.decision;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.decision.DecisionWorld.CSTDCS;
import static vn.thidua.decision.DecisionWorld.LDTT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

/**
 * Revocation by a later decision on one of the law's four grounds: line by line or whole, the recovery of money and
 * item tracked per line, the award kept in history as revoked, and the chains built on it broken, visibly.
 */
@QuarkusTest
class RevocationTest {

    private static ValidatableResponse revoke(DecisionWorld w, String decision, List<String> lines, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("ground", "FALSIFIED_ACHIEVEMENTS");
        body.put("reason", "Kết luận thanh tra số 05/KL-TTr xác định báo cáo thành tích khai không trung thực");
        body.put("signerName", "Lường Văn Thành");
        body.put("signerPosition", "Hiệu trưởng");
        body.put("decisionDate", date);
        if (lines != null) {
            body.put("awardeeIds", lines);
        }
        return w.leader().header("If-Match", w.etag(decision)).body(body)
                .post("/api/v1/decisions/" + decision + ":revoke").then();
    }

    @Test
    void aLineIsRevokedByALaterDecisionAndItsMoneyAndItemRecovered() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        UUID lan = w.advancedWorker("Tòng Thị Lan");
        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        String minhLine = w.add(decision, minh, LDTT, null).statusCode(201).extract().path("id");
        w.add(decision, lan, LDTT, null).statusCode(201);
        Problems.assertProblem(revoke(w, decision, null, "2025-12-31"), 409, "CONFLICT");
        JsonPath signed = w.signed(decision, LocalDate.of(2025, 12, 30));
        String number = signed.getString("number");

        // the board may not revoke; the leader does, for Minh only
        Problems.assertProblem(w.board().header("If-Match", w.etag(decision)).body(Map.of("ground",
                "FORGED_DOSSIER", "reason", "x", "signerName", "x", "signerPosition", "x"))
                .post("/api/v1/decisions/" + decision + ":revoke").then(), 403, "FORBIDDEN");
        JsonPath revocation = revoke(w, decision, List.of(minhLine), "2025-12-31").statusCode(201).extract()
                .jsonPath();
        assertEquals("REVOCATION", revocation.getString("kind"));
        assertEquals("SIGNED", revocation.getString("status"));
        assertEquals(decision, revocation.getString("revokesDecisionId"));
        assertEquals("FALSIFIED_ACHIEVEMENTS", revocation.getString("revocationGround"));
        assertTrue(revocation.getString("number").startsWith("2/QĐ-"), revocation.getString("number"));
        assertEquals("Về việc hủy bỏ Quyết định số " + number + " ngày 30/12/2025 của Hiệu trưởng "
                + signed.getString("authorityName"), revocation.getString("title"), "cited by number, date and issuer");
        assertEquals(710_000, revocation.getLong("totalVnd"), "what the revocation calls back");

        // the decision stands for Lan, its signed total unchanged
        w.board().get("/api/v1/decisions/" + decision).then().body("status", equalTo("SIGNED"))
                .body("revokedCount", equalTo(1)).body("totalVnd", equalTo(1_420_000));
        JsonPath line = w.board().get("/api/v1/decisions/" + decision + "/awardees/" + minhLine).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(true, line.getBoolean("revoked"));
        assertEquals("2025-12-31", line.getString("revokedOn"));
        assertEquals(710_000, line.getLong("recovery.owedVnd"));
        assertEquals(710_000, line.getLong("recovery.outstandingVnd"));
        assertEquals("Lao động tiên tiến", line.getString("recovery.item"));
        assertEquals(false, line.getBoolean("recovery.itemRecovered"));
        // Minh's award stays in history, revoked by the new decision
        w.board().get("/api/v1/people/" + minh + "/awards").then().statusCode(200)
                .body("items.find { it.year == 2025 }.revokedOn", equalTo("2025-12-31"))
                .body("items.find { it.year == 2025 }.revocationNumber", equalTo(revocation.getString("number")));
        w.board().get("/api/v1/people/" + lan + "/awards").then()
                .body("items.find { it.year == 2025 }.revokedOn", equalTo(null));

        // recovery: never above what is owed, never before the revocation; then part of it, and the certificate
        String path = "/api/v1/decisions/" + decision + "/awardees/" + minhLine + "/recovery";
        Problems.assertProblem(w.board().header("If-Match", etagOf(w, decision, minhLine))
                .body(Map.of("recoveredVnd", 800_000, "recoveredOn", "2026-01-05")).put(path).then(), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("ABOVE_OWED"));
        Problems.assertProblem(w.board().header("If-Match", etagOf(w, decision, minhLine))
                .body(Map.of("recoveredVnd", 500_000, "recoveredOn", "2025-12-01")).put(path).then(), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("BEFORE_REVOCATION"));
        w.board().header("If-Match", etagOf(w, decision, minhLine)).body(Map.of("recoveredVnd", 500_000,
                "recoveredOn", "2026-01-05", "itemRecoveredOn", "2026-01-06", "note", "Nộp lại tại Phòng TC-HC"))
                .put(path).then().statusCode(200).body("recovery.recoveredVnd", equalTo(500_000))
                .body("recovery.outstandingVnd", equalTo(210_000)).body("recovery.itemRecovered", equalTo(true));
        assertTrue(DecisionTest.outboxTypes(minhLine).contains("decision.recovery-recorded"));

        // a revoked line is not revoked twice; revoking the rest revokes the decision
        Problems.assertProblem(revoke(w, decision, List.of(minhLine), "2026-01-10"), 409, "CONFLICT");
        JsonPath second = revoke(w, decision, null, "2026-01-10").statusCode(201).extract().jsonPath();
        assertTrue(second.getString("number").startsWith("1/QĐ-"), "the first of 2026: " + second.getString("number"));
        w.board().get("/api/v1/decisions/" + decision).then().body("status", equalTo("REVOKED"))
                .body("revokedCount", equalTo(2)).body("revokedByDecisionId", equalTo(second.getString("id")))
                .body("revokedOn", equalTo("2026-01-10"));
        Problems.assertProblem(revoke(w, decision, null, "2026-01-11"), 409, "CONFLICT");
        assertEquals(List.of("decision.created", "decision.updated", "decision.updated", "decision.signed",
                "decision.revoked", "decision.revoked"), DecisionTest.outboxTypes(decision));
        // the revoking decision is as immutable as any signed one, and can be published
        String revEtag = w.etag(revocation.getString("id"));
        Problems.assertProblem(w.board().header("If-Match", revEtag).body(Map.of("title", "Khác"))
                .patch("/api/v1/decisions/" + revocation.getString("id")).then(), 409, "CONFLICT");
        w.board().header("If-Match", revEtag).post("/api/v1/decisions/" + revocation.getString("id") + ":publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        w.board().queryParam("kind", "REVOCATION").get("/api/v1/decisions").then().statusCode(200)
                .body("items.id", hasItem(second.getString("id")));
    }

    private static String etagOf(DecisionWorld w, String decision, String line) {
        return w.board().get("/api/v1/decisions/" + decision + "/awardees/" + line).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void aRevokedAwardBreaksTheChainBuiltOnItVisibly() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        w.awarded(minh, 2024, CSTDCS);
        String decision = w.draft(CSTDCS, LocalDate.of(2025, 12, 30));
        w.add(decision, minh, CSTDCS, "Hội đồng Trường đã bỏ phiếu trên giấy ngày 26/12/2025").statusCode(201);
        w.signedOverridingVotes(decision, LocalDate.of(2025, 12, 30),
                "Hội đồng Trường đã bỏ phiếu trên giấy ngày 26/12/2025, đồng ý 9/9");

        // in 2026, CSTĐ tỉnh needs CSTĐCS in 2024, 2025 and 2026
        DecisionWorld next = new DecisionWorld(w.agency, 2026);
        String evaluation = next.evaluation(minh, "PROVINCE_EMULATION_FIGHTER");
        Map<String, Object> chain = chain(next, evaluation);
        assertEquals(List.of(2024, 2025), ((Map<?, ?>) chain.get("values")).get("held"));
        assertEquals(List.of(), ((Map<?, ?>) chain.get("values")).get("revoked"));

        revoke(w, decision, null, "2026-01-10").statusCode(201);
        chain = chain(next, evaluation);
        assertEquals("FAIL", chain.get("outcome"));
        assertEquals(List.of(2024), ((Map<?, ?>) chain.get("values")).get("held"));
        assertEquals(List.of(2025), ((Map<?, ?>) chain.get("values")).get("revoked"));
        assertTrue(((String) chain.get("message")).contains("2025"), (String) chain.get("message"));
        TestOrg.as(w.agency, Roles.BOARD).get("/api/v1/people/" + minh + "/awards").then()
                .body("items.find { it.year == 2025 }.revokedOn", equalTo("2026-01-10"));
    }

    private static Map<String, Object> chain(DecisionWorld w, String evaluation) {
        return w.board().get("/api/v1/evaluations/" + evaluation + "/eligibility").then().statusCode(200).extract()
                .jsonPath().getMap("titles.find { it.title == 'PROVINCE_EMULATION_FIGHTER' }.criteria"
                        + ".find { it.id == 'chain' }");
    }
}
