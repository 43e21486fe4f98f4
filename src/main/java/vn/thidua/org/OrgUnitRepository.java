package vn.thidua.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

/** Every query on units. Scoped queries take the caller's scope path ({@link OrgScope#path()}). */
@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, UUID> {

    public Optional<OrgUnit> findInScope(UUID id, String scopePath) {
        return find("id = :id and path like :scope", Parameters.with("id", id).and("scope", scopePath + "%"))
                .firstResultOptional();
    }

    /**
     * The unit with this code nearest the root, across the installation: for the demo loader, whose codes are its own.
     * Codes repeat across agencies ({@link #findCodeHolder}); callers acting for someone look up within their scope.
     */
    public Optional<OrgUnit> findByCode(String code) {
        return find("lower(code) = lower(?1) order by depth, path", code).firstResultOptional();
    }

    /**
     * The unit that holds {@code code} among those a unit at {@code depth} below the agency path
     * {@code agencyPath} competes with: the agencies (and the root) share one set of codes, and each agency's units
     * below it another (the database's {@code org_unit_code_uq} says the same).
     */
    public Optional<OrgUnit> findCodeHolder(String code, int depth, String unitOrParentPath) {
        if (depth <= 1) {
            return find("lower(code) = lower(?1) and depth <= 1", code).firstResultOptional();
        }
        String agencyPath = "/" + OrgUnit.rootOf(unitOrParentPath) + "/" + OrgUnit.agencyOf(unitOrParentPath) + "/";
        return find("lower(code) = lower(?1) and depth >= 2 and path like ?2", code, agencyPath + "%")
                .firstResultOptional();
    }

    /**
     * Units by code (case-insensitive keys), restricted to the scope; unknown or out-of-scope codes are absent, and so
     * is a code that a scope spanning agencies holds more than once (refer by id then).
     */
    public Map<String, OrgUnit> findByCodesInScope(Collection<String> codes, String scopePath) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<String> lower = codes.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return OrgUnit.uniqueByCode(list("lower(code) in :codes and path like :scope",
                Parameters.with("codes", lower).and("scope", scopePath + "%")));
    }

    public Optional<OrgUnit> root() {
        return find("parentId is null").firstResultOptional();
    }

    public PanacheQuery<OrgUnit> search(String scopePath, UnitFilter filter, Sort sort) {
        StringBuilder where = new StringBuilder("path like :scope");
        Parameters params = Parameters.with("scope", scopePath + "%");
        if (filter.parentId() != null) {
            where.append(" and parentId = :parent");
            params.and("parent", filter.parentId());
        }
        if (filter.withinPath() != null) {
            where.append(" and path like :within");
            params.and("within", filter.withinPath() + "%");
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.active() != null) {
            where.append(" and active = :active");
            params.and("active", filter.active());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and (").append(Text.foldedContains("name", "q")).append(" or ")
                    .append(Text.foldedContains("code", "q")).append(")");
            params.and("q", Text.containsPattern(filter.query()));
        }
        return find(where.toString(), sort, params);
    }

    public boolean hasActiveChildren(UUID id) {
        return count("parentId = ?1 and active = true", id) > 0;
    }

    public long countActivePeople(UUID unitId) {
        return ((Number) getEntityManager()
                .createNativeQuery("SELECT count(*) FROM person WHERE unit_id = ?1 AND active")
                .setParameter(1, unitId).getSingleResult()).longValue();
    }

    /** Rewrites the paths of a moved unit's subtree from {@code oldPrefix} to {@code newPrefix}. */
    public int movePaths(String oldPrefix, String newPrefix, int depthChange) {
        return getEntityManager().createNativeQuery("""
                UPDATE org_unit SET path = ?2 || substring(path from ?3), depth = depth + ?4,
                       version = version + 1, updated_at = now()
                WHERE path LIKE ?1 AND path <> ?5""")
                .setParameter(1, oldPrefix + "%")
                .setParameter(2, newPrefix)
                .setParameter(3, oldPrefix.length() + 1)
                .setParameter(4, depthChange)
                .setParameter(5, oldPrefix)
                .executeUpdate();
    }

    /** The query side of a unit list: all optional. */
    public record UnitFilter(UUID parentId, String withinPath, UnitKind kind, Boolean active, String query) {
    }
}
