package vn.thidua.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;
import vn.thidua.org.SubjectKind;

/** Every query on evaluations. Scoped ones take a unit path prefix: the caller's scope or a narrower unit's. */
@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    /** List filters; all optional. {@code personId} restricts to one person's evaluations (a member's own). */
    public record Filter(UUID phaseId, String unitPath, UUID exactUnit, EvaluationStatus status, String title,
            SubjectKind subjectKind, String query, UUID personId) {
    }

    private static final String IN_SCOPE = "unitId in (select u.id from OrgUnit u where u.path like :scope)";
    private static final String WITHIN = "unitId in (select u.id from OrgUnit u where u.path like :within)";

    public Optional<Evaluation> findInScope(UUID id, String scopePath) {
        return find("id = :id and " + IN_SCOPE, Parameters.with("id", id).and("scope", scopePath + "%"))
                .firstResultOptional();
    }

    public PanacheQuery<Evaluation> search(UUID planId, String scopePath, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("planId = :plan and ").append(IN_SCOPE);
        Parameters params = Parameters.with("plan", planId).and("scope", scopePath + "%");
        if (filter.phaseId() != null) {
            where.append(" and phaseId = :phase");
            params.and("phase", filter.phaseId());
        }
        if (filter.unitPath() != null) {
            where.append(" and ").append(WITHIN);
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
            where.append(" and function('jsonb_exists', proposedTitles, :title) = true");
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

    /** The evaluations of a plan and phase (exactly: null is the whole plan) inside a unit path and the scope. */
    public List<Evaluation> ofPlan(UUID planId, UUID phaseId, String unitPath, String scopePath) {
        Parameters params = Parameters.with("plan", planId).and("within", unitPath + "%").and("scope", scopePath + "%");
        if (phaseId != null) {
            params.and("phase", phaseId);
        }
        return list("planId = :plan and " + phase(phaseId) + " and " + WITHIN + " and " + IN_SCOPE, params);
    }

    /** The subjects (person, or unit for a collective) that have an evaluation in the plan and phase, in a unit path. */
    public Set<UUID> subjectsEvaluated(UUID planId, UUID phaseId, String unitPath) {
        var query = getEntityManager().createQuery("select coalesce(e.personId, e.unitId) from Evaluation e "
                        + "where e.planId = :plan and e." + phase(phaseId) + " and e." + WITHIN, UUID.class)
                .setParameter("plan", planId).setParameter("within", unitPath + "%");
        if (phaseId != null) {
            query.setParameter("phase", phaseId);
        }
        return new HashSet<>(query.getResultList());
    }

    public boolean existsFor(UUID planId, UUID phaseId, UUID subjectId) {
        Parameters params = Parameters.with("plan", planId).and("subject", subjectId);
        if (phaseId != null) {
            params.and("phase", phaseId);
        }
        return count("planId = :plan and " + phase(phaseId)
                + " and (personId = :subject or (personId is null and unitId = :subject))", params) > 0;
    }

    public void persistAll(List<Evaluation> evaluations) {
        evaluations.forEach(getEntityManager()::persist);
    }

    private static String phase(UUID phaseId) {
        return phaseId == null ? "phaseId is null" : "phaseId = :phase";
    }
}
