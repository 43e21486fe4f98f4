package vn.thidua.cluster;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

/**
 * Every query on clusters, their members, leadership and covenants. A cluster is in reach when its organiser lies in
 * the caller's scope, or when the caller's home unit lies inside one of its member units.
 */
@ApplicationScoped
public class ClusterRepository implements PanacheRepositoryBase<EmulationCluster, UUID> {

    /** List filters; all optional. */
    public record Filter(ClusterKind kind, Integer year, String query) {
    }

    /** A member unit's place in the tree, for deciding whether the caller works inside it. */
    public record MemberPlace(UUID memberId, String unitPath) {
    }

    private static final String IN_REACH = "(organiserUnitId in (select u.id from OrgUnit u where u.path like :scope)"
            + " or exists (select 1 from ClusterMember m, OrgUnit mu where m.clusterId = c.id and mu.id = m.unitId"
            + " and :home like concat(mu.path, '%')))";

    public Optional<EmulationCluster> findInReach(UUID id, String scopePath, String homePath) {
        return find("from EmulationCluster c where c.id = :id and " + IN_REACH, reach(scopePath, homePath)
                .and("id", id)).firstResultOptional();
    }

    public PanacheQuery<EmulationCluster> search(String scopePath, String homePath, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("from EmulationCluster c where ").append(IN_REACH);
        Parameters params = reach(scopePath, homePath);
        if (filter.kind() != null) {
            where.append(" and c.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.year() != null) {
            where.append(" and exists (select 1 from ClusterMember y where y.clusterId = c.id and y.fromYear <= :year"
                    + " and (y.toYear is null or y.toYear >= :year))");
            params.and("year", filter.year());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and ").append(Text.foldedContains("c.name", "q"));
            params.and("q", Text.containsPattern(filter.query()));
        }
        return find(where.toString(), sort, params);
    }

    private static Parameters reach(String scopePath, String homePath) {
        return Parameters.with("scope", scopePath + "%").and("home", homePath == null ? "" : homePath);
    }

    // --- members ------------------------------------------------------------------------------------------------

    public List<ClusterMember> members(UUID clusterId) {
        return getEntityManager().createQuery("from ClusterMember where clusterId = :c order by fromYear, name, id",
                ClusterMember.class).setParameter("c", clusterId).getResultList();
    }

    public List<ClusterMember> membersIn(UUID clusterId, int year) {
        return members(clusterId).stream().filter(m -> m.memberIn(year)).toList();
    }

    public Optional<ClusterMember> member(UUID clusterId, UUID memberId) {
        return getEntityManager().createQuery("from ClusterMember where clusterId = :c and id = :id",
                ClusterMember.class).setParameter("c", clusterId).setParameter("id", memberId).getResultStream()
                .findFirst();
    }

    /** The member units of a cluster with their paths (external members have none). */
    @SuppressWarnings("unchecked")
    public List<MemberPlace> memberPlaces(UUID clusterId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT m.id, u.path FROM cluster_member m JOIN org_unit u ON u.id = m.unit_id
                WHERE m.cluster_id = ?1""").setParameter(1, clusterId).getResultList();
        return rows.stream().map(r -> new MemberPlace((UUID) r[0], (String) r[1])).toList();
    }

    /** Whether the unit is a member of the cluster in a year the span given overlaps. */
    public boolean unitOverlaps(UUID clusterId, UUID unitId, int fromYear, Integer toYear, UUID except) {
        return members(clusterId).stream().filter(m -> unitId.equals(m.unitId) && !m.id.equals(except))
                .anyMatch(m -> m.fromYear <= (toYear == null ? Integer.MAX_VALUE : toYear)
                        && (m.toYear == null || m.toYear >= fromYear));
    }

    public long memberCount(UUID clusterId) {
        return getEntityManager().createQuery("select count(m) from ClusterMember m where m.clusterId = :c",
                Long.class).setParameter("c", clusterId).getSingleResult();
    }

    public void add(Object entity) {
        getEntityManager().persist(entity);
    }

    // --- leadership ---------------------------------------------------------------------------------------------

    public List<ClusterLeadership> leadership(UUID clusterId) {
        return getEntityManager().createQuery("from ClusterLeadership where clusterId = :c order by year desc",
                ClusterLeadership.class).setParameter("c", clusterId).getResultList();
    }

    public Optional<ClusterLeadership> leadership(UUID clusterId, int year) {
        return getEntityManager().createQuery("from ClusterLeadership where clusterId = :c and year = :y",
                ClusterLeadership.class).setParameter("c", clusterId).setParameter("y", year).getResultStream()
                .findFirst();
    }

    // --- covenants ----------------------------------------------------------------------------------------------

    public Optional<Covenant> covenant(UUID clusterId, int year) {
        return getEntityManager().createQuery("from Covenant where clusterId = :c and year = :y", Covenant.class)
                .setParameter("c", clusterId).setParameter("y", year).getResultStream().findFirst();
    }

    public List<CovenantSignature> signatures(UUID covenantId) {
        return getEntityManager().createQuery("from CovenantSignature where covenantId = :c order by signedOn, "
                + "recordedAt", CovenantSignature.class).setParameter("c", covenantId).getResultList();
    }
}
