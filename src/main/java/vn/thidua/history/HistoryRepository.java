package vn.thidua.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;

import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

/** Every query on history records through the entities; the engine's bulk reads are {@link HistoryFacts}'. */
@ApplicationScoped
public class HistoryRepository {

    /** Ids per IN list: well below PostgreSQL's limit of bind parameters. */
    static final int CHUNK = 1_000;
    static final String IN_SCOPE = "e.unitId in (select u.id from OrgUnit u where u.path like :scope)";

    @Inject
    EntityManager em;

    /** The record when {@code scopeCondition} (JPQL on {@code e} with {@code :scope}) holds for the scope path. */
    <E extends HistoryRecord> Optional<E> findInScope(Class<E> type, String scopeCondition, UUID id,
            String scopePath) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id = :id and " + scopeCondition,
                type).setParameter("id", id).setParameter("scope", scopePath + "%").getResultStream().findFirst();
    }

    boolean unitInScope(UUID unitId, String scopePath) {
        return !em.createQuery("select u.id from OrgUnit u where u.id = :id and u.path like :scope", UUID.class)
                .setParameter("id", unitId).setParameter("scope", scopePath + "%").getResultList().isEmpty();
    }

    /** One page of the records matching {@code where} (JPQL on {@code e}), and how many match in all. */
    <E extends HistoryRecord> Page<E> search(Class<E> type, String where, Map<String, Object> params, Sort sort,
            int page, int size) {
        String entity = type.getSimpleName();
        TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e where " + where, Long.class);
        TypedQuery<E> select = em.createQuery("select e from " + entity + " e where " + where + orderBy(sort), type);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        return new Page<>(select.setFirstResult(page * size).setMaxResults(size).getResultList(),
                count.getSingleResult());
    }

    record Page<E>(List<E> items, long total) {
    }

    /**
     * Records about any of these subjects (people by id, units by id for their collective records). Key checks read
     * them before the change they check is flushed: the changed record itself is told apart by its id.
     */
    <E extends SubjectRecord> List<E> ofSubjects(Class<E> type, Collection<UUID> subjectIds) {
        return ofSubjects(type, subjectIds, null);
    }

    /** The same, of these years only (null: any year), for a kind with a {@code year}. */
    <E extends SubjectRecord> List<E> ofSubjects(Class<E> type, Collection<UUID> subjectIds, Collection<Integer> years) {
        List<E> found = new ArrayList<>();
        List<UUID> all = List.copyOf(subjectIds);
        String ofYears = years == null ? "" : " and e.year in :years";
        for (int from = 0; from < all.size(); from += CHUNK) {
            TypedQuery<E> query = em.createQuery("select e from " + type.getSimpleName() + " e where (e.personId in "
                    + ":ids or (e.personId is null and e.unitId in :ids))" + ofYears, type)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)));
            if (years != null) {
                query.setParameter("years", years);
            }
            found.addAll(query.getResultList());
        }
        return found;
    }

    /**
     * Initiatives recognised by any of these decision numbers, compared folded (case and accents, as {@link
     * vn.thidua.common.text.Text#fold} and the database's {@code thidua_fold} do): the database's own lower() knows
     * only ASCII under the C locale, and would not match "QĐ" with "qđ".
     */
    List<Initiative> initiativesByDecisions(Collection<String> decisionNumbers) {
        List<Initiative> found = new ArrayList<>();
        List<String> all = decisionNumbers.stream().map(Text::fold).distinct().toList();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(em.createQuery("select e from Initiative e where cast(thidua_fold(e.decisionNumber) as String)"
                    + " in :numbers", Initiative.class).setFlushMode(FlushModeType.COMMIT)
                    .setParameter("numbers", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    /** An award record by id whatever the scope: for what a decision wrote and a later decision revokes. */
    AwardRecord award(UUID id) {
        return em.find(AwardRecord.class, id);
    }

    void persist(HistoryRecord record) {
        em.persist(record);
    }

    void delete(HistoryRecord record) {
        em.remove(record);
    }

    void flush() {
        em.flush();
    }

    private static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder();
        for (Sort.Column column : sort.getColumns()) {
            order.append(order.isEmpty() ? " order by " : ", ").append("e.").append(column.getName())
                    .append(column.getDirection() == Sort.Direction.Descending ? " desc" : " asc");
        }
        return order.toString();
    }
}
