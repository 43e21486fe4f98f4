package vn.thidua.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

/**
 * The queries behind the public views (công khai): published decisions only, whoever asks. The list is native SQL
 * because it searches the generated, already folded {@code search_text} columns, which the entities do not map.
 */
@ApplicationScoped
public class PublicDecisionRepository {

    /** Names of awardees a list item shows before "and n more". */
    static final int NAMES_PER_SUMMARY = 5;

    @Inject
    EntityManager em;

    /** The list filters; all optional. {@code unitId} keeps the decisions kept in that unit's subtree. */
    public record Filter(String query, Integer year, UUID unitId, String awardCode, LocalDate from, LocalDate to,
            DecisionKind kind) {
    }

    /** One page of decisions in the order asked, and how many match in all. */
    record Found(List<CommendationDecision> decisions, long total) {
    }

    /** How many lines a decision has, and the names of its first few, in the order printed. */
    record Awardees(int count, List<String> firstNames) {
    }

    Found search(Filter filter, Sort sort, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Query count = em.createNativeQuery("SELECT count(*) FROM decision d WHERE " + where);
        Query select = em.createNativeQuery("SELECT d.id FROM decision d WHERE " + where + orderBy(sort), UUID.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<UUID> ids = select.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        Map<UUID, CommendationDecision> byId = decisions(ids);
        return new Found(ids.stream().map(byId::get).toList(), total);
    }

    Optional<CommendationDecision> findPublished(UUID id) {
        return em.createQuery("from CommendationDecision where id = :id and publishedAt is not null",
                CommendationDecision.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** Decisions by id (the revoked and revoking ones a view names), whatever their state. */
    Map<UUID, CommendationDecision> decisions(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from CommendationDecision where id in :ids", CommendationDecision.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
    }

    List<DecisionLine> lines(UUID decisionId) {
        return em.createQuery("from DecisionLine where decisionId = :decision order by position", DecisionLine.class)
                .setParameter("decision", decisionId).getResultList();
    }

    /** For each of the decisions, in one query: its line count and its first names by position. */
    Map<UUID, Awardees> awardees(Collection<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT decision_id, subject_name, total FROM (
                            SELECT decision_id, subject_name, position,
                                   count(*) OVER (PARTITION BY decision_id) AS total,
                                   row_number() OVER (PARTITION BY decision_id ORDER BY position) AS rank
                              FROM decision_line WHERE decision_id IN (:ids)) ranked
                         WHERE rank <= :names ORDER BY decision_id, position""")
                .setParameter("ids", decisionIds).setParameter("names", NAMES_PER_SUMMARY).getResultList();
        Map<UUID, Awardees> found = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID decision = (UUID) row[0];
            found.computeIfAbsent(decision, d -> new Awardees(((Number) row[2]).intValue(), new ArrayList<>()))
                    .firstNames().add((String) row[1]);
        }
        return found;
    }

    /** The line holding the code (canonical form), if its decision is an award that was signed. */
    Optional<DecisionLine> signedAwardLine(String code) {
        return em.createQuery("""
                        select l from DecisionLine l where l.verificationCode = :code and exists (
                            select 1 from CommendationDecision d where d.id = l.decisionId
                               and d.kind = vn.thidua.decision.DecisionKind.AWARD and d.status in :signed)""",
                        DecisionLine.class)
                .setParameter("code", code)
                .setParameter("signed", List.of(DecisionStatus.SIGNED, DecisionStatus.PUBLISHED, DecisionStatus.REVOKED))
                .getResultStream().findFirst();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("d.published_at IS NOT NULL");
        if (filter.query() != null && !filter.query().isBlank()) {
            // backslash, with which the pattern escapes LIKE's wildcards, is PostgreSQL's default escape character
            where.append(" AND (d.search_text LIKE :q OR EXISTS (SELECT 1 FROM decision_line l")
                    .append(" WHERE l.decision_id = d.id AND l.search_text LIKE :q))");
            params.put("q", Text.containsPattern(filter.query()));
        }
        if (filter.year() != null) {
            where.append(" AND d.year = :year");
            params.put("year", filter.year());
        }
        if (filter.unitId() != null) {
            where.append(" AND d.unit_id IN (SELECT u.id FROM org_unit u JOIN org_unit top ON top.id = :unit")
                    .append(" WHERE u.path LIKE top.path || '%')");
            params.put("unit", filter.unitId());
        }
        if (filter.awardCode() != null) {
            where.append(" AND (d.award_code = :award OR EXISTS (SELECT 1 FROM decision_line a")
                    .append(" WHERE a.decision_id = d.id AND a.award_code = :award))");
            params.put("award", filter.awardCode());
        }
        if (filter.from() != null) {
            where.append(" AND d.decision_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND d.decision_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.kind() != null) {
            where.append(" AND d.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        return where.toString();
    }

    /** The sort's columns are the service's own (never the caller's text), ending with the id. */
    private static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder();
        for (Sort.Column column : sort.getColumns()) {
            order.append(order.isEmpty() ? " ORDER BY " : ", ").append("d.").append(column.getName())
                    .append(column.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC");
        }
        return order.toString();
    }
}
