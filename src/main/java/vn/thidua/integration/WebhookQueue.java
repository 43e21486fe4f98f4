package vn.thidua.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.runtime.SecretBox;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * The delivery queue's steps, each its own short transaction, so that no transaction stays open while a receiver is
 * being called: {@link #enqueue} copies newly released events into deliveries; {@link #claim} takes the next
 * delivery of subscriptions no other replica is working on; {@link #delivered} and {@link #failed} record what the
 * call gave.
 * <p>
 * Two replicas never send the same delivery at once, nor two deliveries of one subscription: a claimer first locks
 * the subscription row ({@code FOR UPDATE SKIP LOCKED}, so replicas spread over subscriptions instead of waiting),
 * then, reading afresh under that lock, marks the subscription's first queued delivery SENDING with a lease, and
 * commits. While the lease runs, that subscription has nothing to claim. If the sender dies, the lease ends and the
 * delivery is sent again under the same id: delivery is at least once, and receivers de-duplicate by
 * {@code Webhook-Id}.
 */
@ApplicationScoped
public class WebhookQueue {

    /** How long past the request timeout a claim holds, for the sender to record the answer. */
    static final Duration LEASE_MARGIN = Duration.ofMinutes(1);
    private static final String WORKER = "webhook-worker";

    @Inject
    EntityManager em;
    @Inject
    EventLog log;
    @Inject
    ThiduaConfig config;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    SecretBox box;

    /** A claimed delivery: what to send where, and which attempt it is. */
    public record Claim(UUID deliveryId, UUID subscriptionId, String url, String secret, int attempt,
            FeedEvent event) {
    }

    /**
     * Queues, for every active subscription no other replica is queueing for, the released events after its cursor
     * (up to {@code maxEvents}) that match its types and unit, in feed order, and moves its cursor past every event
     * looked at. Returns the number of deliveries queued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int enqueue(int maxEvents) {
        @SuppressWarnings("unchecked")
        List<Object[]> subscriptions = em.createNativeQuery("""
                SELECT s.id, CAST(s.cursor_tx AS text), s.cursor_position, s.event_types, u.path, u.parent_id IS NULL
                FROM webhook_subscription s JOIN org_unit u ON u.id = s.unit_id
                WHERE s.active
                ORDER BY s.id
                FOR UPDATE OF s SKIP LOCKED""").getResultList();
        int queued = 0;
        for (Object[] row : subscriptions) {
            UUID subscription = (UUID) row[0];
            EventCursor cursor = new EventCursor(Long.parseLong((String) row[1]), ((Number) row[2]).longValue());
            EventTypes types = EventTypes.parse(List.of(((String) row[3]).split(",")), "eventTypes");
            String unitPath = (String) row[4];
            boolean atRoot = (Boolean) row[5];
            List<FeedEvent> events = log.after(cursor, null, true, EventTypes.ALL, maxEvents);
            for (FeedEvent event : events) {
                boolean inScope = event.unitPath() == null ? atRoot : event.unitPath().startsWith(unitPath);
                if (inScope && types.matches(event.type())) {
                    queued += em.createNativeQuery("""
                            INSERT INTO webhook_delivery (id, subscription_id, event_position, event_id, event_type,
                                status, attempts, next_attempt_at, created_at)
                            VALUES (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, clock_timestamp(), clock_timestamp())
                            ON CONFLICT (subscription_id, event_position) DO NOTHING""")
                            .setParameter(1, UUID.randomUUID()).setParameter(2, subscription)
                            .setParameter(3, event.cursor().position()).setParameter(4, event.eventId())
                            .setParameter(5, event.type()).executeUpdate();
                }
            }
            if (!events.isEmpty()) {
                EventCursor last = events.get(events.size() - 1).cursor();
                em.createNativeQuery("""
                        UPDATE webhook_subscription SET cursor_tx = CAST(?2 AS xid8), cursor_position = ?3
                        WHERE id = ?1""")
                        .setParameter(1, subscription).setParameter(2, Long.toString(last.txId()))
                        .setParameter(3, last.position()).executeUpdate();
            }
        }
        return queued;
    }

    /**
     * Claims the first queued delivery of up to {@code max} subscriptions that are active, not paused, not being
     * worked on by anyone, and whose first delivery is due. {@code instance} is recorded as the claimer.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(String instance, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = em.createNativeQuery("""
                SELECT s.id, s.url, s.secret
                FROM webhook_subscription s
                JOIN LATERAL (SELECT d.status, d.next_attempt_at, d.lease_until FROM webhook_delivery d
                              WHERE d.subscription_id = s.id AND d.status IN ('PENDING', 'SENDING', 'RETRYING')
                              ORDER BY d.seq LIMIT 1) head ON true
                WHERE s.active AND s.paused_reason IS NULL
                  AND CASE WHEN head.status = 'SENDING' THEN head.lease_until < clock_timestamp()
                           ELSE head.next_attempt_at <= clock_timestamp() END
                ORDER BY head.next_attempt_at
                LIMIT ?1
                FOR UPDATE OF s SKIP LOCKED""").setParameter(1, max).getResultList();
        Duration lease = config.webhooks().requestTimeout().plus(LEASE_MARGIN);
        List<Claim> claims = new ArrayList<>();
        for (Object[] candidate : candidates) {
            // read again under the lock: the candidates' statement may have seen a queue another replica has since
            // claimed from and committed
            @SuppressWarnings("unchecked")
            List<Object[]> claimed = em.createNativeQuery("""
                    UPDATE webhook_delivery d
                    SET status = 'SENDING', attempts = d.attempts + 1, claimed_by = ?2,
                        lease_until = clock_timestamp() + CAST(?3 AS interval), last_attempt_at = clock_timestamp()
                    WHERE d.id = (SELECT q.id FROM webhook_delivery q
                                  WHERE q.subscription_id = ?1 AND q.status IN ('PENDING', 'SENDING', 'RETRYING')
                                  ORDER BY q.seq LIMIT 1)
                      AND CASE WHEN d.status = 'SENDING' THEN d.lease_until < clock_timestamp()
                               ELSE d.next_attempt_at <= clock_timestamp() END
                    RETURNING d.id, d.attempts, d.event_position""")
                    .setParameter(1, candidate[0]).setParameter(2, instance)
                    .setParameter(3, lease.toMillis() + " milliseconds").getResultList();
            for (Object[] delivery : claimed) {
                UUID subscription = (UUID) candidate[0];
                String secret = box.open((String) candidate[2], WebhookSubscription.secretContext(subscription));
                claims.add(new Claim((UUID) delivery[0], subscription, (String) candidate[1],
                        secret, ((Number) delivery[1]).intValue(),
                        log.at(((Number) delivery[2]).longValue())));
            }
        }
        return claims;
    }

    /** A 2xx answer: done. Ignored when the claim is no longer this sender's (its lease ran out and it was retaken). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean delivered(Claim claim, int statusCode) {
        return em.createNativeQuery("""
                UPDATE webhook_delivery
                SET status = 'DELIVERED', delivered_at = clock_timestamp(), last_status_code = ?3, last_error = NULL,
                    lease_until = NULL, next_attempt_at = NULL
                WHERE id = ?1 AND status = 'SENDING' AND attempts = ?2""")
                .setParameter(1, claim.deliveryId()).setParameter(2, claim.attempt()).setParameter(3, statusCode)
                .executeUpdate() == 1;
    }

    /**
     * A failed attempt: retried after the backoff, or, at the last allowed attempt, dead, and the subscription paused
     * so that its later deliveries wait (in order) until someone resumes it or redelivers.
     *
     * @param statusCode the receiver's answer, or null when there was none
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeliveryStatus failed(Claim claim, Integer statusCode, String error) {
        ThiduaConfig.Webhooks settings = config.webhooks();
        boolean dead = claim.attempt() >= settings.maxAttempts();
        Duration wait = new Backoff(settings.retryBase(), settings.retryFactor(), settings.retryMax())
                .after(claim.attempt(), ThreadLocalRandom.current());
        int recorded = em.createNativeQuery("""
                UPDATE webhook_delivery
                SET status = ?3, last_status_code = CAST(?4 AS integer), last_error = CAST(?5 AS varchar), lease_until = NULL,
                    next_attempt_at = CASE WHEN CAST(?3 AS varchar) = 'DEAD' THEN NULL ELSE clock_timestamp() + CAST(?6 AS interval) END
                WHERE id = ?1 AND status = 'SENDING' AND attempts = ?2""")
                .setParameter(1, claim.deliveryId()).setParameter(2, claim.attempt())
                .setParameter(3, dead ? "DEAD" : "RETRYING").setParameter(4, statusCode)
                .setParameter(5, error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .setParameter(6, wait.toMillis() + " milliseconds").executeUpdate();
        if (recorded == 1 && dead) {
            pause(claim.subscriptionId());
        }
        return recorded == 0 ? null : dead ? DeliveryStatus.DEAD : DeliveryStatus.RETRYING;
    }

    private void pause(UUID subscriptionId) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
        if (subscription == null) {
            return;
        }
        WebhookResponse before = WebhookResponse.from(subscription);
        if (!subscription.pause(WebhookSubscription.DEAD_DELIVERY)) {
            return;
        }
        em.flush();
        WebhookResponse after = WebhookResponse.from(subscription);
        audit.recordAs(WORKER, "webhook.paused", "webhook", subscription.id.toString(), subscription.unitId, before,
                after);
        outbox.record(new DomainEvent("webhook.paused", "webhook", subscription.id.toString(), subscription.unitId,
                after));
    }
}
