package vn.thidua.council;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.council.CouncilFixtures.Voter;

/**
 * Thirty members vote at once on fifty items, each in one request of fifty ballots: after the count every item holds
 * exactly the ballots cast, none lost and none twice. One member sending the same ballot ten times at once gets it
 * cast exactly once.
 */
@QuarkusTest
class BallotConcurrencyTest {

    static final int MEMBERS = 30;
    static final int ITEMS = 50;
    static final String GRASSROOTS = "GRASSROOTS_EMULATION_FIGHTER";

    @Test
    void thirtyMembersVotingAtOnceLoseNoBallotAndCountNoneTwice() throws Exception {
        CouncilFixtures f = new CouncilFixtures();
        List<Voter> members = f.members(MEMBERS);
        String session = f.session2024();
        List<String> items = new ArrayList<>();
        for (int k = 0; k < ITEMS; k++) {
            String name = "Ứng viên số " + k;
            items.add(f.item(session, f.evaluation(f.person(name), name, GRASSROOTS), GRASSROOTS, null));
        }
        String repeated = f.item(session, f.evaluation(f.person("Ứng viên lặp"), "Ứng viên lặp", GRASSROOTS),
                GRASSROOTS, null);
        f.attendance(session, members, List.of());
        f.act(session, "open-voting").statusCode(200);

        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
        long started = System.nanoTime();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> casts = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                Voter voter = members.get(m);
                int member = m;
                List<Map<String, String>> ballots = new ArrayList<>();
                for (int k = 0; k < ITEMS; k++) {
                    ballots.add(Map.of("itemId", items.get(k), "choice", choice(member, k)));
                }
                String token = voter.token();
                casts.add(pool.submit(call(go, () -> io.restassured.RestAssured.given().contentType("application/json")
                        .auth().oauth2(token).body(Map.of("ballots", ballots))
                        .post("/api/v1/council-sessions/" + session + "/ballots").statusCode())));
            }
            go.countDown();
            for (Future<Integer> cast : casts) {
                assertEquals(201, cast.get(120, TimeUnit.SECONDS));
            }

            CountDownLatch again = new CountDownLatch(1);
            String token = members.get(0).token();
            List<Future<Integer>> duplicates = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                duplicates.add(pool.submit(call(again, () -> io.restassured.RestAssured.given()
                        .contentType("application/json").auth().oauth2(token)
                        .body(Map.of("ballots", List.of(Map.of("itemId", repeated, "choice", "APPROVE"))))
                        .post("/api/v1/council-sessions/" + session + "/ballots").statusCode())));
            }
            again.countDown();
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> duplicate : duplicates) {
                statuses.merge(duplicate.get(120, TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, 9), statuses);
        } finally {
            pool.shutdownNow();
        }
        long castSeconds = (System.nanoTime() - started) / 1_000_000;

        f.act(session, "close-voting").statusCode(200);
        Map<String, Map<String, Object>> results = f.results(session);
        for (int k = 0; k < ITEMS; k++) {
            int approve = 0;
            int reject = 0;
            int abstain = 0;
            for (int m = 0; m < MEMBERS; m++) {
                switch (choice(m, k)) {
                    case "APPROVE" -> approve++;
                    case "REJECT" -> reject++;
                    default -> abstain++;
                }
            }
            assertEquals(Map.of("approve", approve, "reject", reject, "abstain", abstain, "spoilt", 0, "written", 0),
                    results.get(items.get(k)).get("tally"), "item " + k);
        }
        assertEquals(1, ((Map<?, ?>) results.get(repeated).get("tally")).get("approve"));
        System.out.printf("Council ballots: %d members × %d items cast concurrently in %d ms%n", MEMBERS, ITEMS,
                castSeconds);
    }

    /** Member m's choice on item k: a pattern that gives every item its own counts. */
    static String choice(int m, int k) {
        int r = (m * 7 + k * 3) % (5 + k % 4);
        return r < 3 ? "APPROVE" : r == 3 ? "REJECT" : "ABSTAIN";
    }

    private static <T> Callable<T> call(CountDownLatch go, Callable<T> action) {
        return () -> {
            go.await();
            return action.call();
        };
    }
}
