package vn.thidua.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

/**
 * Every query on people. A person is in the caller's scope when their unit is: scoped queries take the scope path
 * ({@link OrgScope#path()}) and test the unit's path.
 */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Codes and ids per IN query: far below PostgreSQL's 32767 bind parameters, and plans stay cheap. */
    static final int CHUNK = 1000;
    private static final String UNIT_IN_SCOPE = "unitId in (select u.id from OrgUnit u where u.path like :scope)";

    public Optional<Person> findInScope(UUID id, String scopePath) {
        return find("id = :id and " + UNIT_IN_SCOPE, Parameters.with("id", id).and("scope", scopePath + "%"))
                .firstResultOptional();
    }

    /** The person of the agency with this code, ignoring case and scope: codes are unique within an agency. */
    public Optional<Person> findByCode(UUID agencyId, String code) {
        return find("agencyId = ?1 and lower(code) = lower(?2)", agencyId, code).firstResultOptional();
    }

    /** A code of the people of the subtree at {@code subtreePath} that a person of {@code agencyId} holds already. */
    public Optional<String> codeTakenInAgency(String subtreePath, UUID agencyId) {
        return getEntityManager().createQuery("""
                select p.code from Person p join OrgUnit u on u.id = p.unitId
                where u.path like :subtree and exists (select 1 from Person q
                                                       where q.agencyId = :agency and lower(q.code) = lower(p.code))
                order by p.code""", String.class)
                .setParameter("subtree", subtreePath + "%").setParameter("agency", agencyId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public PanacheQuery<Person> search(String scopePath, PersonFilter filter, Sort sort) {
        StringBuilder where = new StringBuilder(UNIT_IN_SCOPE);
        Parameters params = Parameters.with("scope", scopePath + "%");
        if (filter.onlyId() != null) {
            where.append(" and id = :only");
            params.and("only", filter.onlyId());
        }
        if (filter.unitId() != null) {
            where.append(" and unitId = :unit");
            params.and("unit", filter.unitId());
        }
        if (filter.withinPath() != null) {
            where.append(" and unitId in (select w.id from OrgUnit w where w.path like :within)");
            params.and("within", filter.withinPath() + "%");
        }
        if (filter.active() != null) {
            where.append(" and active = :active");
            params.and("active", filter.active());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and (").append(Text.foldedContains("fullName", "q")).append(" or ")
                    .append(Text.foldedContains("code", "q")).append(")");
            params.and("q", Text.containsPattern(filter.query()));
        }
        return find(where.toString(), sort, params);
    }

    /**
     * The people holding these codes wherever they are (one per agency at most), each with their unit's path so that
     * the caller can tell which are in scope and of which agency; keyed by lower-case code.
     */
    public Map<String, List<Located>> findByCodes(Collection<String> codes) {
        Map<String, List<Located>> found = new HashMap<>();
        for (List<String> chunk : chunks(codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList())) {
            List<Object[]> rows = getEntityManager().createQuery("""
                    select p, u.path from Person p join OrgUnit u on u.id = p.unitId
                    where lower(p.code) in :codes""", Object[].class)
                    .setParameter("codes", chunk).getResultList();
            for (Object[] row : rows) {
                Person person = (Person) row[0];
                found.computeIfAbsent(person.code.toLowerCase(Locale.ROOT), code -> new ArrayList<>())
                        .add(new Located(person, (String) row[1]));
            }
        }
        return found;
    }

    /** Units by id, for showing the unit code and name beside people. */
    public Map<UUID, OrgUnit> unitsById(Collection<UUID> ids) {
        Map<UUID, OrgUnit> found = new HashMap<>();
        for (List<UUID> chunk : chunks(ids.stream().distinct().toList())) {
            getEntityManager().createQuery("select u from OrgUnit u where u.id in :ids", OrgUnit.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(u -> found.put(u.id, u));
        }
        return found;
    }

    /** Units by code (lower-case keys) inside the scope; unknown and out-of-scope codes are both simply absent. */
    public Map<String, OrgUnit> unitsByCodeInScope(Collection<String> codes, String scopePath) {
        List<OrgUnit> found = new ArrayList<>();
        for (List<String> chunk : chunks(codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList())) {
            found.addAll(getEntityManager().createQuery(
                    "select u from OrgUnit u where lower(u.code) in :codes and u.path like :scope", OrgUnit.class)
                    .setParameter("codes", chunk).setParameter("scope", scopePath + "%").getResultList());
        }
        return OrgUnit.uniqueByCode(found);
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** A person with the path of their unit. */
    public record Located(Person person, String unitPath) {
    }

    /** The query side of a people list: all optional. {@code onlyId} limits the list to one person. */
    public record PersonFilter(UUID unitId, String withinPath, Boolean active, String query, UUID onlyId) {
    }
}
