package vn.thidua.evaluation.eligibility;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * The eligibility answers over real HTTP: from records entered through the API (assessments, awards, initiatives,
 * proceedings, pledges, evaluations) to the titles each subject earns, with reasons, in both languages; the batch
 * of a unit with a configured quota; who may read what; and a statement count that does not grow with the unit.
 */
@QuarkusTest
class EligibilityTest {

    static final String LDTT = "ADVANCED_WORKER";
    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";
    static final String PROVINCE = "PROVINCE_EMULATION_FIGHTER";
    static final String SOLIDARITY = "SOLIDARITY_AND_MOVEMENTS";

    @Inject
    SessionFactory sessions;

    /** An agency with a faculty and an issued annual plan of {@code year} without phases (registration always open). */
    static final class World {
        final UUID agency = TestOrg.agency("Trường Chính trị");
        final UUID faculty = TestOrg.unit(agency, "Khoa Lý luận cơ sở", "DEPARTMENT");
        final int year;
        final String planId;

        World(int year) {
            this(year, "ANNUAL", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        World(int year, String kind, LocalDate start, LocalDate end) {
            this.year = year;
            Map<String, Object> plan = new HashMap<>();
            plan.put("number", UUID.randomUUID().toString().substring(0, 6) + "-KH/TCT");
            plan.put("title", "Kế hoạch phát động phong trào thi đua năm " + year);
            plan.put("issuingUnitId", agency.toString());
            plan.put("issuedOn", start.toString());
            plan.put("kind", kind);
            if (kind.equals("ANNUAL")) {
                plan.put("year", year);
            }
            plan.put("startDate", start.toString());
            plan.put("endDate", end.toString());
            plan.put("signer", Map.of("name", "Lường Văn Thành", "position", "Hiệu trưởng"));
            plan.put("movements", List.of(Map.of("key", "GD5T", "name", "Giảng dạy tốt, nghiên cứu tốt")));
            planId = board().body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");
            String etag = board().get("/api/v1/plans/" + planId).then().extract().header("ETag");
            board().header("If-Match", etag).post("/api/v1/plans/" + planId + ":issue").then().statusCode(200);
        }

        RequestSpecification board() {
            return TestOrg.as(agency, Roles.BOARD);
        }

        UUID person(String fullName) {
            String id = TestOrg.asRootAdmin().body(Map.of("code", TestOrg.uniqueCode("P"), "fullName", fullName,
                    "unitId", faculty.toString())).post("/api/v1/people").then().statusCode(201).extract().path("id");
            return UUID.fromString(id);
        }

        /** A person rated {@code rating} for the plan's year, with an approved pledge for {@code titles}. */
        UUID staff(String fullName, String rating, String... titles) {
            UUID person = person(fullName);
            rated(person, year, rating);
            pledge(person, titles);
            return person;
        }

        void rated(UUID person, int year, String rating) {
            board().body(Map.of("personId", person.toString(), "year", year, "rating", rating, "monthsEmployed", 12))
                    .post("/api/v1/annual-assessments").then().statusCode(201);
        }

        void awarded(UUID person, int year, String code) {
            board().body(Map.of("personId", person.toString(), "year", year, "awardCode", code,
                    "decisionNumber", year + "/QĐ-TCT", "decisionDate", LocalDate.of(year + 1, 1, 10).toString()))
                    .post("/api/v1/award-records").then().statusCode(201);
        }

        void initiative(UUID person, int year, String level) {
            board().body(Map.of("kind", "INITIATIVE", "title", "Sáng kiến đổi mới giảng dạy " + UUID.randomUUID(),
                    "authorIds", List.of(person.toString()), "recognisedBy", "Hội đồng sáng kiến Trường",
                    "decisionNumber", "SK-" + UUID.randomUUID().toString().substring(0, 8),
                    "recognisedOn", LocalDate.of(year, 11, 20).toString(), "year", year, "level", level))
                    .post("/api/v1/initiatives").then().statusCode(201);
        }

        void pendingProceeding(UUID person, LocalDate opened) {
            board().body(Map.of("personId", person.toString(), "kind", "DISCIPLINE", "openedOn", opened.toString(),
                    "reference", "Thông báo 12/TB-UBKT")).post("/api/v1/disciplinary-proceedings").then()
                    .statusCode(201);
        }

        void pledge(UUID person, String... titles) {
            var created = board().body(Map.of("subjectKind", "PERSON", "personId", person.toString(), "titles",
                    List.of(titles))).post("/api/v1/plans/" + planId + "/pledges").then().statusCode(201).extract();
            String id = created.path("id");
            String etag = board().header("If-Match", created.header("ETag")).body(Map.of())
                    .post("/api/v1/pledges/" + id + ":submit").then().statusCode(200).extract().header("ETag");
            board().header("If-Match", etag).post("/api/v1/pledges/" + id + ":approve").then().statusCode(200);
        }

        /** The person's evaluation, reviewed by the unit with {@code attested} for solidarity (null: not yet). */
        String evaluation(UUID person, Boolean attested, String... proposed) {
            String id = board().body(Map.of("personId", person.toString())).post("/api/v1/plans/" + planId
                    + "/evaluations").then().statusCode(201).extract().path("id");
            if (attested == null) {
                return id;
            }
            put(id, "self-assessment", Map.of("achievements", "Hoàn thành tốt nhiệm vụ giảng dạy"));
            act(id, "self-assess");
            Map<String, Object> review = new HashMap<>();
            review.put("proposedTitles", List.of(proposed));
            review.put("meetingDate", LocalDate.of(year, 12, 20).isAfter(LocalDate.now())
                    ? LocalDate.now().minusDays(1).toString() : LocalDate.of(year, 12, 20).toString());
            review.put("votesFor", 18);
            review.put("votesAgainst", 1);
            review.put("votesTotal", 20);
            review.put("attestations", Map.of(SOLIDARITY, Map.of("attested", attested)));
            put(id, "review", review);
            return id;
        }

        private void put(String id, String part, Object body) {
            String etag = board().get("/api/v1/evaluations/" + id).then().extract().header("ETag");
            board().header("If-Match", etag).body(body).put("/api/v1/evaluations/" + id + "/" + part).then()
                    .statusCode(200);
        }

        private void act(String id, String action) {
            String etag = board().get("/api/v1/evaluations/" + id).then().extract().header("ETag");
            board().header("If-Match", etag).post("/api/v1/evaluations/" + id + ":" + action).then().statusCode(200);
        }

        JsonPath eligibility(String evaluation) {
            return board().get("/api/v1/evaluations/" + evaluation + "/eligibility").then().statusCode(200)
                    .extract().jsonPath();
        }
    }

    static Map<String, Object> title(JsonPath answer, String code) {
        return answer.getMap("titles.find { it.title == '" + code + "' }");
    }

    static Map<String, Object> criterion(JsonPath answer, String code, String id) {
        return answer.getMap("titles.find { it.title == '" + code + "' }.criteria.find { it.id == '" + id + "' }");
    }

    @Test
    void anAdvancedWorkerPassesWithEveryCriterionAndItsReason() {
        World w = new World(2025);
        UUID person = w.staff("Lò Văn Minh", "GOOD", LDTT);
        JsonPath answer = w.eligibility(w.evaluation(person, true, LDTT));
        assertEquals("LAW2022_ND152", answer.getString("ruleSet.code"));
        assertEquals(2025, answer.getInt("period.year"));
        Map<String, Object> ldtt = title(answer, LDTT);
        assertEquals("PASS", ldtt.get("outcome"));
        assertEquals(true, ldtt.get("proposed"));
        assertEquals("Đủ điều kiện Lao động tiên tiến", ldtt.get("summary"));
        Map<String, Object> rating = criterion(answer, LDTT, "rating");
        assertEquals("PASS", rating.get("outcome"));
        assertEquals("Năm 2025 xếp loại hoàn thành tốt nhiệm vụ (yêu cầu: hoàn thành tốt nhiệm vụ trở lên)",
                rating.get("message"));
        assertEquals("GOOD", ((Map<?, ?>) rating.get("values")).get("rating"));
        assertTrue(((String) rating.get("legalRef")).contains("Luật"));
        // and in English on request
        String english = w.board().header("Accept-Language", "en").get("/api/v1/evaluations/"
                + answer.getString("evaluationId") + "/eligibility").then().statusCode(200).extract().jsonPath()
                .getString("titles.find { it.title == 'ADVANCED_WORKER' }.criteria.find { it.id == 'rating' }.message");
        assertEquals("Rated good for 2025 (required: good or better)", english);
    }

    @Test
    void eachOutcomeKindWithItsSentence() {
        World w = new World(2025);
        UUID notYet = w.staff("Nguyễn Thị Hoa", "GOOD", LDTT);
        Map<String, Object> review = title(w.eligibility(w.evaluation(notYet, null)), LDTT);
        assertEquals("NEEDS_REVIEW", review.get("outcome"));
        assertEquals("Cần xem xét thêm (Lao động tiên tiến): Chờ đơn vị xác nhận: đoàn kết, tích cực tham gia phong "
                + "trào thi đua", review.get("summary"));

        UUID completed = w.staff("Tao Văn Sơn", "COMPLETED", LDTT);
        Map<String, Object> failed = title(w.eligibility(w.evaluation(completed, true)), LDTT);
        assertEquals("FAIL", failed.get("outcome"));
        assertEquals("Không đủ điều kiện Lao động tiên tiến: Năm 2025 chỉ xếp loại hoàn thành nhiệm vụ, chưa đạt "
                + "hoàn thành tốt nhiệm vụ trở lên", failed.get("summary"));

        UUID fighter = w.staff("Giàng Thị Mai", "EXCELLENT", CSTDCS);
        JsonPath answer = w.eligibility(w.evaluation(fighter, true, CSTDCS));
        Map<String, Object> cstdcs = title(answer, CSTDCS);
        assertEquals("PASS", cstdcs.get("outcome"));
        assertEquals(true, cstdcs.get("awaitingCouncil"));
        assertEquals("AWAITING_COUNCIL", criterion(answer, CSTDCS, "vote").get("outcome"));
    }

    @Test
    void aBrokenChainSaysWhichYearIsMissing() {
        World w = new World(2025);
        UUID person = w.staff("Nguyễn Văn Đức", "EXCELLENT", PROVINCE);
        w.awarded(person, 2023, CSTDCS);
        w.initiative(person, 2024, "PROVINCE");
        JsonPath answer = w.eligibility(w.evaluation(person, true, PROVINCE));
        Map<String, Object> chain = criterion(answer, PROVINCE, "chain");
        assertEquals("FAIL", chain.get("outcome"));
        assertEquals("Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2023, 2025 — thiếu 2024", chain.get("message"));
        assertEquals(List.of(2024), ((Map<?, ?>) chain.get("values")).get("missing"));
        // the missing year recorded: the chain holds, and the title awaits the council's 90%
        w.awarded(person, 2024, CSTDCS);
        answer = w.eligibility(answer.getString("evaluationId"));
        assertEquals("PASS", title(answer, PROVINCE).get("outcome"));
        assertEquals(true, title(answer, PROVINCE).get("awaitingCouncil"));
    }

    @Test
    void aPendingProcedureBlocksEveryTitle() {
        World w = new World(2025);
        UUID person = w.staff("Lò Thị Xuân", "EXCELLENT", CSTDCS);
        w.pendingProceeding(person, LocalDate.of(2025, 12, 1));
        JsonPath answer = w.eligibility(w.evaluation(person, true, CSTDCS));
        List<String> outcomes = answer.getList("titles.outcome");
        assertTrue(outcomes.stream().allMatch("FAIL"::equals), outcomes.toString());
        assertEquals("FAIL", criterion(answer, LDTT, "noPendingProceeding").get("outcome"));
        // looked at before it was opened, it blocks nothing
        String id = answer.getString("evaluationId");
        w.board().queryParam("asOf", "2025-11-30").get("/api/v1/evaluations/" + id + "/eligibility").then()
                .statusCode(200).body("titles.find { it.title == 'ADVANCED_WORKER' }.outcome", equalTo("PASS"));
    }

    @Test
    void aReprimandServedUntilAprilFailsAdvancedWorkerAndTheAnswerNamesItsDecisionAndDates() {
        World w = new World(2025);
        UUID person = w.staff("Lò Thị Giang", "GOOD", LDTT);
        w.board().body(Map.of("personId", person.toString(), "measure", "REPRIMAND", "decidedOn", "2024-05-01",
                "servedUntil", "2025-04-30", "decisionNumber", "12/QĐ-TCT")).post("/api/v1/disciplinary-measures")
                .then().statusCode(201);
        JsonPath answer = w.eligibility(w.evaluation(person, true, LDTT));
        Map<String, Object> ldtt = title(answer, LDTT);
        assertEquals("FAIL", ldtt.get("outcome"), "the discipline rule is on by default: FAIL, not NEEDS_REVIEW");
        String sentence = "Bị kỷ luật khiển trách (quyết định số 12/QĐ-TCT ngày 01/05/2024, thi hành đến hết ngày "
                + "30/04/2025), trong kỳ xét";
        assertEquals("Không đủ điều kiện Lao động tiên tiến: " + sentence, ldtt.get("summary"));
        Map<String, Object> discipline = criterion(answer, LDTT, "discipline");
        assertEquals("FAIL", discipline.get("outcome"));
        assertEquals(sentence, discipline.get("message"));
        assertEquals(List.of(Map.of("measure", "REPRIMAND", "decisionNumber", "12/QĐ-TCT", "decidedOn", "2024-05-01",
                "servedUntil", "2025-04-30")), ((Map<?, ?>) discipline.get("values")).get("measures"));
        String english = w.board().header("Accept-Language", "en").get("/api/v1/evaluations/"
                + answer.getString("evaluationId") + "/eligibility").then().statusCode(200).extract().jsonPath()
                .getString("titles.find { it.title == 'ADVANCED_WORKER' }.criteria.find { it.id == 'discipline' }.message");
        assertEquals("Disciplined with a reprimand (decision 12/QĐ-TCT of 01/05/2024, in effect until 30/04/2025) "
                + "within the period", english);
    }

    @Test
    void theRuleSetFollowsThePeriodAcrossThe2025Switch() {
        World before = new World(2025, "THEMATIC", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        World after = new World(2025, "THEMATIC", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1));
        UUID a = before.staff("Lò Văn A", "GOOD", LDTT);
        UUID b = after.staff("Lò Văn B", "GOOD", LDTT);
        assertEquals("LAW2022_ND98", before.eligibility(before.evaluation(a, true)).getString("ruleSet.code"));
        assertEquals("LAW2022_ND152", after.eligibility(after.evaluation(b, true)).getString("ruleSet.code"));
        World old = new World(2022);
        UUID c = old.staff("Lò Văn C", "EXCELLENT", CSTDCS);
        JsonPath answer = old.eligibility(old.evaluation(c, true));
        assertEquals("LAW2013_ND91", answer.getString("ruleSet.code"));
        assertEquals(true, answer.getBoolean("ruleSet.needsVerification"));
        assertEquals("FAIL", title(answer, CSTDCS).get("outcome"), "the old regime wants an initiative");
    }

    @Test
    void noRuleSetInForceIsAConflict() {
        World w = new World(2015);
        UUID person = w.staff("Lò Văn D", "GOOD", LDTT);
        String id = w.evaluation(person, true);
        Problems.assertProblem(w.board().get("/api/v1/evaluations/" + id + "/eligibility").then(), 409, "CONFLICT");
    }

    @Test
    void membersReadTheirOwnAnswerOnlyAndOtherAgenciesNothing() {
        World w = new World(2025);
        UUID own = w.staff("Lò Văn E", "GOOD", LDTT);
        UUID colleague = w.staff("Lò Văn F", "GOOD", LDTT);
        String mine = w.evaluation(own, true);
        String theirs = w.evaluation(colleague, true);
        RequestSpecification member = RestAssured.given().accept("application/json")
                .auth().oauth2(TestTokens.asPerson(w.faculty, own, Roles.MEMBER));
        member.get("/api/v1/evaluations/" + mine + "/eligibility").then().statusCode(200);
        Problems.assertProblem(RestAssured.given().accept("application/json")
                .auth().oauth2(TestTokens.asPerson(w.faculty, own, Roles.MEMBER))
                .get("/api/v1/evaluations/" + theirs + "/eligibility").then(), 404, "NOT_FOUND");
        UUID other = TestOrg.agency("Sở Văn hóa");
        Problems.assertProblem(TestOrg.as(other, Roles.BOARD).get("/api/v1/evaluations/" + mine + "/eligibility")
                .then(), 404, "NOT_FOUND");
        Problems.assertProblem(TestOrg.as(other, Roles.BOARD).queryParam("unit", w.agency)
                .get("/api/v1/plans/" + w.planId + "/eligibility").then(), 404, "NOT_FOUND");
        Problems.assertProblem(RestAssured.given().accept("application/json")
                .auth().oauth2(TestTokens.asPerson(w.faculty, own, Roles.MEMBER))
                .get("/api/v1/plans/" + w.planId + "/eligibility").then(), 403, "FORBIDDEN");
    }

    @Test
    void theBatchCountsEveryoneAndReportsWhoIsOverAConfiguredQuota() {
        World w = new World(2025);
        List<UUID> fighters = new ArrayList<>();
        List<UUID> staff = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID person = w.staff("Cán bộ " + (char) ('A' + i), i < 3 ? "EXCELLENT" : "GOOD", CSTDCS);
            staff.add(person);
            w.evaluation(person, true, CSTDCS);
            if (i < 3) {
                fighters.add(person);
            }
        }
        JsonPath batch = w.board().queryParam("unit", w.faculty).get("/api/v1/plans/" + w.planId + "/eligibility")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(8, batch.getInt("total"), "the faculty and its seven people");
        assertEquals(7, batch.getInt("counts.ADVANCED_WORKER.PASS"));
        assertEquals(3, batch.getInt("counts.GRASSROOTS_EMULATION_FIGHTER.PASS"));
        assertEquals(List.of(), batch.getList("quotas"), "no quota under the 2022 law unless configured");
        assertEquals("UNIT", batch.getString("items[0].subject.kind"));

        // the agency configures 15% of LĐTT: the base is the LĐTT recognised, not those merely eligible, so before
        // any is recognised the cap is 0 and all three are over, none dropped
        TestOrg.as(w.agency, Roles.ADMIN).body(Map.of("value", Map.of("ratio", 0.15, "of", "ADVANCED_WORKER"),
                "reason", "Quy chế thi đua của Trường")).put("/api/v1/units/" + w.agency
                + "/rule-overrides/quota." + CSTDCS).then().statusCode(201);
        batch = w.board().queryParam("unit", w.faculty).queryParam("title", CSTDCS).queryParam("outcome", "PASS")
                .get("/api/v1/plans/" + w.planId + "/eligibility").then().statusCode(200)
                .body("items", hasSize(3)).body("quotas", hasSize(1)).extract().jsonPath();
        assertEquals(0, batch.getInt("quotas[0].base"), "seven eligible for LĐTT, none recognised yet");
        assertEquals(0, batch.getInt("quotas[0].cap"));
        assertEquals(3, batch.getList("quotas[0].over").size());

        // the seven are recognised LĐTT for the year (conferred): 7 allow 1, so two of the three are over
        staff.forEach(person -> w.awarded(person, 2025, "ADVANCED_WORKER"));
        batch = w.board().queryParam("unit", w.faculty).queryParam("title", CSTDCS).queryParam("outcome", "PASS")
                .get("/api/v1/plans/" + w.planId + "/eligibility").then().statusCode(200)
                .body("items", hasSize(3)).body("quotas", hasSize(1)).extract().jsonPath();
        assertEquals(7, batch.getInt("quotas[0].base"));
        assertEquals(1, batch.getInt("quotas[0].cap"));
        assertEquals(0, batch.getInt("quotas[0].used"));
        assertEquals(true, batch.getBoolean("quotas[0].exceeded"));
        assertEquals(3, batch.getList("quotas[0].ranking").size());
        assertEquals(2, batch.getList("quotas[0].over").size());
        assertTrue(batch.getString("quotas[0].message").contains("vượt giới hạn 1"), batch.getString("quotas[0].message"));
        List<Boolean> over = batch.getList(
                "items.collect { it.titles.find { t -> t.title == 'GRASSROOTS_EMULATION_FIGHTER' }.overQuota }");
        assertEquals(2, over.stream().filter(Boolean.TRUE::equals).count());
        List<String> outcomes = batch.getList("items.collect { it.titles.find { t -> t.title == 'GRASSROOTS_EMULATION_FIGHTER' }.outcome }");
        assertTrue(outcomes.stream().allMatch("PASS"::equals), "over the cap is reported, never dropped");
    }

    @Test
    void theBatchSendsAFixedNumberOfStatementsWhateverTheUnitsSize() {
        World small = new World(2025);
        World large = new World(2025);
        for (int i = 0; i < 3; i++) {
            small.evaluation(small.staff("Người " + i, "GOOD", LDTT), true);
        }
        for (int i = 0; i < 12; i++) {
            UUID person = large.staff("Người " + i, i % 2 == 0 ? "EXCELLENT" : "GOOD", CSTDCS);
            large.awarded(person, 2024, CSTDCS);
            large.initiative(person, 2025, "BASE");
            large.evaluation(person, true);
        }
        long few = statements(small);
        long many = statements(large);
        assertEquals(few, many, "statements for 3 people: " + few + ", for 12: " + many);
        assertTrue(many < 25, "statements: " + many);
    }

    private long statements(World w) {
        Statistics statistics = sessions.getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            w.board().queryParam("unit", w.faculty).get("/api/v1/plans/" + w.planId + "/eligibility").then()
                    .statusCode(200);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
