package vn.thidua.decision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

/** Every query of the decisions and their lines. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<CommendationDecision, UUID> {

    public record Filter(DecisionStatus status, DecisionKind kind, Integer year, UUID planId, UUID unitId,
            String unitPath, String query) {
    }

    private static final String IN_SCOPE = "unitId in (select u.id from OrgUnit u where u.path like :scope)";

    public Optional<CommendationDecision> findInScope(UUID id, String scopePath) {
        return find("id = :id and " + IN_SCOPE, Parameters.with("id", id).and("scope", scopePath + "%"))
                .firstResultOptional();
    }

    /** The same, locked for an act on it: two signers or a signer and an editor never interleave. */
    public Optional<CommendationDecision> lockInScope(UUID id, String scopePath) {
        return find("id = :id and " + IN_SCOPE, Parameters.with("id", id).and("scope", scopePath + "%"))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public PanacheQuery<CommendationDecision> search(Filter filter, String scopePath, Sort sort) {
        StringBuilder where = new StringBuilder(IN_SCOPE);
        Parameters params = Parameters.with("scope", scopePath + "%");
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.year() != null) {
            where.append(" and year = :year");
            params.and("year", filter.year());
        }
        if (filter.planId() != null) {
            where.append(" and planId = :plan");
            params.and("plan", filter.planId());
        }
        if (filter.unitPath() != null) {
            where.append(" and unitId in (select u.id from OrgUnit u where u.path like :within)");
            params.and("within", filter.unitPath() + "%");
        }
        if (filter.query() != null) {
            where.append(" and (").append(Text.likeEscaped("searchText", "q"))
                    .append(" or id in (select l.decisionId from DecisionLine l where ")
                    .append(Text.likeEscaped("l.searchText", "q")).append("))");
            params.and("q", Text.containsPattern(filter.query()));
        }
        return find(where.toString(), sort, params);
    }

    // --- lines --------------------------------------------------------------------------------------------------

    public List<DecisionLine> lines(UUID decisionId) {
        return getEntityManager().createQuery("from DecisionLine where decisionId = :d order by position",
                DecisionLine.class).setParameter("d", decisionId).getResultList();
    }

    /** The lines a revocation annulled, by the order of their decisions and positions. */
    public List<DecisionLine> linesRevokedBy(UUID revocationId) {
        return getEntityManager().createQuery("""
                select l from DecisionLine l, CommendationDecision d
                where l.revokedByDecisionId = :r and d.id = l.decisionId order by d.decisionDate, d.number, l.position""",
                DecisionLine.class).setParameter("r", revocationId).getResultList();
    }

    /** One page of the lines, in the decision's order. */
    public List<DecisionLine> linePage(UUID decisionId, int page, int size) {
        return getEntityManager().createQuery("from DecisionLine where decisionId = :d order by position",
                DecisionLine.class).setParameter("d", decisionId).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    public long lineCount(UUID decisionId) {
        return getEntityManager().createQuery("select count(l) from DecisionLine l where l.decisionId = :d",
                Long.class).setParameter("d", decisionId).getSingleResult();
    }

    public Optional<DecisionLine> line(UUID decisionId, UUID lineId) {
        return getEntityManager().createQuery("from DecisionLine where id = :id and decisionId = :d",
                DecisionLine.class).setParameter("id", lineId).setParameter("d", decisionId).getResultStream()
                .findFirst();
    }

    public void persistLine(DecisionLine line) {
        getEntityManager().persist(line);
    }

    public void removeLine(DecisionLine line) {
        getEntityManager().remove(line);
    }

    /** Lines and revoked lines per decision, in one query. */
    public Map<UUID, long[]> lineCounts(List<UUID> decisionIds) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (decisionIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery("""
                select l.decisionId, count(l), sum(case when l.revokedOn is null then 0 else 1 end)
                from DecisionLine l where l.decisionId in :ids group by l.decisionId""", Object[].class)
                .setParameter("ids", decisionIds).getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return counts;
    }

    // --- numbers ------------------------------------------------------------------------------------------------

    /**
     * Serialises the signing of one authority's decisions of a year until the transaction ends: two decisions signed
     * at the same instant would otherwise each find the quota free, or the same next number.
     */
    public void lockRegister(String authority, int year) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1), ?2)")
                .setParameter(1, "decision-register:" + authority).setParameter(2, year).getSingleResult();
    }

    /** Whether another decision of the authority in that year bears the number (case-insensitive). */
    public boolean numberTaken(UUID authorityUnitId, String authorityName, LocalDate date, String number, UUID except) {
        Number count = (Number) getEntityManager().createNativeQuery("""
                SELECT count(*) FROM decision
                WHERE coalesce(authority_unit_id::text, lower(authority_name)) = coalesce(CAST(?1 AS text), lower(?2))
                  AND extract(year FROM decision_date) = ?3 AND lower(number) = lower(?4) AND id <> ?5""")
                .setParameter(1, authorityUnitId == null ? null : authorityUnitId.toString())
                .setParameter(2, authorityName).setParameter(3, date.getYear()).setParameter(4, number)
                .setParameter(5, except).getSingleResult();
        return count.longValue() > 0;
    }

    /** The highest register number the authority's decisions bear in the year, 0 when none. */
    public int highestNumber(UUID authorityUnitId, int year) {
        Number highest = (Number) getEntityManager().createNativeQuery("""
                SELECT coalesce(max(CAST(substring(number FROM '^[0-9]+') AS integer)), 0) FROM decision
                WHERE authority_unit_id = ?1 AND extract(year FROM decision_date) = ?2 AND number IS NOT NULL""")
                .setParameter(1, authorityUnitId).setParameter(2, year).getSingleResult();
        return highest.intValue();
    }

    /** Decisions' numbers by id, whatever the scope (a revoking decision names the one it revokes). */
    public Map<UUID, String> numbers(List<UUID> ids) {
        Map<UUID, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select id, number from CommendationDecision where id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> numbers.put((UUID) row[0], (String) row[1]));
        }
        return numbers;
    }
}
