package vn.thidua.history;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * Bulk history for load tests, written in SQL inside the caller's transaction (which the tests roll back): people
 * without the API's name keys, and for every person of a subtree five kinds of record. Names and codes are made up.
 */
final class HistoryData {

    private HistoryData() {
    }

    /** {@code count} departments under {@code parent}. */
    static void departments(EntityManager em, UUID parent, String parentPath, int count) {
        em.createNativeQuery("""
                INSERT INTO org_unit (id, code, name, kind, parent_id, path, depth, active, created_at, updated_at,
                                      version)
                SELECT d.id, 'BD-' || substr(d.id::text, 1, 13), 'Phòng ' || d.n, 'DEPARTMENT', ?1,
                       ?2 || d.id || '/', (SELECT depth + 1 FROM org_unit WHERE id = ?1), true, now(), now(), 0
                FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, ?3) n) d""")
                .setParameter(1, parent).setParameter(2, parentPath).setParameter(3, count).executeUpdate();
    }

    /** {@code count} people in one unit. */
    static void people(EntityManager em, UUID unit, int count, String codePrefix) {
        em.createNativeQuery(PEOPLE + " SELECT ?1 AS unit, n FROM generate_series(1, ?3) n) s")
                .setParameter(1, unit).setParameter(2, codePrefix).setParameter(3, count).executeUpdate();
    }

    /** {@code count} people spread over the departments directly below the unit at {@code path}. */
    static void peopleAcrossDepartments(EntityManager em, String path, int count, String codePrefix) {
        em.createNativeQuery(PEOPLE + """
                 SELECT (SELECT array_agg(id ORDER BY id) FROM org_unit WHERE path LIKE ?1 || '%' AND path <> ?1)
                        [1 + n % (SELECT count(*) FROM org_unit WHERE path LIKE ?1 || '%' AND path <> ?1)] AS unit, n
                 FROM generate_series(1, ?3) n) s""")
                .setParameter(1, path).setParameter(2, codePrefix).setParameter(3, count).executeUpdate();
    }

    private static final String PEOPLE = """
            INSERT INTO person (id, code, full_name, family_name, middle_name, given_name, family_key, middle_key,
                                given_key, unit_id, active, created_at, updated_at, version)
            SELECT gen_random_uuid(), ?2 || '-' || s.n, 'Nguyễn Văn A', 'Nguyễn', 'Văn', 'A', '\\x00', '\\x00', '\\x00',
                   s.unit, true, now(), now(), 0
            FROM (""";

    /**
     * For every person under {@code path}: an assessment each year, two awards (ADVANCED_WORKER in the first two
     * years); for one in a hundred a reprimand, one in two hundred an open inspection, one in ten an initiative.
     * For every unit there: an assessment of the last year.
     */
    static void records(EntityManager em, String path, int fromYear, int toYear) {
        String people = "SELECT p.id, p.unit_id, row_number() OVER (ORDER BY p.id) AS n FROM person p "
                + "JOIN org_unit u ON u.id = p.unit_id WHERE u.path LIKE ?1 || '%'";
        String book = "'test', now(), 'test', now(), 0";
        em.createNativeQuery("INSERT INTO annual_assessment (id, subject_kind, person_id, unit_id, year, rating, "
                + "months_employed, created_by, created_at, updated_by, updated_at, version) "
                + "SELECT gen_random_uuid(), 'PERSON', s.id, s.unit_id, y, (ARRAY['EXCELLENT', 'GOOD', 'COMPLETED'])"
                + "[1 + (s.n + y) % 3], 12, " + book + " FROM (" + people + ") s, generate_series(?2, ?3) y")
                .setParameter(1, path).setParameter(2, fromYear).setParameter(3, toYear).executeUpdate();
        em.createNativeQuery("INSERT INTO annual_assessment (id, subject_kind, person_id, unit_id, year, rating, "
                + "created_by, created_at, updated_by, updated_at, version) "
                + "SELECT gen_random_uuid(), 'UNIT', NULL, u.id, ?2, 'GOOD', " + book
                + " FROM org_unit u WHERE u.path LIKE ?1 || '%'")
                .setParameter(1, path).setParameter(2, toYear).executeUpdate();
        em.createNativeQuery("INSERT INTO award_record (id, subject_kind, person_id, unit_id, year, award_code, "
                + "decision_number, source, created_by, created_at, updated_by, updated_at, version) "
                + "SELECT gen_random_uuid(), 'PERSON', s.id, s.unit_id, y, 'ADVANCED_WORKER', y || '/QĐ', 'IMPORTED', "
                + book + " FROM (" + people + ") s, generate_series(?2, ?2 + 1) y")
                .setParameter(1, path).setParameter(2, fromYear).executeUpdate();
        em.createNativeQuery("INSERT INTO disciplinary_measure (id, subject_kind, person_id, unit_id, measure, "
                + "decided_on, served_until, decision_number, created_by, created_at, updated_by, updated_at, "
                + "version) SELECT gen_random_uuid(), 'PERSON', s.id, s.unit_id, 'REPRIMAND', make_date(?2, 3, 1), "
                + "make_date(?2 + 1, 2, 28), 'KL-' || s.n, " + book + " FROM (" + people + ") s WHERE s.n % 100 = 0")
                .setParameter(1, path).setParameter(2, fromYear).executeUpdate();
        em.createNativeQuery("INSERT INTO disciplinary_proceeding (id, subject_kind, person_id, unit_id, kind, "
                + "opened_on, created_by, created_at, updated_by, updated_at, version) "
                + "SELECT gen_random_uuid(), 'PERSON', s.id, s.unit_id, 'INSPECTION', make_date(?2, 9, 1), " + book
                + " FROM (" + people + ") s WHERE s.n % 200 = 0")
                .setParameter(1, path).setParameter(2, toYear).executeUpdate();
        em.createNativeQuery("CREATE TEMPORARY TABLE bench_initiative ON COMMIT DROP AS SELECT gen_random_uuid() "
                + "AS id, s.id AS person_id, s.unit_id, s.n FROM (" + people + ") s WHERE s.n % 10 = 0")
                .setParameter(1, path).executeUpdate();
        em.createNativeQuery("INSERT INTO initiative (id, kind, title, unit_id, recognised_by, decision_number, "
                + "recognised_on, year, level, created_by, created_at, updated_by, updated_at, version) "
                + "SELECT b.id, 'INITIATIVE', 'Sáng kiến ' || b.id, b.unit_id, 'Hội đồng', 'SK-' || b.id, "
                + "make_date(?1, 11, 20), ?1, 'BASE', " + book + " FROM bench_initiative b")
                .setParameter(1, toYear).executeUpdate();
        em.createNativeQuery("INSERT INTO initiative_author (initiative_id, person_id) "
                + "SELECT id, person_id FROM bench_initiative").executeUpdate();
        em.createNativeQuery("DROP TABLE bench_initiative").executeUpdate();
    }
}
