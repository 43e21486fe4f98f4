package vn.thidua.document;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Makes a draft decision long by SQL: its first line copied for as many new people (copies of the line's person, with
 * their own codes and names) as asked. Through the API a thousand lines would take a thousand eligibility checks;
 * what is tested here is printing them, not adding them.
 */
final class LongDecisions {

    private LongDecisions() {
    }

    /** Adds {@code copies} lines after the draft's first one: "Người nhận số 2", "Người nhận số 3"... */
    static void lengthen(UUID decision, int copies) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            Object[] first = (Object[]) em.createNativeQuery("""
                    SELECT id, person_id FROM decision_line WHERE decision_id = ?1 ORDER BY position LIMIT 1""")
                    .setParameter(1, decision).getSingleResult();
            em.createNativeQuery("CREATE TEMP TABLE long_people ON COMMIT DROP AS SELECT g, gen_random_uuid() AS id "
                    + "FROM generate_series(1, ?1) g").setParameter(1, copies).executeUpdate();
            String people = columns(em, "person");
            em.createNativeQuery("INSERT INTO person (" + people + ") SELECT " + populated(people, "person", "p", """
                    jsonb_build_object('id', n.id, 'code', p.code || '-' || n.g,
                        'full_name', 'Người nhận số ' || (n.g + 1))""") + " FROM person p, long_people n WHERE p.id = ?1")
                    .setParameter(1, first[1]).executeUpdate();
            String lines = columns(em, "decision_line");
            em.createNativeQuery("INSERT INTO decision_line (" + lines + ") SELECT " + populated(lines,
                    "decision_line", "l", """
                    jsonb_build_object('id', gen_random_uuid(), 'person_id', n.id, 'position', l.position + n.g,
                        'subject_name', 'Người nhận số ' || (n.g + 1))""")
                    + " FROM decision_line l, long_people n WHERE l.id = ?1")
                    .setParameter(1, first[0]).executeUpdate();
        });
    }

    /** The table's columns that can be written (not generated), comma-separated. */
    @SuppressWarnings("unchecked")
    private static String columns(EntityManager em, String table) {
        List<String> names = em.createNativeQuery("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = ?1 AND is_generated = 'NEVER'
                ORDER BY ordinal_position""").setParameter(1, table).getResultList();
        return String.join(", ", names);
    }

    /** The row {@code alias} of {@code table} with some values replaced, as the given columns. */
    private static String populated(String columns, String table, String alias, String replaced) {
        StringBuilder select = new StringBuilder();
        for (String column : columns.split(", ")) {
            if (select.length() > 0) {
                select.append(", ");
            }
            select.append("(jsonb_populate_record(NULL::").append(table).append(", to_jsonb(").append(alias)
                    .append(") || ").append(replaced).append(")).").append(column);
        }
        return select.toString();
    }
}
