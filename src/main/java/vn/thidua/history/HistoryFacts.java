package vn.thidua.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import vn.thidua.org.SubjectKind;

/**
 * Loads what the eligibility rules read, for a whole subtree or a few subjects, as plain values: one SQL query per
 * table returning columns (no entities, no query per subject), so that a province of 50,000 people with five years of
 * history loads in well under two seconds. No scope check: the caller has checked the subtree or the subjects.
 * <p>
 * A person belongs to a subtree by the unit they are in now; a unit by its own place. Disciplinary measures are those
 * in effect at some time of the years asked or still in effect today, proceedings those open at some time of them or
 * still pending (a pending one blocks every award, whatever the years); awards are by year, revoked ones included
 * with their revocation date. Every subject asked for is in the answer, with empty lists when nothing is recorded.
 */
@ApplicationScoped
public class HistoryFacts {

    /** Rows per round trip: PostgreSQL streams a result in batches only when a fetch size is set. */
    static final int FETCH_SIZE = 5_000;

    @Inject
    EntityManager em;

    /** Every person whose unit's path starts with {@code unitPath}, and every unit there, by id. */
    @Transactional
    public Map<UUID, SubjectHistory> forSubtree(String unitPath, int fromYear, int toYear) {
        Selection selection = new Selection(unitPath + "%", null, null);
        Map<UUID, Builder> subjects = new HashMap<>();
        NativeQuery<Object[]> query = query("""
                SELECT 'PERSON' AS kind, p.id AS subject FROM person p JOIN org_unit u ON u.id = p.unit_id
                WHERE u.path LIKE :path
                UNION ALL
                SELECT 'UNIT', u.id FROM org_unit u WHERE u.path LIKE :path""", selection, "person", "org_unit")
                .addScalar("kind", String.class).addScalar("subject", UUID.class);
        for (Object[] row : query.getResultList()) {
            UUID id = (UUID) row[1];
            subjects.put(id, new Builder(SubjectKind.valueOf((String) row[0]), id));
        }
        return load(selection, subjects, fromYear, toYear);
    }

    /**
     * Who holds each of these awards for the year in the subtree, standing (not revoked): people by the unit they are in
     * now, units by their own place. Read by the quota reckoning, which counts holders, not whole histories.
     */
    @Transactional
    public Map<String, java.util.Set<UUID>> holders(String unitPath, int year, Collection<String> awardCodes) {
        Map<String, java.util.Set<UUID>> holders = new HashMap<>();
        if (awardCodes.isEmpty()) {
            return holders;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.unwrap(Session.class).createNativeQuery("""
                SELECT a.award_code AS code, a.person_id AS subject FROM award_record a
                JOIN person p ON p.id = a.person_id JOIN org_unit u ON u.id = p.unit_id
                WHERE u.path LIKE :path AND a.year = :year AND a.revoked_on IS NULL AND a.award_code = ANY(:codes)
                UNION ALL
                SELECT a.award_code, a.unit_id FROM award_record a JOIN org_unit u ON u.id = a.unit_id
                WHERE a.person_id IS NULL AND u.path LIKE :path AND a.year = :year AND a.revoked_on IS NULL
                  AND a.award_code = ANY(:codes)""")
                .addSynchronizedQuerySpace("award_record").addScalar("code", String.class)
                .addScalar("subject", UUID.class).setParameter("path", unitPath + "%").setParameter("year", year)
                .setParameter("codes", awardCodes.toArray(String[]::new)).getResultList();
        for (Object[] row : rows) {
            holders.computeIfAbsent((String) row[0], c -> new java.util.HashSet<>()).add((UUID) row[1]);
        }
        return holders;
    }

    /** These people and units, by id, whatever their units. */
    @Transactional
    public Map<UUID, SubjectHistory> forSubjects(Collection<UUID> personIds, Collection<UUID> unitIds, int fromYear,
            int toYear) {
        Map<UUID, Builder> subjects = new HashMap<>();
        personIds.forEach(id -> subjects.put(id, new Builder(SubjectKind.PERSON, id)));
        unitIds.forEach(id -> subjects.put(id, new Builder(SubjectKind.UNIT, id)));
        Selection selection = new Selection(null, personIds.toArray(UUID[]::new), unitIds.toArray(UUID[]::new));
        return load(selection, subjects, fromYear, toYear);
    }

    /**
     * How a query picks its rows: the subjects of a subtree (joined to the organisation on the unit path), or given
     * ids. Each table is read in two branches of one statement: rows about people, rows about units.
     */
    private record Selection(String path, UUID[] people, UUID[] units) {

        /** {@code from} (a table with its alias) narrowed to the rows about selected people in {@code personColumn}. */
        String people(String from, String personColumn) {
            return path != null
                    ? from + " JOIN person p ON p.id = " + personColumn
                            + " JOIN org_unit u ON u.id = p.unit_id WHERE u.path LIKE :path"
                    : from + " WHERE " + personColumn + " = ANY(:people)";
        }

        /** The same for rows about selected units in {@code unitColumn}, where {@code isUnitRow} holds. */
        String units(String from, String unitColumn, String isUnitRow) {
            return path != null
                    ? from + " JOIN org_unit u ON u.id = " + unitColumn + " WHERE " + isUnitRow
                            + " AND u.path LIKE :path"
                    : from + " WHERE " + isUnitRow + " AND " + unitColumn + " = ANY(:units)";
        }
    }

    private Map<UUID, SubjectHistory> load(Selection selection, Map<UUID, Builder> subjects, int fromYear,
            int toYear) {
        LocalDate firstDay = LocalDate.of(fromYear, 1, 1);
        LocalDate lastDay = LocalDate.of(toYear, 12, 31);
        String years = " AND a.year BETWEEN " + fromYear + " AND " + toYear;

        read(subjects, query(bothBranches(selection, "annual_assessment a",
                "a.year AS year, a.rating AS rating, a.months_employed AS months", years, "year"), selection,
                "annual_assessment", "person", "org_unit")
                .addScalar("subject", UUID.class).addScalar("year", Integer.class).addScalar("rating", String.class)
                .addScalar("months", Integer.class),
                (b, r) -> b.assessments.add(new SubjectHistory.Assessment((Integer) r[1], Rating.valueOf((String) r[2]),
                        (Integer) r[3])));

        read(subjects, query(bothBranches(selection, "disciplinary_measure a",
                "a.measure AS measure, a.decided_on AS decided, a.served_until AS served, a.decision_number AS ref",
                " AND (a.decided_on <= :lastDay AND a.served_until >= :firstDay OR a.served_until >= CURRENT_DATE)",
                "decided"), selection,
                "disciplinary_measure", "person", "org_unit")
                .setParameter("firstDay", firstDay).setParameter("lastDay", lastDay)
                .addScalar("subject", UUID.class).addScalar("measure", String.class)
                .addScalar("decided", LocalDate.class).addScalar("served", LocalDate.class)
                .addScalar("ref", String.class),
                (b, r) -> b.measures.add(new SubjectHistory.Measure(DisciplineMeasure.valueOf((String) r[1]),
                        (LocalDate) r[2], (LocalDate) r[3], (String) r[4])));

        read(subjects, query(bothBranches(selection, "disciplinary_proceeding a",
                "a.kind AS kind, a.opened_on AS opened, a.closed_on AS closed, a.reference AS ref",
                " AND (a.closed_on IS NULL OR a.opened_on <= :lastDay AND a.closed_on >= :firstDay)", "opened"),
                selection, "disciplinary_proceeding", "person", "org_unit")
                .setParameter("firstDay", firstDay).setParameter("lastDay", lastDay)
                .addScalar("subject", UUID.class).addScalar("kind", String.class)
                .addScalar("opened", LocalDate.class).addScalar("closed", LocalDate.class)
                .addScalar("ref", String.class),
                (b, r) -> b.proceedings.add(new SubjectHistory.Proceeding(ProceedingKind.valueOf((String) r[1]),
                        (LocalDate) r[2], (LocalDate) r[3], (String) r[4])));

        String initiativeColumns = "a.kind AS kind, a.title AS title, a.year AS year, a.recognised_on AS recognised, "
                + "a.level AS level, a.decision_number AS ref";
        String initiatives = "SELECT ia.person_id AS subject, " + initiativeColumns + " "
                + selection.people("FROM initiative a JOIN initiative_author ia ON ia.initiative_id = a.id",
                        "ia.person_id") + years
                + " UNION ALL SELECT a.owner_unit_id, " + initiativeColumns + " "
                + selection.units("FROM initiative a", "a.owner_unit_id", "a.owner_unit_id IS NOT NULL") + years
                + " ORDER BY year, recognised";
        read(subjects, query(initiatives, selection, "initiative", "initiative_author", "person", "org_unit")
                .addScalar("subject", UUID.class).addScalar("kind", String.class).addScalar("title", String.class)
                .addScalar("year", Integer.class).addScalar("recognised", LocalDate.class)
                .addScalar("level", String.class).addScalar("ref", String.class),
                (b, r) -> b.initiatives.add(new SubjectHistory.Initiative(InitiativeKind.valueOf((String) r[1]),
                        (String) r[2], (Integer) r[3], (LocalDate) r[4], EffectLevel.valueOf((String) r[5]),
                        (String) r[6])));

        read(subjects, query(bothBranches(selection, "award_record a",
                "a.year AS year, a.award_code AS code, a.decision_number AS ref, a.decision_date AS decided, "
                        + "a.revoked_on AS revoked", years, "year, code"), selection,
                "award_record", "person", "org_unit")
                .addScalar("subject", UUID.class).addScalar("year", Integer.class).addScalar("code", String.class)
                .addScalar("ref", String.class).addScalar("decided", LocalDate.class)
                .addScalar("revoked", LocalDate.class),
                (b, r) -> b.awards.add(new SubjectHistory.Award((Integer) r[1], (String) r[2], (String) r[3],
                        (LocalDate) r[4], (LocalDate) r[5])));

        Map<UUID, SubjectHistory> histories = new HashMap<>(subjects.size() * 2);
        subjects.forEach((id, builder) -> histories.put(id, builder.build()));
        return histories;
    }

    /** One statement reading a subject table: its rows about people, then its rows about units, in time order. */
    private static String bothBranches(Selection selection, String from, String columns, String span,
            String orderBy) {
        return "SELECT a.person_id AS subject, " + columns + " " + selection.people("FROM " + from, "a.person_id")
                + span + " UNION ALL SELECT a.unit_id, " + columns + " "
                + selection.units("FROM " + from, "a.unit_id", "a.person_id IS NULL") + span + " ORDER BY " + orderBy;
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<Object[]> query(String sql, Selection selection, String... tables) {
        NativeQuery<Object[]> query = em.unwrap(Session.class).createNativeQuery(sql);
        for (String table : tables) {
            // only pending changes to these tables are flushed before the read, not the whole session
            query.addSynchronizedQuerySpace(table);
        }
        query.setFetchSize(FETCH_SIZE);
        query.setReadOnly(true);
        if (selection.path() != null) {
            query.setParameter("path", selection.path());
        } else {
            if (sql.contains(":people")) {
                query.setParameter("people", selection.people());
            }
            if (sql.contains(":units")) {
                query.setParameter("units", selection.units());
            }
        }
        return query;
    }

    private static void read(Map<UUID, Builder> subjects, NativeQuery<Object[]> query,
            BiConsumer<Builder, Object[]> add) {
        for (Object[] row : query.getResultList()) {
            Builder builder = subjects.get((UUID) row[0]);
            if (builder != null) {
                add.accept(builder, row);
            }
        }
    }

    /** One subject's history while its rows come in. */
    private static final class Builder {
        final SubjectKind kind;
        final UUID id;
        final List<SubjectHistory.Assessment> assessments = new ArrayList<>();
        final List<SubjectHistory.Measure> measures = new ArrayList<>();
        final List<SubjectHistory.Proceeding> proceedings = new ArrayList<>();
        final List<SubjectHistory.Initiative> initiatives = new ArrayList<>();
        final List<SubjectHistory.Award> awards = new ArrayList<>();

        Builder(SubjectKind kind, UUID id) {
            this.kind = kind;
            this.id = id;
        }

        SubjectHistory build() {
            return new SubjectHistory(kind, id, List.copyOf(assessments), List.copyOf(measures),
                    List.copyOf(proceedings), List.copyOf(initiatives), List.copyOf(awards));
        }
    }
}
