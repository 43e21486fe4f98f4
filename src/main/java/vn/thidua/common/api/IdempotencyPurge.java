package vn.thidua.common.api;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

import vn.thidua.common.error.DatabaseUnavailable;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * Removes the stored first answers of {@link Idempotency} once they are older than
 * {@code thidua.idempotency.retention}: a retry after that time runs again anyway, so the rows only take space.
 * <p>
 * Every replica runs this on the same interval ({@code thidua.idempotency.purge-interval}). Time is cut into slots of
 * that length, and a run first claims its slot by inserting the {@code (job, slot)} row of {@code job_run}: the replica
 * whose insert succeeds purges, the others find the row and skip. The claim lives in the run's transaction, so a
 * run that fails claims nothing and the slot can still be run, by this replica or another. Each run is counted in
 * the metric {@code thidua_jobs_runs_total{job, outcome}} ({@code ran}, {@code skipped}, {@code failed}).
 */
@ApplicationScoped
public class IdempotencyPurge {

    static final String JOB = "idempotency-purge";
    /** How long job_run keeps the record of past runs, for operators looking back at what ran where. */
    static final Duration HISTORY = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    /** The process as operators see it: {@code pid@host}, the pod's name on Kubernetes. */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    EntityManager em;
    @Inject
    ThiduaConfig config;
    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "thidua.idempotency.purge-interval")
    String interval;

    /** What one run did. */
    public record Outcome(Instant slot, boolean ran, long removed) {
    }

    @Scheduled(identity = JOB, every = "${thidua.idempotency.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule(ScheduledExecution execution) {
        Instant slot = slotOf(execution.getScheduledFireTime(), DurationConverter.parseDuration(interval));
        try {
            Outcome outcome = run(slot);
            count(outcome.ran() ? "ran" : "skipped");
            if (!outcome.ran()) {
                LOG.debugf("Idempotency purge for slot %s already done by another instance", slot);
            } else if (outcome.removed() > 0) {
                LOG.infof("Idempotency purge for slot %s: removed %d expired stored answers", slot, outcome.removed());
            } else {
                LOG.debugf("Idempotency purge for slot %s: nothing expired", slot);
            }
        } catch (RuntimeException e) {
            count("failed");
            if (DatabaseUnavailable.causedBy(e)) {
                LOG.warnf("Idempotency purge for slot %s stopped: no database answered (%s); the next run tries again",
                        slot, e);
            } else {
                LOG.errorf(e, "Idempotency purge for slot %s failed; the next run tries again", slot);
            }
        }
    }

    /**
     * Purges for {@code slot} unless some instance already did. Public for tests, which call it with slots of their
     * own rather than waiting for the schedule.
     */
    @Transactional
    public Outcome run(Instant slot) {
        OffsetDateTime slotTime = OffsetDateTime.ofInstant(slot, ZoneOffset.UTC);
        int claimed = em.createNativeQuery("""
                INSERT INTO job_run (job, slot, instance, started_at) VALUES (?1, ?2, ?3, clock_timestamp())
                ON CONFLICT (job, slot) DO NOTHING""")
                .setParameter(1, JOB).setParameter(2, slotTime).setParameter(3, INSTANCE)
                .executeUpdate();
        if (claimed == 0) {
            return new Outcome(slot, false, 0);
        }
        int removed = em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minus(config.idempotency().retention()))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM job_run WHERE job = ?1 AND slot < ?2")
                .setParameter(1, JOB).setParameter(2, slotTime.minus(HISTORY))
                .executeUpdate();
        em.createNativeQuery("""
                UPDATE job_run SET finished_at = clock_timestamp(), items = ?3 WHERE job = ?1 AND slot = ?2""")
                .setParameter(1, JOB).setParameter(2, slotTime).setParameter(3, (long) removed)
                .executeUpdate();
        return new Outcome(slot, true, removed);
    }

    /**
     * The start of the slot a firing belongs to. Each replica counts its interval from its own start, so each fires
     * once in every slot but at a moment of its own; naming a run by its slot rather than by that moment is what lets
     * the replicas find out that a run is already done.
     */
    static Instant slotOf(Instant fireTime, Duration interval) {
        long length = interval.toMillis();
        long millis = fireTime.toEpochMilli();
        return Instant.ofEpochMilli(millis - Math.floorMod(millis, length));
    }

    private void count(String outcome) {
        metrics.counter("thidua.jobs.runs", "job", JOB, "outcome", outcome).increment();
    }
}
