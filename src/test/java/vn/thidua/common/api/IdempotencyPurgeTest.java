package vn.thidua.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The purge itself and its once-per-slot claim, against the real database. The schedule is off in tests
 * ({@code %test.thidua.idempotency.purge-interval=off}): each test runs the purge for slots of its own. The claim
 * across separate processes is shown by {@code vn.thidua.deploy.TwoInstancesIT}.
 */
@QuarkusTest
class IdempotencyPurgeTest {

    /** Slots far from any other test's, one hour apart, so that no two tests share one. */
    private static final AtomicLong NEXT_SLOT = new AtomicLong(
            Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(3650)))
                    .getEpochSecond());

    @Inject
    IdempotencyPurge purge;
    @Inject
    DataSource db;

    private static Instant freshSlot() {
        return Instant.ofEpochSecond(NEXT_SLOT.getAndAdd(3600));
    }

    @Test
    void removesTheAnswersOlderThanTheRetentionAndKeepsTheOthers() throws SQLException {
        String expired = storeAnswer(Duration.ofHours(25));
        String kept = storeAnswer(Duration.ofHours(23));
        Instant slot = freshSlot();

        IdempotencyPurge.Outcome outcome = purge.run(slot);

        assertTrue(outcome.ran());
        assertTrue(outcome.removed() >= 1, "at least this test's expired answer");
        assertFalse(answerExists(expired));
        assertTrue(answerExists(kept));
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT instance, finished_at, items FROM job_run WHERE job = ? AND slot = ?")) {
            q.setString(1, IdempotencyPurge.JOB);
            q.setObject(2, OffsetDateTime.ofInstant(slot, ZoneOffset.UTC));
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "the run is recorded");
                assertTrue(row.getString("instance").contains("@"), "pid@host of the instance that ran it");
                assertNotNull(row.getObject("finished_at"));
                assertEquals(outcome.removed(), row.getLong("items"));
            }
        }
    }

    @Test
    void aSlotAlreadyRunIsNotRunAgain() throws SQLException {
        Instant slot = freshSlot();
        assertTrue(purge.run(slot).ran());
        String expiredSince = storeAnswer(Duration.ofDays(3));

        IdempotencyPurge.Outcome again = purge.run(slot);

        assertFalse(again.ran());
        assertEquals(0, again.removed());
        assertTrue(answerExists(expiredSince), "a skipped run removes nothing");
        assertTrue(purge.run(freshSlot()).ran(), "the next slot runs");
        assertFalse(answerExists(expiredSince));
    }

    @Test
    void runsOfOneSlotStartedTogetherRunItOnce() throws Exception {
        Instant slot = freshSlot();
        int contenders = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        try {
            List<Future<IdempotencyPurge.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return purge.run(slot);
                }));
            }
            start.countDown();
            int ran = 0;
            for (Future<IdempotencyPurge.Outcome> run : runs) {
                ran += run.get(30, TimeUnit.SECONDS).ran() ? 1 : 0;
            }
            assertEquals(1, ran);
            assertEquals(1, jobRunsAt(slot));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runsOlderThanTheHistoryAreForgotten() throws SQLException {
        Instant slot = freshSlot();
        Instant forgotten = slot.minus(IdempotencyPurge.HISTORY).minus(Duration.ofHours(1));
        Instant remembered = slot.minus(IdempotencyPurge.HISTORY).plus(Duration.ofHours(1));
        recordPastRun(forgotten);
        recordPastRun(remembered);

        purge.run(slot);

        assertEquals(0, jobRunsAt(forgotten));
        assertEquals(1, jobRunsAt(remembered));
    }

    @Test
    void slotsCutTimeIntoWholeIntervals() {
        Duration hour = Duration.ofHours(1);
        Instant slot = Instant.parse("2026-11-24T10:00:00Z");
        assertEquals(slot, IdempotencyPurge.slotOf(Instant.parse("2026-11-24T10:00:00Z"), hour));
        assertEquals(slot, IdempotencyPurge.slotOf(Instant.parse("2026-11-24T10:59:59.999Z"), hour));
        assertEquals(slot.plus(hour), IdempotencyPurge.slotOf(Instant.parse("2026-11-24T11:00:00.001Z"), hour));
        assertEquals(Instant.parse("2026-11-24T10:42:30Z"),
                IdempotencyPurge.slotOf(Instant.parse("2026-11-24T10:42:31.5Z"), Duration.ofSeconds(5)));
    }

    /** A stored first answer, as {@link Idempotency} writes it, made {@code age} ago; returns its key. */
    private String storeAnswer(Duration age) throws SQLException {
        String key = "purge-test-" + UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO idempotency_record (principal, idem_key, request_hash, operation, status, created_at)
                VALUES ('purge-tester', ?, repeat('0', 64), 'POST /fixture', 201, ?)""")) {
            insert.setString(1, key);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC).minus(age));
            insert.executeUpdate();
        }
        return key;
    }

    private boolean answerExists(String key) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM idempotency_record WHERE principal = 'purge-tester' AND idem_key = ?")) {
            q.setString(1, key);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getLong(1) == 1;
            }
        }
    }

    private void recordPastRun(Instant slot) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO job_run (job, slot, instance, started_at, finished_at, items)
                VALUES (?, ?, 'earlier@host', now(), now(), 0)""")) {
            insert.setString(1, IdempotencyPurge.JOB);
            insert.setObject(2, OffsetDateTime.ofInstant(slot, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private long jobRunsAt(Instant slot) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM job_run WHERE job = ? AND slot = ?")) {
            q.setString(1, IdempotencyPurge.JOB);
            q.setObject(2, OffsetDateTime.ofInstant(slot, ZoneOffset.UTC));
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
