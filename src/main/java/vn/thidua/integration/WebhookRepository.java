package vn.thidua.integration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The secrets not sealed with the current key (clear text from before sealing, or sealed with a replaced key), by
     * subscription id, locked so that replicas starting together each take different rows.
     */
    public Map<UUID, String> lockSecretsToSeal(String currentPrefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT id, secret FROM webhook_subscription WHERE secret NOT LIKE ?1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, currentPrefix + "%").getResultList();
        Map<UUID, String> secrets = new LinkedHashMap<>();
        rows.forEach(row -> secrets.put((UUID) row[0], (String) row[1]));
        return secrets;
    }

    /** Replaces a secret by its sealed form without touching the row's version: no answer or ETag changes. */
    public void storeSealedSecret(UUID id, String sealed) {
        getEntityManager().createNativeQuery("UPDATE webhook_subscription SET secret = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, sealed).executeUpdate();
    }
}
