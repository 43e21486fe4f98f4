package vn.thidua.pledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;
import vn.thidua.org.SubjectKind;

/** Every query on pledges. Scoped ones take a unit path prefix: the caller's scope or a narrower unit's. */
@ApplicationScoped
public class PledgeRepository implements PanacheRepositoryBase<Pledge, UUID> {

    /** List filters; all optional. {@code personId} restricts to one person's pledges (a member's own). */
    public record Filter(UUID phaseId, String unitPath, UUID exactUnit, PledgeStatus status, String title,
            SubjectKind subjectKind, String query, UUID personId) {
    }

    private static final String IN_SCOPE =
            "unitId in (select u.id from OrgUnit u where u.path like :scope)";

    public Optional<Pledge> findInScope(UUID id, String scopePath) {
        return find("id = :id and " + IN_SCOPE, Parameters.with("id", id).and("scope", scopePath + "%"))
                .firstResultOptional();
    }

    public PanacheQuery<Pledge> search(UUID planId, String scopePath, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("planId = :plan and ").append(IN_SCOPE);
        Parameters params = Parameters.with("plan", planId).and("scope", scopePath + "%");
        if (filter.phaseId() != null) {
            where.append(" and phaseId = :phase");
            params.and("phase", filter.phaseId());
        }
        if (filter.unitPath() != null) {
            where.append(" and unitId in (select u.id from OrgUnit u where u.path like :within)");
            params.and("within", filter.unitPath() + "%");
        }
        if (filter.exactUnit() != null) {
            where.append(" and unitId = :unit");
            params.and("unit", filter.exactUnit());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.title() != null) {
            where.append(" and function('jsonb_exists', titles, :title) = true");
            params.and("title", filter.title());
        }
        if (filter.subjectKind() != null) {
            where.append(" and subjectKind = :kind");
            params.and("kind", filter.subjectKind());
        }
        if (filter.personId() != null) {
            where.append(" and personId = :person");
            params.and("person", filter.personId());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and ").append(Text.likeEscaped("searchText", "q"));
            params.and("q", Text.containsPattern(filter.query()));
        }
        return find(where.toString(), sort, params);
    }

    /**
     * One page of a search, as a deferred join: the page's ids are found first from the narrow index
     * {@code pledge_plan_subject_name_idx} (sorting and skipping ids, not whole rows with their commitments), then
     * those rows are read by id. For a deep page of a 50,000-pledge plan the one-query form sorted every full row.
     */
    public List<Pledge> page(PanacheQuery<Pledge> search, int page, int size) {
        List<UUID> ids = search.project(PledgeId.class).page(page, size).list().stream().map(PledgeId::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Pledge> byId = list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The projection of {@link #page}: a pledge's id only. */
    public record PledgeId(UUID id) {
    }

    /** Live pledges (not withdrawn or rejected) of these subjects in a plan and phase, by subject id. */
    public Map<UUID, Pledge> liveBySubject(UUID planId, UUID phaseId, Collection<UUID> subjectIds) {
        String phase = phaseId == null ? "phaseId is null" : "phaseId = :phase";
        Map<UUID, Pledge> live = new java.util.HashMap<>();
        List<UUID> all = List.copyOf(subjectIds);
        // in chunks: a whole province's people in one IN list would pass PostgreSQL's limit on bind parameters
        for (int from = 0; from < all.size(); from += 1000) {
            Parameters params = Parameters.with("plan", planId)
                    .and("subjects", all.subList(from, Math.min(all.size(), from + 1000)))
                    .and("dead", List.of(PledgeStatus.WITHDRAWN, PledgeStatus.REJECTED));
            if (phaseId != null) {
                params.and("phase", phaseId);
            }
            list("planId = :plan and " + phase + " and status not in :dead and "
                    + "(personId in :subjects or (personId is null and unitId in :subjects))", params)
                    .forEach(p -> live.putIfAbsent(p.personId != null ? p.personId : p.unitId, p));
        }
        return live;
    }

    /** Live pledges of a plan inside a unit path, for the counts a unit head watches. */
    public List<Pledge> liveWithin(UUID planId, UUID phaseId, String unitPath) {
        String phase = phaseId == null ? "" : " and phaseId = :phase";
        Parameters params = Parameters.with("plan", planId).and("within", unitPath + "%")
                .and("dead", List.of(PledgeStatus.WITHDRAWN, PledgeStatus.REJECTED));
        if (phaseId != null) {
            params.and("phase", phaseId);
        }
        return list("planId = :plan and status not in :dead" + phase
                + " and unitId in (select u.id from OrgUnit u where u.path like :within)", params);
    }

    /**
     * The titles each subject registered for in a plan, inside a unit's subtree: subject id (the person, or the unit)
     * → title → whether the pledge naming it is approved (true) or still submitted (false). For a phase, the
     * phase's pledges and the whole plan's; without one, every live pledge of the plan. One query.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<String, Boolean>> registrations(UUID planId, UUID phaseId, String unitPath) {
        var query = getEntityManager().createNativeQuery("""
                SELECT coalesce(p.person_id, p.unit_id), t.title, p.status = 'APPROVED'
                FROM pledge p JOIN org_unit u ON u.id = p.unit_id
                CROSS JOIN LATERAL jsonb_array_elements_text(p.titles) AS t(title)
                WHERE p.plan_id = ?1 AND u.path LIKE ?2 AND p.status IN ('SUBMITTED', 'APPROVED')"""
                + (phaseId == null ? "" : " AND (p.phase_id IS NULL OR p.phase_id = ?3)"))
                .setParameter(1, planId).setParameter(2, unitPath + "%");
        if (phaseId != null) {
            query.setParameter(3, phaseId);
        }
        List<Object[]> rows = query.getResultList();
        Map<UUID, Map<String, Boolean>> found = new java.util.HashMap<>();
        for (Object[] row : rows) {
            found.computeIfAbsent((UUID) row[0], k -> new java.util.HashMap<>())
                    .merge((String) row[1], (Boolean) row[2], Boolean::logicalOr);
        }
        return found;
    }

    public void persistAll(List<Pledge> pledges) {
        pledges.forEach(getEntityManager()::persist);
    }
}
