package vn.thidua.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * Webhook delivery against receivers on the loopback, with the worker driven by the test (its schedule is off in
 * tests) and retry waits of milliseconds ({@code %test} settings: 3 attempts).
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    WebhookWorker worker;

    @Test
    void aDeliveryIsSignedSoThatTheReceiverCanCheckItAndRefuseATamperedOne() throws Exception {
        try (Receiver receiver = new Receiver()) {
            UUID agency = TestOrg.agency("Sở Giao thông");
            WebhookFixtures.Made hook = WebhookFixtures.subscribe(agency,
                    WebhookFixtures.body(agency, receiver.url("/hooks/thidua"), List.of("unit.created"), true));
            UUID department = TestOrg.unit(agency, "Phòng Quản lý vận tải", "DEPARTMENT");
            runUntil(() -> receiver.received().size() == 1);

            Receiver.Received received = receiver.received().get(0);
            assertTrue(Receiver.verify(hook.secret(), received.timestamp(), received.body(), received.signature()),
                    "the receiver's own check accepts the signature");
            byte[] tampered = received.text().replace("Phòng Quản lý vận tải", "Phòng Quản lý vận tải (giả)")
                    .getBytes(StandardCharsets.UTF_8);
            assertFalse(Receiver.verify(hook.secret(), received.timestamp(), tampered, received.signature()),
                    "a tampered body is refused");
            assertFalse(Receiver.verify(hook.secret(), Long.toString(Long.parseLong(received.timestamp()) + 1),
                    received.body(), received.signature()), "a replay under another timestamp is refused");
            assertFalse(Receiver.verify("another-secret-entirely-0123", received.timestamp(), received.body(),
                    received.signature()), "another secret does not verify");
            assertTrue(Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(received.timestamp())) < 60);
            assertEquals("application/json", received.contentType());

            JsonNode body = JSON.readTree(received.body());
            assertEquals("unit.created", body.path("type").asText());
            assertEquals(department.toString(), body.path("aggregateId").asText());
            assertEquals("Phòng Quản lý vận tải", body.path("state").path("name").asText());
            JsonPath log = deliveries(agency, hook.id());
            assertEquals(List.of(received.id()), log.getList("items.id"), "Webhook-Id is the delivery's id");
            assertEquals(List.of(body.path("id").asText()), log.getList("items.eventId"));
            assertEquals("DELIVERED", log.getString("items[0].status"));
            assertEquals(1, log.getInt("items[0].attempts"));
            assertEquals(200, log.getInt("items[0].lastStatusCode"));
        }
    }

    @Test
    void aFailedDeliveryIsRetriedUnderTheSameIdUntilTheReceiverTakesIt() throws Exception {
        try (Receiver receiver = new Receiver().answering(n -> n <= 2 ? 500 : 200)) {
            UUID agency = TestOrg.agency("Sở Lao động");
            WebhookFixtures.Made hook = WebhookFixtures.subscribe(agency,
                    WebhookFixtures.body(agency, receiver.url("/hook"), List.of("unit.*"), true));
            TestOrg.unit(agency, "Phòng Việc làm", "DEPARTMENT");
            runUntil(() -> receiver.received().size() == 3);

            List<Receiver.Received> received = receiver.received();
            assertEquals(List.of(500, 500, 200), received.stream().map(Receiver.Received::answered).toList());
            assertEquals(1, received.stream().map(Receiver.Received::id).distinct().count(), "one Webhook-Id");
            JsonPath log = deliveries(agency, hook.id());
            assertEquals("DELIVERED", log.getString("items[0].status"));
            assertEquals(3, log.getInt("items[0].attempts"));
        }
    }

    /**
     * A receiver that always fails: after the last attempt the delivery is dead and the subscription paused, and the
     * next event waits (nothing is sent out of order). Once the receiver is fixed, redelivering the dead one resumes
     * the subscription and both arrive, in order.
     */
    @Test
    void aDeliveryThatKeepsFailingGoesDeadAndPausesTheSubscriptionUntilRedelivered() throws Exception {
        try (Receiver receiver = new Receiver().answering(n -> 500)) {
            UUID agency = TestOrg.agency("Sở Thông tin");
            WebhookFixtures.Made hook = WebhookFixtures.subscribe(agency,
                    WebhookFixtures.body(agency, receiver.url("/hook"), List.of("unit.created"), true));
            TestOrg.unit(agency, "Phòng Báo chí", "DEPARTMENT");
            TestOrg.unit(agency, "Phòng Bưu chính", "DEPARTMENT");
            runUntil(() -> "DEAD_DELIVERY".equals(webhook(agency, hook.id()).getString("pausedReason")));
            worker.run("test");
            worker.run("test");

            JsonPath log = deliveries(agency, hook.id());
            assertEquals(List.of("PENDING", "DEAD"), log.getList("items.status"), "newest first");
            assertEquals(3, log.getInt("items[1].attempts"));
            assertEquals(500, log.getInt("items[1].lastStatusCode"));
            String dead = log.getString("items[1].id");
            String waiting = log.getString("items[0].id");
            assertEquals(3, receiver.received().size(), "three attempts of the first, nothing of the second");
            assertTrue(receiver.received().stream().allMatch(r -> r.id().equals(dead)));

            receiver.answering(n -> 200);
            TestOrg.as(agency, Roles.BOARD).post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + dead
                    + ":redeliver").then().statusCode(200).body("status", equalTo("PENDING"))
                    .body("attempts", equalTo(0));
            assertEquals(null, webhook(agency, hook.id()).getString("pausedReason"));
            runUntil(() -> receiver.received().size() == 5);

            List<String> delivered = receiver.received().stream().filter(r -> r.answered() == 200)
                    .map(Receiver.Received::id).toList();
            assertEquals(List.of(dead, waiting), delivered, "the redelivered one first, then the one that waited");
            assertEquals(List.of("DELIVERED", "DELIVERED"), deliveries(agency, hook.id()).getList("items.status"));
        }
    }

    /**
     * Two instances of the worker (two threads, each with its own instance id and its own transactions) work the same
     * queues at once: 3 subscriptions × 20 events, a receiver that answers after a random pause. Every delivery
     * arrives exactly once, and each subscription's in event order.
     */
    @Test
    void twoInstancesNeverDeliverAnEventTwice() throws Exception {
        try (Receiver receiver = new Receiver().slow(15)) {
            UUID agency = TestOrg.agency("Sở Kế hoạch");
            List<WebhookFixtures.Made> hooks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                hooks.add(WebhookFixtures.subscribe(agency,
                        WebhookFixtures.body(agency, receiver.url("/hook/" + i), List.of("unit.created"), true)));
            }
            List<String> units = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                units.add(TestOrg.unit(agency, "Phòng số " + i, "DEPARTMENT").toString());
            }
            int expected = hooks.size() * units.size();
            ExecutorService instances = Executors.newFixedThreadPool(2);
            Map<String, Integer> deliveredBy = new LinkedHashMap<>();
            List<Future<Integer>> runs = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (String instance : List.of("instance-a", "instance-b")) {
                Callable<Integer> loop = () -> {
                    int delivered = 0;
                    while (receiver.received().size() < expected && System.nanoTime() < deadline) {
                        delivered += worker.run(instance).delivered();
                    }
                    return delivered;
                };
                runs.add(instances.submit(loop));
            }
            for (int i = 0; i < runs.size(); i++) {
                deliveredBy.put(List.of("instance-a", "instance-b").get(i), runs.get(i).get(90, TimeUnit.SECONDS));
            }
            instances.shutdown();
            worker.run("test");

            List<Receiver.Received> received = receiver.received();
            Map<String, Long> perId = received.stream()
                    .collect(Collectors.groupingBy(Receiver.Received::id, Collectors.counting()));
            assertEquals(expected, perId.size(), "every delivery arrived");
            assertEquals(Map.of(), perId.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "nothing arrived twice");
            Map<String, List<String>> orderPerHook = new HashMap<>();
            for (Receiver.Received one : received) {
                JsonNode body = JSON.readTree(one.body());
                String hook = hooks.stream().filter(h -> deliveries(agency, h.id()).getList("items.id")
                        .contains(one.id())).findFirst().orElseThrow().id();
                orderPerHook.computeIfAbsent(hook, h -> new ArrayList<>()).add(body.path("aggregateId").asText());
            }
            for (WebhookFixtures.Made hook : hooks) {
                assertEquals(units, orderPerHook.get(hook.id()), "in event order for " + hook.id());
            }
            System.out.printf("Two worker instances: %d deliveries to %d subscriptions, each once; delivered by %s%n",
                    received.size(), hooks.size(), deliveredBy);
        }
    }

    private void runUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "the worker did not get there in 30 s");
            worker.run("test");
            Thread.sleep(20);
        }
    }

    private static JsonPath deliveries(UUID agency, String hook) {
        return TestOrg.as(agency, Roles.BOARD).queryParam("size", 200).get("/api/v1/webhooks/" + hook + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath webhook(UUID agency, String hook) {
        return TestOrg.as(agency, Roles.BOARD).get("/api/v1/webhooks/" + hook).then().statusCode(200).extract()
                .jsonPath();
    }
}
