package vn.thidua.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class EventFeedTest {

    @Inject
    DataSource database;

    /** Event types no other test writes: {@code feedtest.<run>.changed}. */
    private static String family() {
        return "feedtest." + UUID.randomUUID().toString().substring(0, 8) + ".";
    }

    @Test
    void anIntegrationReadsItsOwnSubtreeOnly() throws SQLException {
        String family = family();
        UUID agencyA = TestOrg.agency("Sở Giáo dục A");
        UUID schoolA = TestOrg.unit(agencyA, "Trường THPT A", "DEPARTMENT");
        UUID agencyB = TestOrg.agency("Sở Y tế B");
        Set<String> ofA = new HashSet<>();
        Set<String> ofB = new HashSet<>();
        try (Connection connection = database.getConnection()) {
            for (int i = 0; i < 5; i++) {
                ofA.add(insert(connection, family + "changed", i % 2 == 0 ? agencyA : schoolA, "a" + i));
                ofB.add(insert(connection, family + "changed", agencyB, "b" + i));
            }
        }
        assertEquals(ofA, ids(new FeedReader(agencyA, Roles.INTEGRATION, family + "*", 3).all()));
        assertEquals(ofB, ids(new FeedReader(agencyB, Roles.INTEGRATION, family + "*", 3).all()));
        assertEquals(Set.of(), ids(new FeedReader(schoolA, Roles.BOARD, family + "*", 50).all()).stream()
                .filter(ofB::contains).collect(Collectors.toSet()));
        Set<String> both = new HashSet<>(ofA);
        both.addAll(ofB);
        assertEquals(both, ids(new FeedReader(TestOrg.root(), Roles.ADMIN, family + "*", 1000).all()));
    }

    @Test
    void eventsOfNoUnitAreForTheRootOnly() throws SQLException {
        String family = family();
        UUID agency = TestOrg.agency("Sở Nội vụ");
        String unitless;
        try (Connection connection = database.getConnection()) {
            unitless = insert(connection, family + "catalogue-changed", null, "c1");
        }
        assertEquals(Set.of(unitless), ids(new FeedReader(TestOrg.root(), Roles.INTEGRATION, family + "*", 10).all()));
        assertEquals(Set.of(), ids(new FeedReader(agency, Roles.ADMIN, family + "*", 10).all()));
    }

    @Test
    void aRealChangeArrivesWithItsNewState() {
        UUID agency = TestOrg.agency("Ban Dân tộc");
        FeedReader reader = new FeedReader(agency, Roles.INTEGRATION, "unit.*", 200);
        reader.all();
        UUID department = TestOrg.unit(agency, "Phòng Chính sách", "DEPARTMENT");
        List<FeedReader.Read> read = reader.all();
        assertEquals(1, read.size(), "only the new unit's event: " + read);
        assertEquals("unit.created", read.get(0).type());
        assertEquals(department.toString(), read.get(0).aggregateId());
        assertEquals("Phòng Chính sách", read.get(0).state().get("name"));
        assertEquals(List.of(), reader.all(), "nothing twice");
    }

    @Test
    void theTypesFilterTakesExactTypesAndPrefixes() throws SQLException {
        String family = family();
        UUID agency = TestOrg.agency("Sở Tài chính");
        String signed;
        String revoked;
        String other;
        try (Connection connection = database.getConnection()) {
            signed = insert(connection, family + "decision.signed", agency, "d1");
            revoked = insert(connection, family + "decision.revoked", agency, "d1");
            other = insert(connection, family + "plan.issued", agency, "p1");
        }
        assertEquals(Set.of(signed, revoked),
                ids(new FeedReader(agency, Roles.BOARD, family + "decision.*", 10).all()));
        assertEquals(Set.of(signed, other),
                ids(new FeedReader(agency, Roles.BOARD, family + "decision.signed," + family + "plan.*", 10).all()));
    }

    @Test
    void aBadCursorTypeOrLimitIsA400NamingIt() {
        UUID agency = TestOrg.agency("Sở Xây dựng");
        Problems.assertProblem(TestOrg.as(agency, Roles.INTEGRATION).queryParam("after", "not a cursor")
                .get("/api/v1/events").then(), 400, "VALIDATION_FAILED").body("errors[0].field",
                equalTo("after"));
        Problems.assertProblem(TestOrg.as(agency, Roles.INTEGRATION).queryParam("after", "djIuMS4y")
                .get("/api/v1/events").then(), 400, "VALIDATION_FAILED");
        Problems.assertProblem(TestOrg.as(agency, Roles.INTEGRATION).queryParam("types", "decision.%")
                .get("/api/v1/events").then(), 400, "VALIDATION_FAILED").body("errors[0].field",
                equalTo("types"));
        Problems.assertProblem(TestOrg.as(agency, Roles.INTEGRATION).queryParam("limit", "0")
                .get("/api/v1/events").then(), 400, "VALIDATION_FAILED").body("errors[0].field",
                equalTo("limit"));
    }

    /**
     * 8 writers commit 50 transactions each (1 to 3 events, pausing inside the transaction so that commits interleave
     * out of position order) while one more transaction, begun midway, stays open across many of their commits; a
     * reader pages the feed throughout. The reader must see every event exactly once; each writer's events in its own
     * commit order; while the long transaction is open, nothing of a transaction that began after it; and the very
     * order a reader starting afterwards sees, so that nothing ever appeared behind a cursor already handed out.
     */
    @Test
    void aReaderSeesEveryEventOnceAndInOrderWhileWritesGoOn() throws Exception {
        String family = family();
        String type = family + "changed";
        UUID agency = TestOrg.agency("Trường Chính trị tỉnh");
        int writers = 8;
        int transactions = 50;
        AtomicInteger committed = new AtomicInteger();
        AtomicBoolean holderOpen = new AtomicBoolean(false);
        AtomicInteger heldBackPages = new AtomicInteger();
        AtomicInteger committedEvents = new AtomicInteger();
        AtomicInteger caughtUpWhileHeld = new AtomicInteger();
        AtomicInteger heldBackAtCatchUp = new AtomicInteger();
        long[] holderTx = new long[1];
        Map<String, List<String>> writtenBy = new HashMap<>();
        List<String> holderEvents = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            List<String> mine = new ArrayList<>();
            writtenBy.put("w" + w, mine);
            int writer = w;
            work.add(pool.submit(() -> {
                try (Connection connection = database.getConnection()) {
                    connection.setAutoCommit(false);
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int t = 0; t < transactions; t++) {
                        List<String> events = new ArrayList<>();
                        for (int e = 0, n = 1 + random.nextInt(3); e < n; e++) {
                            events.add(insert(connection, type, agency, "w" + writer + "-t" + t + "-e" + e));
                            Thread.sleep(random.nextInt(3));
                        }
                        connection.commit();
                        mine.addAll(events);
                        committedEvents.addAndGet(events.size());
                        committed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        work.add(pool.submit(() -> {
            while (committed.get() < 100) {
                Thread.sleep(2);
            }
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                holderEvents.add(insert(connection, type, agency, "holder-1"));
                holderTx[0] = currentTx(connection);
                holderOpen.set(true);
                // open until the reader has caught up with what is released while later transactions committed
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while ((committed.get() < 300 || caughtUpWhileHeld.get() == 0) && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                holderEvents.add(insert(connection, type, agency, "holder-2"));
                connection.commit();
                holderOpen.set(false);
            }
            return null;
        }));
        FeedReader live = new FeedReader(agency, Roles.INTEGRATION, family + "*", 37);
        List<FeedReader.Read> seen = new ArrayList<>();
        int pages = 0;
        int expected = -1;
        while (true) {
            boolean done = work.stream().allMatch(Future::isDone);
            List<FeedReader.Read> page = live.next();
            pages++;
            int committedSoFar = committedEvents.get();
            if (holderOpen.get()) {
                // this page was computed while the long transaction was open: only transactions older than it
                heldBackPages.incrementAndGet();
                for (FeedReader.Read read : page) {
                    assertTrue(read.cursor().txId() < holderTx[0], "released while an older transaction ran: " + read);
                }
                if (page.isEmpty() && caughtUpWhileHeld.get() == 0) {
                    heldBackAtCatchUp.set(committedSoFar - seen.size());
                    caughtUpWhileHeld.incrementAndGet();
                }
            }
            seen.addAll(page);
            if (done && page.isEmpty()) {
                expected = writtenBy.values().stream().mapToInt(List::size).sum() + holderEvents.size();
                break;
            }
            if (page.isEmpty()) {
                Thread.sleep(3);
            }
        }
        for (Future<?> future : work) {
            future.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        List<String> order = seen.stream().map(FeedReader.Read::id).toList();
        assertEquals(expected, order.size(), "every event once");
        assertEquals(expected, new HashSet<>(order).size(), "no event twice");
        for (Map.Entry<String, List<String>> writer : writtenBy.entrySet()) {
            List<String> theirs = order.stream().filter(writer.getValue()::contains).toList();
            assertEquals(writer.getValue(), theirs, writer.getKey() + "'s events in its commit order");
        }
        assertTrue(order.containsAll(holderEvents));
        List<String> later = new FeedReader(agency, Roles.INTEGRATION, family + "*", 500).all().stream()
                .map(FeedReader.Read::id).toList();
        assertEquals(order, later, "a reader starting afterwards sees the same order");
        assertTrue(heldBackAtCatchUp.get() > 0, "caught up while the long transaction was open, the reader had not "
                + "been given the events committed after it began: " + heldBackAtCatchUp.get());
        System.out.printf("Event feed under concurrent writes: %d events, %d transactions, %d pages read live "
                + "(%d while a long transaction was open; caught up then, %d committed events were held back)%n",
                expected, writers * transactions + 1, pages, heldBackPages.get(), heldBackAtCatchUp.get());
    }

    static String insert(Connection connection, String type, UUID unit, String aggregate) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbox_event (event_id, type, aggregate_kind, aggregate_id, unit_id, actor, payload,
                                          occurred_at)
                VALUES (?, ?, 'test', ?, ?, 'feed-test', CAST(? AS jsonb), now())""")) {
            insert.setObject(1, id);
            insert.setString(2, type);
            insert.setString(3, aggregate);
            insert.setObject(4, unit);
            insert.setString(5, "{\"aggregate\": \"" + aggregate + "\"}");
            insert.executeUpdate();
        }
        return id.toString();
    }

    private static long currentTx(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT CAST(pg_current_xact_id() AS text)");
                ResultSet row = query.executeQuery()) {
            row.next();
            return Long.parseLong(row.getString(1));
        }
    }

    private static Set<String> ids(List<FeedReader.Read> events) {
        Set<String> ids = new HashSet<>();
        for (FeedReader.Read event : events) {
            assertTrue(ids.add(event.id()), "twice: " + event);
        }
        return ids;
    }
}
