package vn.thidua.org;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What other features may know of the organisation, inside the caller's scope: people and units as plain
 * references, looked up one by one or in bulk (imports), and the people of a unit in staff-list order.
 */
@ApplicationScoped
public class OrgDirectory {

    /** A person as other features refer to one. */
    public record PersonRef(UUID id, String code, String fullName, String position, UUID unitId, String unitCode,
            String unitName, @Schema(required = true) boolean active) {
    }

    /** A unit as other features refer to one. */
    public record UnitRef(UUID id, String code, String name, String path, @Schema(required = true) boolean active) {
    }

    @Inject
    EntityManager em;
    @Inject
    OrgScope scope;

    private static final String PERSON_COLUMNS = """
            SELECT p.id, p.code, p.full_name, p.position, u.id, u.code, u.name, p.active
            FROM person p JOIN org_unit u ON u.id = p.unit_id""";

    public Optional<PersonRef> person(UUID id) {
        return people(PERSON_COLUMNS + " WHERE p.id = ?1 AND u.path LIKE ?2", id).stream().findFirst();
    }

    /** People by id, inside the scope. */
    public Map<UUID, PersonRef> peopleByIds(Collection<UUID> ids) {
        Map<UUID, PersonRef> found = new HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            for (PersonRef person : people(PERSON_COLUMNS + " WHERE p.id = ANY(?1) AND u.path LIKE ?2",
                    chunk.toArray(UUID[]::new))) {
                found.put(person.id(), person);
            }
        }
        return found;
    }

    /** Staff-list order of two names: given name first, then the rest, by the Vietnamese alphabet and tones. */
    public static int compareNames(String a, String b) {
        VietnameseName x = VietnameseName.of(a);
        VietnameseName y = VietnameseName.of(b);
        int order = VietnameseName.compare(x.givenName(), y.givenName());
        if (order == 0) {
            order = VietnameseName.compare(x.familyName(), y.familyName());
        }
        return order != 0 ? order : VietnameseName.compare(a, b);
    }

    private static final PersonRef AMBIGUOUS = new PersonRef(null, null, null, null, null, null, null, false);

    /**
     * People by code (keys lower case), inside the scope; unknown and out-of-scope codes are absent alike. Codes are
     * unique per agency: a code that a scope spanning agencies holds more than once names no one (refer by id then).
     */
    public Map<String, PersonRef> peopleByCodes(Collection<String> codes) {
        Map<String, PersonRef> found = new HashMap<>();
        List<String> lower = codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
        for (int from = 0; from < lower.size(); from += 1000) {
            List<String> chunk = lower.subList(from, Math.min(lower.size(), from + 1000));
            for (PersonRef person : people(PERSON_COLUMNS + " WHERE lower(p.code) = ANY(?1) AND u.path LIKE ?2",
                    chunk.toArray(String[]::new))) {
                String code = person.code().toLowerCase(Locale.ROOT);
                found.put(code, found.containsKey(code) ? AMBIGUOUS : person);
            }
        }
        found.values().removeIf(person -> person == AMBIGUOUS);
        return found;
    }

    /** Active people of a unit (or of its whole subtree), in staff-list order: given name, family, middle. */
    public List<PersonRef> activePeopleOf(UnitRef unit, boolean subtree) {
        String where = subtree ? " WHERE u.path LIKE ?1 AND p.active AND u.path LIKE ?2"
                : " WHERE u.id = ?1 AND p.active AND u.path LIKE ?2";
        return people(PERSON_COLUMNS + where + " ORDER BY p.given_key, p.family_key, p.middle_key, p.id",
                subtree ? unit.path() + "%" : unit.id());
    }

    /** The caller's home unit. */
    public Optional<UnitRef> homeUnit() {
        OrgUnit home = scope.home();
        return home == null ? Optional.empty() : Optional.of(new UnitRef(home.id, home.code, home.name, home.path,
                home.active));
    }

    public Optional<UnitRef> unit(UUID id) {
        return scope.containsUnitId(id) ? units("SELECT id, code, name, path, active FROM org_unit WHERE id = ?1", id)
                .stream().findFirst() : Optional.empty();
    }

    /**
     * A unit whatever the caller's scope: only for features that grant access by their own right (a council member
     * sees the council of the agency above their department) and have already checked it.
     */
    public Optional<UnitRef> unitOutsideScope(UUID id) {
        return units("SELECT id, code, name, path, active FROM org_unit WHERE id = ?1", id).stream().findFirst();
    }

    /** What a unit is (an agency, a department...), whatever the caller's scope; same caution as below. */
    public Optional<UnitKind> unitKindOutsideScope(UUID id) {
        return em.createQuery("select u.kind from OrgUnit u where u.id = :id", UnitKind.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** A unit as a letterhead names it: its kind tells a province from an agency; its own letterhead settings. */
    public record Letterhead(UUID id, String code, String name, UnitKind kind, UnitLetterhead letterhead) {

        /** Whether the unit is a Party body: its documents take the Party's letterhead and numbering. */
        public boolean party() {
            return letterhead != null && letterhead.style() == UnitLetterhead.Style.PARTY;
        }
    }

    /** The unit itself as a letterhead names it, whatever the caller's scope (see {@link #lineageOutsideScope}). */
    public Optional<Letterhead> letterheadOutsideScope(UUID id) {
        return em.createQuery("select u.id, u.code, u.name, u.kind, u.letterhead from OrgUnit u where u.id = :id",
                Object[].class).setParameter("id", id).getResultStream()
                .map(r -> new Letterhead((UUID) r[0], (String) r[1], (String) r[2], (UnitKind) r[3],
                        (UnitLetterhead) r[4])).findFirst();
    }

    /**
     * The unit and every unit above it, from the root down, whatever the caller's scope (same caution as
     * {@link #unitOutsideScope}): what a printed document's letterhead and place name are taken from.
     */
    public List<Letterhead> lineageOutsideScope(UUID id) {
        return em.createQuery("""
                select u.id, u.code, u.name, u.kind, u.letterhead from OrgUnit u, OrgUnit x
                where x.id = :id and x.path like concat(u.path, '%') order by u.depth""", Object[].class)
                .setParameter("id", id).getResultStream()
                .map(r -> new Letterhead((UUID) r[0], (String) r[1], (String) r[2], (UnitKind) r[3],
                        (UnitLetterhead) r[4])).toList();
    }

    /** The names of units by id whatever the caller's scope, in one query; same caution as {@link #unitOutsideScope}. */
    public Map<UUID, String> unitNamesOutsideScope(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (UnitRef unit : units("SELECT id, code, name, path, active FROM org_unit WHERE id = ANY(?1)",
                    Set.copyOf(ids).toArray(UUID[]::new))) {
                names.put(unit.id(), unit.name());
            }
        }
        return names;
    }

    public Map<String, UnitRef> unitsByCodes(Collection<String> codes) {
        Map<String, UnitRef> found = new HashMap<>();
        List<String> lower = codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
        Set<String> repeated = new HashSet<>();
        for (UnitRef unit : units("SELECT id, code, name, path, active FROM org_unit WHERE lower(code) = ANY(?1) "
                + "AND path LIKE ?2", lower.toArray(String[]::new))) {
            // unit codes repeat across agencies: one a scope spanning agencies holds twice names no unit
            if (found.put(unit.code().toLowerCase(Locale.ROOT), unit) != null) {
                repeated.add(unit.code().toLowerCase(Locale.ROOT));
            }
        }
        found.keySet().removeAll(repeated);
        return found;
    }

    /** A person with the path of their unit: where they sit in the tree, for rules that count a unit's members. */
    public record PlacedPerson(UUID id, String code, String fullName, UUID unitId, String unitPath) {
    }

    /**
     * The active people of a subtree with their units' paths, in staff-list order (given name, family, middle), in one
     * query; inside the caller's scope.
     */
    @SuppressWarnings("unchecked")
    public List<PlacedPerson> activePeopleWithin(String unitPath) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.code, p.full_name, u.id, u.path FROM person p JOIN org_unit u ON u.id = p.unit_id
                WHERE p.active AND u.path LIKE ?1 AND u.path LIKE ?2
                ORDER BY p.given_key, p.family_key, p.middle_key, p.id""")
                .setParameter(1, unitPath + "%").setParameter(2, scope.path() + "%")
                .unwrap(org.hibernate.query.NativeQuery.class).setFetchSize(5_000).getResultList();
        return rows.stream().map(r -> new PlacedPerson((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                (String) r[4])).toList();
    }

    /** The active units of a subtree, the unit itself included; inside the caller's scope. */
    public List<UnitRef> activeUnitsWithin(String unitPath) {
        return units("SELECT id, code, name, path, active FROM org_unit WHERE active AND path LIKE ?1 AND path LIKE ?2",
                unitPath + "%");
    }

    @SuppressWarnings("unchecked")
    private List<PersonRef> people(String sql, Object first) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, first).setParameter(2, scope.path() + "%")
                .getResultList();
        return rows.stream().map(r -> new PersonRef((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (UUID) r[4], (String) r[5], (String) r[6], (Boolean) r[7])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<UnitRef> units(String sql, Object first) {
        var query = em.createNativeQuery(sql).setParameter(1, first);
        if (sql.contains("?2")) {
            query.setParameter(2, scope.path() + "%");
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new UnitRef((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (Boolean) r[4])).toList();
    }
}
