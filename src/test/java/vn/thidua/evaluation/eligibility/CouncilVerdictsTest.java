package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.thidua.evaluation.CouncilVerdict;
import vn.thidua.evaluation.EvaluationService;
import vn.thidua.evaluation.eligibility.EligibilityTest.World;

/**
 * The council's verdicts as the council hands them down when a session closes ({@code recordCouncilVerdicts}, called
 * here on the injected service as the council layer calls it), then read over HTTP: the evaluation shows them, and
 * the COUNCIL_VOTE criterion turns from awaiting the council to PASS or FAIL, for one evaluation and in the batch.
 */
@QuarkusTest
class CouncilVerdictsTest {

    static final String CSTDCS = EligibilityTest.CSTDCS;
    static final OffsetDateTime DECIDED = OffsetDateTime.parse("2025-12-15T10:45:00+07:00");

    @Inject
    EvaluationService evaluations;
    @Inject
    SessionFactory sessions;
    @Inject
    EntityManager em;

    static CouncilVerdict verdict(String evaluation, UUID session, boolean passed, boolean accepted, int approve,
            int base, OffsetDateTime decidedAt) {
        return new CouncilVerdict(UUID.fromString(evaluation), CSTDCS, session,
                passed ? CouncilVerdict.PASSED : CouncilVerdict.FAILED, accepted, approve, base,
                BigDecimal.valueOf(approve).divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_UP), decidedAt);
    }

    @Test
    void theVerdictDecidesTheVoteForOneEvaluationAndInTheBatch() {
        World w = new World(2025);
        String passed = w.evaluation(w.staff("Giàng Thị Mai", "EXCELLENT", CSTDCS), true, CSTDCS);
        String failed = w.evaluation(w.staff("Lò Văn Minh", "EXCELLENT", CSTDCS), true, CSTDCS);
        String over = w.evaluation(w.staff("Nguyễn Thị Hoa", "EXCELLENT", CSTDCS), true, CSTDCS);
        String awaiting = w.evaluation(w.staff("Tao Văn Sơn", "EXCELLENT", CSTDCS), true, CSTDCS);
        long versionBefore = w.board().get("/api/v1/evaluations/" + passed).then().extract().jsonPath()
                .getLong("version");
        UUID session = UUID.randomUUID();

        evaluations.recordCouncilVerdicts(session, List.of(verdict(passed, session, true, true, 9, 10, DECIDED),
                verdict(failed, session, false, false, 7, 10, DECIDED),
                verdict(over, session, true, false, 8, 10, DECIDED)));

        JsonPath yes = w.eligibility(passed);
        Map<String, Object> vote = EligibilityTest.criterion(yes, CSTDCS, "vote");
        assertEquals("PASS", vote.get("outcome"));
        assertEquals("Hội đồng Thi đua – Khen thưởng đã thông qua: 9/10 phiếu đồng ý (90%)", vote.get("message"));
        Map<?, ?> values = (Map<?, ?>) vote.get("values");
        assertEquals(session.toString(), values.get("session"));
        assertEquals(9, values.get("approve"));
        assertEquals(10, values.get("base"));
        assertEquals(0.9f, ((Number) values.get("ratio")).floatValue());
        Map<String, Object> title = EligibilityTest.title(yes, CSTDCS);
        assertEquals("PASS", title.get("outcome"));
        assertEquals(false, title.get("awaitingCouncil"));

        Map<String, Object> no = EligibilityTest.title(w.eligibility(failed), CSTDCS);
        assertEquals("FAIL", no.get("outcome"));
        assertEquals("Không đủ điều kiện Chiến sĩ thi đua cơ sở: Hội đồng Thi đua – Khen thưởng không thông qua: "
                + "7/10 phiếu đồng ý (70%)", no.get("summary"));
        assertEquals("Passed by the Emulation–Commendation Council (8 of 10 approving, 80%) but over the quota",
                w.board().header("Accept-Language", "en").get("/api/v1/evaluations/" + over + "/eligibility").then()
                        .statusCode(200).extract().jsonPath().getString(
                                "titles.find { it.title == 'GRASSROOTS_EMULATION_FIGHTER' }.criteria.find { it.id == 'vote' }.message"));
        assertEquals("AWAITING_COUNCIL", EligibilityTest.criterion(w.eligibility(awaiting), CSTDCS, "vote")
                .get("outcome"), "no verdict yet");

        JsonPath batch = w.board().queryParam("unit", w.faculty).queryParam("title", CSTDCS)
                .get("/api/v1/plans/" + w.planId + "/eligibility").then().statusCode(200).extract().jsonPath();
        assertEquals(2, batch.getInt("counts.GRASSROOTS_EMULATION_FIGHTER.FAIL"));
        assertEquals(2, batch.getInt("counts.GRASSROOTS_EMULATION_FIGHTER.PASS"));
        assertEquals("PASS", batch.getString("items.find { it.evaluationId == '" + passed
                + "' }.titles.find { it.title == 'GRASSROOTS_EMULATION_FIGHTER' }.outcome"));
        assertEquals("FAIL", batch.getString("items.find { it.evaluationId == '" + failed
                + "' }.titles.find { it.title == 'GRASSROOTS_EMULATION_FIGHTER' }.outcome"));
        assertEquals(true, batch.getBoolean("items.find { it.evaluationId == '" + awaiting
                + "' }.titles.find { it.title == 'GRASSROOTS_EMULATION_FIGHTER' }.awaitingCouncil"));

        JsonPath shown = w.board().get("/api/v1/evaluations/" + passed).then().statusCode(200).extract().jsonPath();
        assertEquals("PASSED", shown.getString("councilVerdicts.GRASSROOTS_EMULATION_FIGHTER.outcome"));
        assertEquals(true, shown.getBoolean("councilVerdicts.GRASSROOTS_EMULATION_FIGHTER.accepted"));
        assertEquals(9, shown.getInt("councilVerdicts.GRASSROOTS_EMULATION_FIGHTER.approve"));
        assertEquals(session.toString(), shown.getString("councilVerdicts.GRASSROOTS_EMULATION_FIGHTER.sessionId"));
        assertEquals("SELF_ASSESSED", shown.getString("status"), "the verdict changes no status");
        assertEquals(versionBefore + 1, shown.getLong("version"), "the representation changed: a new ETag");
        assertEquals(Map.of(), w.board().get("/api/v1/evaluations/" + awaiting).then().extract().jsonPath()
                .getMap("councilVerdicts"));

        // one audit and one outbox event per evaluation, with the verdicts only
        List<String> changes = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select a.changes from AuditEvent a where a.action = 'evaluation.council-verdict' and a.entityId = ?1",
                String.class).setParameter(1, passed).getResultList());
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).contains("councilVerdicts") && !changes.get(0).contains("status"), changes.get(0));
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(*) from OutboxEvent where type = 'evaluation.council-verdict' and aggregateId in ?1",
                Long.class).setParameter(1, List.of(passed, failed, over)).getSingleResult()));
    }

    @Test
    void aLaterSessionReplacesTheVerdictAndAnEarlierOneDoesNot() {
        World w = new World(2025);
        String evaluation = w.evaluation(w.staff("Hà Thị Lụa", "EXCELLENT", CSTDCS), true, CSTDCS);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        evaluations.recordCouncilVerdicts(first, List.of(verdict(evaluation, first, false, false, 5, 10, DECIDED)));
        evaluations.recordCouncilVerdicts(second,
                List.of(verdict(evaluation, second, true, true, 9, 10, DECIDED.plusDays(7))));
        evaluations.recordCouncilVerdicts(stale,
                List.of(verdict(evaluation, stale, false, false, 1, 10, DECIDED.plusDays(1))));
        JsonPath shown = w.board().get("/api/v1/evaluations/" + evaluation).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(second.toString(), shown.getString("councilVerdicts.GRASSROOTS_EMULATION_FIGHTER.sessionId"));
        assertEquals("PASS", EligibilityTest.criterion(w.eligibility(evaluation), CSTDCS, "vote").get("outcome"));
    }

    @Test
    void aVerdictOfAnotherSessionOrOfNoEvaluationIsRefused() {
        World w = new World(2025);
        String evaluation = w.evaluation(w.person("Vàng A Dế"), null);
        UUID session = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> evaluations.recordCouncilVerdicts(session,
                List.of(verdict(evaluation, UUID.randomUUID(), true, true, 9, 10, DECIDED))));
        assertThrows(IllegalArgumentException.class, () -> evaluations.recordCouncilVerdicts(session,
                List.of(verdict(UUID.randomUUID().toString(), session, true, true, 9, 10, DECIDED))));
        assertNull(w.board().get("/api/v1/evaluations/" + evaluation).then().extract().jsonPath()
                .get("councilVerdicts.GRASSROOTS_EMULATION_FIGHTER"));
    }

    @Test
    void aSessionOfManyItemsSendsAsManyStatementsAsOneOfFew() {
        World w = new World(2025);
        List<String> few = new ArrayList<>();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            few.add(w.evaluation(w.person("Người ít " + i), null));
        }
        for (int i = 0; i < 20; i++) {
            many.add(w.evaluation(w.person("Người nhiều " + i), null));
        }
        long forFew = statements(few);
        long forMany = statements(many);
        assertEquals(forFew, forMany, "statements for 2 verdicts: " + forFew + ", for 20: " + forMany);
        assertTrue(forMany <= 3, "read, update, nothing per item: " + forMany);
    }

    private long statements(List<String> evaluationIds) {
        UUID session = UUID.randomUUID();
        List<CouncilVerdict> verdicts = evaluationIds.stream()
                .map(id -> verdict(id, session, true, true, 9, 10, DECIDED)).toList();
        Statistics statistics = sessions.getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            evaluations.recordCouncilVerdicts(session, verdicts);
            assertEquals(evaluationIds.size(), statistics.getEntityUpdateCount());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
