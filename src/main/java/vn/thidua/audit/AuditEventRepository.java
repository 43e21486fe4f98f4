package vn.thidua.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Reads of the audit trail; there is deliberately nothing here that updates or deletes. */
@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    /**
     * Events about objects in the subtree of {@code homeUnit}; events about no unit only when it is the root.
     * The organisation is reached through the query language only, so this lowest feature imports none other.
     */
    PanacheQuery<AuditEvent> search(java.util.UUID homeUnit, AuditService.Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("""
                (unitId in (select u.id from OrgUnit u, OrgUnit h where h.id = :home and u.path like concat(h.path, '%'))
                 or (unitId is null and exists (select 1 from OrgUnit h where h.id = :home and h.parentId is null)))""");
        Parameters params = Parameters.with("home", homeUnit);
        if (filter.entityType() != null) {
            where.append(" and entityType = :entityType");
            params.and("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            where.append(" and entityId = :entityId");
            params.and("entityId", filter.entityId());
        }
        if (filter.actor() != null) {
            where.append(" and actor = :actor");
            params.and("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
            params.and("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and occurredAt < :to");
            params.and("to", filter.to());
        }
        return find(where.toString(), sort, params);
    }
}
