package vn.thidua.report;

import java.math.BigInteger;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Every query of the reports, in native SQL because a report adds up what several features own (people, pledges,
 * evaluations, award history, decision lines) and none of them offers a count by unit. Read-only: nothing here
 * writes, and no other code reads these tables for reports.
 * <p>
 * A query takes the unit pattern of the report (a unit path, with {@code %} for its subtree) and either a plan or a
 * year; pledges and evaluations belong to a plan (or to the plans of a year), awards and cash to a year.
 */
@ApplicationScoped
public class ReportRepository {

    /** Which plans a report covers: one plan, or every plan of a year (its year, or the year it ends). */
    public record Period(UUID planId, int year) {

        String planFilter() {
            return planId != null ? "x.plan_id = :plan"
                    : "x.plan_id IN (SELECT p.id FROM plan p WHERE coalesce(p.year, extract(year FROM p.end_date)) = :year)";
        }

        void bind(Query query) {
            if (planId != null) {
                query.setParameter("plan", planId);
            } else {
                query.setParameter("year", year);
            }
        }
    }

    /** A unit of the report's subtree. */
    public record Unit(UUID id, String code, String name, UUID parentId, boolean active) {
    }

    /** A count of something of a unit, by key (a status, an award code...). */
    public record Count(UUID unitId, String key, long count) {
    }

    /** Awards of the year recorded in history for a unit, by code; revoked ones apart. */
    public record Awarded(UUID unitId, String code, boolean standing, long count) {
    }

    /** Decision lines of the year for a unit, by award; revoked ones apart, with what they owe back. */
    public record Paid(UUID unitId, String code, boolean standing, long lines, long amountVnd, long owedVnd,
            long recoveredVnd) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    List<Unit> units(String unitPattern) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.id, u.code, u.name, u.parent_id, u.active FROM org_unit u WHERE u.path LIKE :units""")
                .setParameter("units", unitPattern).getResultList();
        return rows.stream().map(r -> new Unit((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                (Boolean) r[4])).toList();
    }

    List<Count> headcount(String unitPattern) {
        return counts(em.createNativeQuery("""
                SELECT x.unit_id, 'ACTIVE', count(*) FROM person x JOIN org_unit u ON u.id = x.unit_id
                WHERE x.active AND u.path LIKE :units GROUP BY x.unit_id""").setParameter("units", unitPattern));
    }

    List<Count> pledgesByStatus(String unitPattern, Period period) {
        return counts(period, unitPattern, """
                SELECT x.unit_id, x.status, count(*) FROM pledge x JOIN org_unit u ON u.id = x.unit_id
                WHERE u.path LIKE :units AND %s GROUP BY x.unit_id, x.status""");
    }

    /** Titles of live pledges (neither withdrawn nor rejected), each title of a pledge once. */
    List<Count> pledgesByTitle(String unitPattern, Period period) {
        return counts(period, unitPattern, """
                SELECT x.unit_id, t.code, count(*) FROM pledge x JOIN org_unit u ON u.id = x.unit_id
                CROSS JOIN LATERAL (SELECT DISTINCT jsonb_array_elements_text(x.titles) AS code) t
                WHERE u.path LIKE :units AND x.status NOT IN ('WITHDRAWN', 'REJECTED') AND %s
                GROUP BY x.unit_id, t.code""");
    }

    List<Count> evaluationsByStatus(String unitPattern, Period period) {
        return counts(period, unitPattern, """
                SELECT x.unit_id, x.status, count(*) FROM evaluation x JOIN org_unit u ON u.id = x.unit_id
                WHERE u.path LIKE :units AND %s GROUP BY x.unit_id, x.status""");
    }

    /** The titles and forms the units' review meetings proposed, each code of an evaluation once. */
    List<Count> evaluationsProposed(String unitPattern, Period period) {
        return counts(period, unitPattern, """
                SELECT x.unit_id, t.code, count(*) FROM evaluation x JOIN org_unit u ON u.id = x.unit_id
                CROSS JOIN LATERAL (SELECT DISTINCT jsonb_array_elements_text(x.proposed_titles || x.proposed_forms)
                                    AS code) t
                WHERE u.path LIKE :units AND %s GROUP BY x.unit_id, t.code""");
    }

    @SuppressWarnings("unchecked")
    List<Awarded> awards(String unitPattern, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT x.unit_id, x.award_code, x.revoked_on IS NULL, count(*) FROM award_record x
                JOIN org_unit u ON u.id = x.unit_id
                WHERE u.path LIKE :units AND x.year = :year GROUP BY x.unit_id, x.award_code, x.revoked_on IS NULL""")
                .setParameter("units", unitPattern).setParameter("year", year).getResultList();
        return rows.stream().map(r -> new Awarded((UUID) r[0], (String) r[1], (Boolean) r[2], number(r[3]))).toList();
    }

    /** Lines of the signed award decisions of the year (revocation decisions carry no lines of their own). */
    @SuppressWarnings("unchecked")
    List<Paid> cash(String unitPattern, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT x.unit_id, x.award_code, x.revoked_on IS NULL, count(*), sum(x.amount_vnd),
                       sum(coalesce(x.recovery_owed_vnd, 0)), sum(coalesce(x.recovered_vnd, 0))
                FROM decision_line x JOIN decision d ON d.id = x.decision_id JOIN org_unit u ON u.id = x.unit_id
                WHERE u.path LIKE :units AND d.kind = 'AWARD' AND d.status <> 'DRAFT' AND d.year = :year
                GROUP BY x.unit_id, x.award_code, x.revoked_on IS NULL""")
                .setParameter("units", unitPattern).setParameter("year", year).getResultList();
        return rows.stream().map(r -> new Paid((UUID) r[0], (String) r[1], (Boolean) r[2], number(r[3]),
                number(r[4]), number(r[5]), number(r[6]))).toList();
    }

    private List<Count> counts(Period period, String unitPattern, String sql) {
        Query query = em.createNativeQuery(sql.formatted(period.planFilter())).setParameter("units", unitPattern);
        period.bind(query);
        return counts(query);
    }

    @SuppressWarnings("unchecked")
    private static List<Count> counts(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Count((UUID) r[0], (String) r[1], number(r[2]))).toList();
    }

    private static long number(Object value) {
        return value instanceof BigInteger big ? big.longValueExact() : ((Number) value).longValue();
    }
}
