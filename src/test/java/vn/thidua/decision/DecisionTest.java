package vn.thidua.decision;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.decision.DecisionWorld.GIAY_KHEN;
import static vn.thidua.decision.DecisionWorld.LDTT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

/**
 * A decision's life over real HTTP and the real database: drafted with lines whose cash is reckoned on its date,
 * signed by the leader (number, codes, history), published; the service's and the database's refusal of every change
 * to a signed decision; roles and scope.
 */
@QuarkusTest
class DecisionTest {

    static List<String> outboxTypes(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position",
                        String.class).setParameter(1, aggregateId).getResultList());
    }

    @Test
    void aDraftIsSignedWithItsNumberCodesAndHistoryThenPublished() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        UUID lan = w.advancedWorker("Tòng Thị Lan");
        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        JsonPath line = w.add(decision, minh, LDTT, null).statusCode(201).extract().jsonPath();
        assertEquals("PASS", line.getString("eligibility"));
        assertEquals(710_000, line.getLong("amountVnd"), "0.3 × 2,340,000 = 702,000, rounded up to 710,000");
        assertEquals(2_340_000, line.getLong("baseSalaryVnd"));
        assertEquals("Lò Văn Minh", line.getString("subjectName"));
        assertEquals("Giảng viên", line.getString("subjectPosition"));
        assertNull(line.get("verificationCode"), "codes are given at signing");
        w.add(decision, lan, LDTT, null).statusCode(201);
        w.board().get("/api/v1/decisions/" + decision).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("totalVnd", equalTo(1_420_000)).body("awardeeCount",
                        equalTo(2)).body("fundingSource", equalTo("Quỹ thi đua, khen thưởng của "
                        + w.board().get("/api/v1/units/" + w.agency).then().extract().path("name")));

        // the board drafts, only the leader signs
        Problems.assertProblem(w.board().header("If-Match", w.etag(decision)).body(Map.of())
                .post("/api/v1/decisions/" + decision + ":sign").then(), 403, "FORBIDDEN");
        JsonPath signed = w.signed(decision, LocalDate.of(2025, 12, 30));
        assertEquals("SIGNED", signed.getString("status"));
        String code = w.board().get("/api/v1/units/" + w.agency).then().extract().path("code");
        assertEquals("1/QĐ-" + code, signed.getString("number"), "the first of the authority's register in 2025");
        assertEquals("2025-12-30", signed.getString("decisionDate"));
        assertEquals("Lường Văn Thành", signed.getString("signerName"));
        assertNotNull(signed.getString("signedAt"));
        List<Map<String, Object>> lines = w.awardees(decision).getList("items");
        for (Map<String, Object> l : lines) {
            assertTrue(((String) l.get("verificationCode")).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"),
                    l.toString());
            assertNotNull(l.get("awardRecordId"));
        }
        // the award is in Minh's history, from the decision
        w.board().get("/api/v1/people/" + minh + "/awards").then().statusCode(200)
                .body("items.find { it.year == 2025 }.awardCode", equalTo(LDTT))
                .body("items.find { it.year == 2025 }.decisionNumber", equalTo("1/QĐ-" + code))
                .body("items.find { it.year == 2025 }.source", equalTo("DECISION"));

        // a second decision of the year takes the next number; a number given twice is refused
        UUID hoa = w.advancedWorker("Lò Thị Hoa");
        String second = w.draft(LDTT, LocalDate.of(2025, 12, 31));
        w.add(second, hoa, LDTT, null).statusCode(201);
        Problems.assertProblem(w.sign(second, Map.of("number", "1/QĐ-" + code.toLowerCase(),
                "decisionDate", "2025-12-31")), 409, "CONFLICT");
        assertEquals("2/QĐ-" + code, w.signed(second, LocalDate.of(2025, 12, 31)).getString("number"));

        // published by the board
        JsonPath published = w.board().header("If-Match", w.etag(decision))
                .post("/api/v1/decisions/" + decision + ":publish").then().statusCode(200).extract().jsonPath();
        assertEquals("PUBLISHED", published.getString("status"));
        assertNotNull(published.getString("publishedAt"));
        // as immutable published as signed, and published once
        Problems.assertProblem(w.board().header("If-Match", w.etag(decision)).body(Map.of("title", "Khác"))
                .patch("/api/v1/decisions/" + decision).then(), 409, "CONFLICT");
        Problems.assertProblem(w.board().header("If-Match", w.etag(decision))
                .post("/api/v1/decisions/" + decision + ":publish").then(), 409, "CONFLICT");
        assertEquals(List.of("decision.created", "decision.updated", "decision.updated", "decision.signed",
                "decision.published"), outboxTypes(decision));
        TestOrg.as(w.agency, Roles.ADMIN).queryParam("entityId", decision).get("/api/v1/audit-events").then()
                .statusCode(200).body("items.action", hasItem("decision.signed"));
    }

    @Test
    void aSignedDecisionNeverChangesThroughTheApi() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        String lineId = w.add(decision, minh, LDTT, null).statusCode(201).extract().path("id");
        w.signed(decision, LocalDate.of(2025, 12, 30));
        String etag = w.etag(decision);
        String lineEtag = w.board().get("/api/v1/decisions/" + decision + "/awardees/" + lineId).then()
                .statusCode(200).extract().header("ETag");

        Problems.assertProblem(w.board().header("If-Match", etag).body(Map.of("title", "Sửa tên"))
                .patch("/api/v1/decisions/" + decision).then(), 409, "CONFLICT");
        Problems.assertProblem(w.board().header("If-Match", etag).delete("/api/v1/decisions/" + decision).then(),
                409, "CONFLICT");
        Problems.assertProblem(w.add(decision, w.advancedWorker("Lò Thị Hoa"), LDTT, null), 409, "CONFLICT");
        Problems.assertProblem(w.board().header("If-Match", lineEtag).body(Map.of("citation", "Khác"))
                .patch("/api/v1/decisions/" + decision + "/awardees/" + lineId).then(), 409, "CONFLICT");
        Problems.assertProblem(w.board().header("If-Match", lineEtag)
                .delete("/api/v1/decisions/" + decision + "/awardees/" + lineId).then(), 409, "CONFLICT");
        Problems.assertProblem(w.sign(decision, Map.of()), 409, "CONFLICT");
        Problems.assertProblem(w.board().header("If-Match", etag).body(Map.of())
                .post("/api/v1/decisions/" + decision + "/awardees:from-session").then(), 409, "CONFLICT");
        Problems.assertProblem(w.board().header("If-Match", lineEtag).body(Map.of("recoveredVnd", 1))
                .put("/api/v1/decisions/" + decision + "/awardees/" + lineId + "/recovery").then(), 409, "CONFLICT");
        w.board().get("/api/v1/decisions/" + decision).then().body("title",
                equalTo("Về việc công nhận danh hiệu thi đua năm 2025")).body("version", equalTo(
                        Integer.parseInt(etag.replace("\"", "").replace("W/", ""))));
    }

    @Test
    void theDatabaseItselfRefusesToChangeASignedDecision() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID minh = w.advancedWorker("Lò Văn Minh");
        String decision = w.draft(LDTT, LocalDate.of(2025, 12, 30));
        w.add(decision, minh, LDTT, null).statusCode(201);
        w.signed(decision, LocalDate.of(2025, 12, 30));
        UUID id = UUID.fromString(decision);
        for (String sql : List.of(
                "UPDATE decision SET title = 'Khác' WHERE id = ?1",
                "UPDATE decision SET number = '99/QĐ-X' WHERE id = ?1",
                "UPDATE decision SET status = 'DRAFT' WHERE id = ?1",
                "UPDATE decision SET total_vnd = 0 WHERE id = ?1",
                "DELETE FROM decision WHERE id = ?1",
                "UPDATE decision_line SET amount_vnd = 1 WHERE decision_id = ?1",
                "UPDATE decision_line SET subject_name = 'Khác' WHERE decision_id = ?1",
                "UPDATE decision_line SET verification_code = 'AAAAA-AAAAA' WHERE decision_id = ?1",
                "DELETE FROM decision_line WHERE decision_id = ?1",
                "INSERT INTO decision_line (id, decision_id, position, subject_kind, unit_id, subject_name, unit_name,"
                        + " award_code, eligibility, created_at, updated_at, version) SELECT gen_random_uuid(), id, 9,"
                        + " 'UNIT', unit_id, 'X', 'X', 'ADVANCED_COLLECTIVE', 'PASS', now(), now(), 0 FROM decision"
                        + " WHERE id = ?1")) {
            RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class)
                            .get().createNativeQuery(sql).setParameter(1, id).executeUpdate()), sql);
            assertTrue(String.valueOf(rootMessage(refused)).contains("is signed"), sql + ": " + rootMessage(refused));
        }
        w.awardees(decision).getList("items").forEach(l -> assertEquals(710_000, ((Number) ((Map<?, ?>) l)
                .get("amountVnd")).intValue()));
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Test
    void draftsAreKeptByTheBoardOfTheirScope() {
        DecisionWorld w = new DecisionWorld(2025);
        String decision = w.draft(GIAY_KHEN, LocalDate.of(2025, 12, 30));
        UUID other = TestOrg.agency("Sở Y tế");
        Problems.assertProblem(TestOrg.as(other, Roles.BOARD).get("/api/v1/decisions/" + decision).then(), 404,
                "NOT_FOUND");
        TestOrg.as(other, Roles.BOARD).queryParam("q", "thi dua").get("/api/v1/decisions").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(decision)));
        Problems.assertProblem(TestOrg.as(w.agency, Roles.MEMBER).get("/api/v1/decisions/" + decision).then(),
                403, "FORBIDDEN");
        Problems.assertProblem(TestOrg.as(w.agency, Roles.LEADER).body(Map.of("awardCode", GIAY_KHEN, "title", "X",
                "year", 2025)).post("/api/v1/decisions").then(), 403, "FORBIDDEN");
        // searched accent-insensitively by the title and by an awardee's name
        UUID person = w.person("Nguyễn Văn Đức");
        w.add(decision, person, GIAY_KHEN, null).statusCode(201);
        w.board().queryParam("q", "nguyen van duc").get("/api/v1/decisions").then().statusCode(200)
                .body("items.id", hasItem(decision));
        w.board().queryParam("q", "cong nhan danh hieu").queryParam("status", "DRAFT").get("/api/v1/decisions")
                .then().statusCode(200).body("items.id", hasItem(decision));
        // a draft is discarded with its lines
        w.board().header("If-Match", w.etag(decision)).delete("/api/v1/decisions/" + decision).then()
                .statusCode(204);
        Problems.assertProblem(w.board().get("/api/v1/decisions/" + decision).then(), 404, "NOT_FOUND");
    }
}
