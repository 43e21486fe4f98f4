package vn.thidua.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;
import vn.thidua.org.SubjectKind;

/** Every query on evaluations. Scoped ones take a unit path prefix: the caller's scope or a narrower unit's. */
@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<Evaluation, UUID> {

    private static final TypeReference<Map<String, CouncilVerdict>> VERDICTS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

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

    /**
     * What eligibility reads of a plan's evaluations inside a unit path (and the scope), as plain values in one query
     * that builds no entity: a province's fifty thousand evaluations are read in well under a second. The council's
     * verdicts come as JSON text, parsed only where there are some.
     */
    @SuppressWarnings("unchecked")
    public List<EvaluationFacts> factsWithin(UUID planId, UUID phaseId, String unitPath, String scopePath) {
        StringBuilder attested = new StringBuilder();
        for (AttestationKey key : AttestationKey.values()) {
            attested.append(", (e.attestations -> '").append(key.name()).append("' ->> 'attested')::boolean");
        }
        var query = getEntityManager().createNativeQuery("SELECT e.id, e.phase_id, e.subject_kind, "
                + "coalesce(e.person_id, e.unit_id), e.unit_id, e.subject_name, e.status, "
                + "ARRAY(SELECT jsonb_array_elements_text(e.proposed_titles)), "
                + "ARRAY(SELECT jsonb_array_elements_text(e.proposed_forms)), e.votes_for, e.votes_total, "
                + "CASE WHEN e.council_verdicts = '{}'::jsonb THEN NULL ELSE e.council_verdicts::text END" + attested
                + " FROM evaluation e JOIN org_unit u ON u.id = e.unit_id"
                + " WHERE e.plan_id = ?1 AND u.path LIKE ?2 AND u.path LIKE ?3"
                + (phaseId == null ? " AND e.phase_id IS NULL" : " AND e.phase_id = ?4"))
                .setParameter(1, planId).setParameter(2, unitPath + "%").setParameter(3, scopePath + "%");
        if (phaseId != null) {
            query.setParameter(4, phaseId);
        }
        List<Object[]> rows = query.unwrap(NativeQuery.class).setFetchSize(5_000).getResultList();
        List<EvaluationFacts> facts = new ArrayList<>(rows.size());
        AttestationKey[] keys = AttestationKey.values();
        int firstAttestation = 12;
        for (Object[] row : rows) {
            Map<AttestationKey, Boolean> attestations = new EnumMap<>(AttestationKey.class);
            for (int k = 0; k < keys.length; k++) {
                if (row[firstAttestation + k] != null) {
                    attestations.put(keys[k], (Boolean) row[firstAttestation + k]);
                }
            }
            facts.add(new EvaluationFacts((UUID) row[0], planId, (UUID) row[1], SubjectKind.valueOf((String) row[2]),
                    (UUID) row[3], (UUID) row[4], (String) row[5], EvaluationStatus.valueOf((String) row[6]),
                    List.of((String[]) row[7]), List.of((String[]) row[8]), attestations, (Integer) row[9],
                    (Integer) row[10], verdicts((String) row[11])));
        }
        return facts;
    }

    /**
     * Who the council accepted for each of these awards in the year (a verdict PASSED and within any quota on an
     * evaluation of a plan of that year) in the subtree, leaving out the verdicts of {@code exceptSession} (the session
     * being counted, whose items are judged apart), by award code: the subjects.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Set<UUID>> councilAccepted(String unitPath, int year, Collection<String> awardCodes,
            UUID exceptSession) {
        Map<String, Set<UUID>> accepted = new java.util.HashMap<>();
        if (awardCodes.isEmpty()) {
            return accepted;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT v.key, coalesce(e.person_id, e.unit_id)
                FROM evaluation e JOIN plan p ON p.id = e.plan_id JOIN org_unit u ON u.id = e.unit_id,
                     jsonb_each(e.council_verdicts) v
                WHERE u.path LIKE ?1 AND coalesce(p.year, extract(year FROM p.end_date)::int) = ?2
                  AND e.council_verdicts <> '{}'::jsonb AND v.key = ANY(?3)
                  AND v.value ->> 'outcome' = 'PASSED' AND (v.value ->> 'accepted')::boolean
                  AND (v.value ->> 'sessionId') IS DISTINCT FROM ?4""")
                .setParameter(1, unitPath + "%").setParameter(2, year)
                .setParameter(3, awardCodes.toArray(String[]::new))
                .setParameter(4, exceptSession == null ? "" : exceptSession.toString()).getResultList();
        for (Object[] row : rows) {
            accepted.computeIfAbsent((String) row[0], c -> new HashSet<>()).add((UUID) row[1]);
        }
        return accepted;
    }

    /** The evaluations of {@code ids}, in one query, whatever the caller's scope. */
    public List<Evaluation> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    private Map<String, CouncilVerdict> verdicts(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return Map.copyOf(json.readValue(stored, VERDICTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable council verdicts: " + stored, e);
        }
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
