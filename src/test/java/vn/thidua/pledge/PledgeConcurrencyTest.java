package vn.thidua.pledge;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;
import vn.thidua.testsupport.TestTokens;

/**
 * Real HTTP requests raced against each other: whatever the interleaving, one act wins, the others get a clear
 * problem answer, and nothing is lost or written twice (checked in the audit trail and the outbox, not only in the
 * answers). All requests of a race are released together by one latch.
 */
@QuarkusTest
class PledgeConcurrencyTest {

    @Inject
    EntityManager em;

    @Test
    void fiftyConcurrentApprovalsOfOnePledgeGiveExactlyOneSuccess() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID person = f.person("Lò Văn Minh");
        String id = create(f, PledgeFixtures.forPerson(person, "ADVANCED_WORKER"));
        TestOrg.as(f.faculty, Roles.UNIT_HEAD).header("If-Match", etag(id)).body(Map.of())
                .post("/api/v1/pledges/" + id + ":submit").then().statusCode(200);
        String submitted = etag(id);

        List<Response> answers = race(50, i -> TestOrg.as(f.faculty, Roles.UNIT_HEAD).header("If-Match", submitted)
                .post("/api/v1/pledges/" + id + ":approve"));

        assertOneWinner(answers, 200);
        TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/pledges/" + id).then().body("status", equalTo("APPROVED"));
        assertEquals(1, audited(id, "pledge.approved"));
        assertEquals(1, events(id, "pledge.approved"));
    }

    @Test
    void concurrentUpdatesWithTheSameETagHaveOneWinnerWhoseTextIsKept() {
        PledgeFixtures f = new PledgeFixtures(true);
        UUID person = f.person("Hoàng Thị Lan");
        String id = create(f, PledgeFixtures.forPerson(person, "ADVANCED_WORKER"));
        String draft = etag(id);

        List<Response> answers = race(20, i -> TestOrg.as(f.faculty, Roles.UNIT_HEAD).header("If-Match", draft)
                .body(Map.of("titles", List.of("ADVANCED_WORKER"), "commitments",
                        List.of(Map.of("movementKey", "GD5T", "text", "Cam kết phiên bản " + i))))
                .put("/api/v1/pledges/" + id));

        Response winner = assertOneWinner(answers, 200);
        String kept = winner.path("commitments[0].text");
        TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/pledges/" + id).then().statusCode(200)
                .body("commitments[0].text", equalTo(kept)).header("ETag", equalTo(winner.header("ETag")));
        assertEquals(1, audited(id, "pledge.updated"));
    }

    @Test
    void twoImportsWithTheSameIdempotencyKeyCreateOnce() {
        PledgeFixtures f = new PledgeFixtures(true);
        StringBuilder file = new StringBuilder("personCode,titles\n");
        for (int i = 0; i < 20; i++) {
            String code = TestOrg.uniqueCode("CB");
            TestOrg.asRootAdmin().body(Map.of("code", code, "fullName", "Cán bộ số " + i, "unitId",
                    f.faculty.toString())).post("/api/v1/people").then().statusCode(201);
            file.append(code).append(",ADVANCED_WORKER\n");
        }
        String key = UUID.randomUUID().toString();
        byte[] csv = file.toString().getBytes(StandardCharsets.UTF_8);

        List<Response> answers = race(2, i -> TestOrg.as(f.agency, Roles.BOARD).header("Idempotency-Key", key)
                .contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/plans/" + f.planId + "/pledges:import"));

        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), answer.asString());
            assertEquals(Boolean.TRUE, answer.path("applied"));
        }
        List<String> first = answers.get(0).path("rows.id");
        assertEquals(first, answers.get(1).path("rows.id"), "both answers report the same pledges");
        assertEquals(1, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count(),
                "exactly one answer is the replay of the other");
        assertEquals(20, (int) TestOrg.as(f.agency, Roles.BOARD).get("/api/v1/plans/" + f.planId + "/pledges")
                .then().statusCode(200).extract().path("total"));
        for (String id : first) {
            assertEquals(1, audited(id, "pledge.created"));
            assertEquals(1, events(id, "pledge.approved"), "the board's import approves on entry");
        }
    }

    @Test
    void concurrentRegistrationsLoseNothingAndNeverRegisterAPersonTwice() {
        PledgeFixtures f = new PledgeFixtures(true);
        List<UUID> people = IntStream.range(0, 30).mapToObj(i -> f.person("Viên chức " + i)).toList();

        List<Response> distinct = race(people.size(), i -> member(f, people.get(i))
                .body(PledgeFixtures.forPerson(people.get(i), "ADVANCED_WORKER"))
                .post("/api/v1/plans/" + f.planId + "/pledges"));
        distinct.forEach(answer -> assertEquals(201, answer.statusCode(), answer.asString()));
        assertEquals(people.size(), distinct.stream().map(a -> a.<String>path("id")).distinct().count());

        UUID twice = f.person("Đèo Văn Hải");
        List<Response> same = race(10, i -> member(f, twice).body(PledgeFixtures.forPerson(twice, "ADVANCED_WORKER"))
                .post("/api/v1/plans/" + f.planId + "/pledges"));
        assertOneWinner(same, 201);

        assertEquals(people.size() + 1, (int) TestOrg.as(f.agency, Roles.BOARD)
                .get("/api/v1/plans/" + f.planId + "/pledges").then().statusCode(200).extract().path("total"));
    }

    /** Exactly one answer has {@code success}; every other one is a 409 or 412 problem. Returns the winner. */
    private static Response assertOneWinner(List<Response> answers, int success) {
        Map<Integer, Long> statuses = answers.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(1L, statuses.getOrDefault(success, 0L), "one winner among " + statuses);
        for (Response answer : answers) {
            if (answer.statusCode() != success) {
                assertTrue(answer.statusCode() == 409 || answer.statusCode() == 412,
                        "a loser gets 409 or 412, not " + answer.statusCode() + ": " + answer.asString());
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                assertTrue(List.of("CONFLICT", "PRECONDITION_FAILED", "DUPLICATE")
                        .contains(answer.<String>path("code")), answer.asString());
            }
        }
        return answers.stream().filter(a -> a.statusCode() == success).findFirst().orElseThrow();
    }

    /** Sends {@code count} requests from as many threads, all released at the same moment; answers in index order. */
    private static List<Response> race(int count, Function<Integer, Response> request) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all racers ready");
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new AssertionError("the race did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RequestSpecification member(PledgeFixtures f, UUID person) {
        return RestAssured.given().contentType("application/json").accept("application/json").auth()
                .oauth2(TestTokens.asPerson(f.faculty, person, Roles.MEMBER));
    }

    private static String create(PledgeFixtures f, Map<String, Object> body) {
        return TestOrg.as(f.faculty, Roles.UNIT_HEAD).body(body).post("/api/v1/plans/" + f.planId + "/pledges")
                .then().statusCode(201).extract().path("id");
    }

    private static String etag(String id) {
        return TestOrg.asRootAdmin().get("/api/v1/pledges/" + id).then().statusCode(200).extract().header("ETag");
    }

    private long audited(String id, String action) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(a) from AuditEvent a where a.entityId = :id and a.action = :action", Long.class)
                .setParameter("id", id).setParameter("action", action).getSingleResult());
    }

    private long events(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(e) from OutboxEvent e where e.aggregateId = :id and e.type = :type", Long.class)
                .setParameter("id", id).setParameter("type", type).getSingleResult());
    }
}
