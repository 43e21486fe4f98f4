package vn.thidua.integration;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The delivery log's queries; the worker's own are in {@link WebhookQueue}. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    public PanacheQuery<WebhookDelivery> ofSubscription(UUID subscriptionId, DeliveryStatus status, Sort sort) {
        if (status == null) {
            return find("subscriptionId = ?1", sort, subscriptionId);
        }
        return find("subscriptionId = ?1 and status = ?2", sort, subscriptionId, status);
    }

    public Optional<WebhookDelivery> find(UUID subscriptionId, UUID deliveryId) {
        return find("id = ?1 and subscriptionId = ?2", deliveryId, subscriptionId).firstResultOptional();
    }

    /** Puts a finished delivery back at its place in the queue; false when it is still queued. */
    public boolean requeue(UUID deliveryId) {
        flush();
        return getEntityManager().createNativeQuery("""
                UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = clock_timestamp(),
                       lease_until = NULL, claimed_by = NULL, delivered_at = NULL
                WHERE id = ?1 AND status IN ('DELIVERED', 'DEAD')""")
                .setParameter(1, deliveryId).executeUpdate() == 1;
    }
}
