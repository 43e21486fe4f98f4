package vn.thidua.integration;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** The subscription queries of the webhook API; the worker's own are in {@link WebhookQueue}. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    private static final String IN_SCOPE = "unitId in (select u.id from OrgUnit u where u.path like :scope)";

    public Optional<WebhookSubscription> findInScope(UUID id, String scopePath) {
        return find("id = :id and " + IN_SCOPE, Parameters.with("id", id).and("scope", scopePath + "%"))
                .firstResultOptional();
    }

    public PanacheQuery<WebhookSubscription> search(String scopePath, UUID unitId, Boolean active, Sort sort) {
        StringBuilder where = new StringBuilder(IN_SCOPE);
        Parameters params = Parameters.with("scope", scopePath + "%");
        if (unitId != null) {
            where.append(" and unitId = :unit");
            params.and("unit", unitId);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        return find(where.toString(), sort, params);
    }

    /** Starts the subscription's queue at the present: events of the time it was off are not delivered. */
    public void restartQueue(UUID subscriptionId) {
        flush();
        getEntityManager().createNativeQuery("""
                UPDATE webhook_subscription
                SET cursor_tx = pg_snapshot_xmin(pg_current_snapshot()), cursor_position = 0 WHERE id = ?1""")
                .setParameter(1, subscriptionId).executeUpdate();
    }
}
