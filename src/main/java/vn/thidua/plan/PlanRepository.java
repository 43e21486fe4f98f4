package vn.thidua.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

/** Every query on plans and phases. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The list filters; all optional. */
    public record Filter(Integer year, PlanStatus status, UUID issuingUnitId, PlanKind kind, String query) {
    }

    /**
     * Who sees a plan: a caller whose scope holds the issuing unit (drafts only for those who work on them), and,
     * once issued, everyone whose home unit takes part in it.
     */
    private static final String VISIBLE = """
            ((exists (select 1 from OrgUnit u where u.id = p.issuingUnitId and u.path like concat(:scope, '%'))
              and (p.status <> vn.thidua.plan.PlanStatus.DRAFT or :seesDrafts = true))
             or (p.status in (vn.thidua.plan.PlanStatus.ISSUED, vn.thidua.plan.PlanStatus.CLOSED)
              and exists (select 1 from OrgUnit u where u.id member of p.participatingUnitIds
                          and :scope like concat(u.path, '%'))))""";

    public Optional<Plan> findVisible(UUID id, String scopePath, boolean seesDrafts) {
        return find("from Plan p where p.id = :id and " + VISIBLE,
                Parameters.with("id", id).and("scope", scopePath).and("seesDrafts", seesDrafts)).firstResultOptional();
    }

    public PanacheQuery<Plan> search(String scopePath, boolean seesDrafts, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("from Plan p where ").append(VISIBLE);
        Parameters params = Parameters.with("scope", scopePath).and("seesDrafts", seesDrafts);
        return find(filtered(where, params, filter), sort, params);
    }

    /** Issued and closed plans, for the public. */
    public PanacheQuery<Plan> searchPublic(Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("from Plan p where p.status in :statuses");
        Parameters params = Parameters.with("statuses", PlanResponses.publicStatuses());
        return find(filtered(where, params, new Filter(filter.year(), null, filter.issuingUnitId(), filter.kind(),
                filter.query())), sort, params);
    }

    private static String filtered(StringBuilder where, Parameters params, Filter filter) {
        if (filter.year() != null) {
            where.append(" and p.year = :year");
            params.and("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.and("status", filter.status());
        }
        if (filter.issuingUnitId() != null) {
            where.append(" and p.issuingUnitId = :issuer");
            params.and("issuer", filter.issuingUnitId());
        }
        if (filter.kind() != null) {
            where.append(" and p.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and ").append(Text.likeEscaped("p.searchText", "q"));
            params.and("q", Text.containsPattern(filter.query()));
        }
        return where.toString();
    }

    public boolean numberTaken(UUID issuingUnitId, String number, UUID except) {
        return count("issuingUnitId = ?1 and lower(number) = lower(?2) and id <> ?3", issuingUnitId, number,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    public List<CampaignPhase> phasesOf(UUID planId) {
        return getEntityManager().createQuery("from CampaignPhase where planId = :plan order by number",
                CampaignPhase.class).setParameter("plan", planId).getResultList();
    }

    public Map<UUID, Integer> phaseCounts(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery(
                        "select planId, count(*) from CampaignPhase where planId in :plans group by planId", Object[].class)
                .setParameter("plans", planIds).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).intValue()));
    }

    public Optional<CampaignPhase> findPhase(UUID phaseId) {
        return Optional.ofNullable(getEntityManager().find(CampaignPhase.class, phaseId));
    }

    public void persistPhase(CampaignPhase phase) {
        getEntityManager().persist(phase);
    }

    public void deletePhase(CampaignPhase phase) {
        getEntityManager().remove(phase);
    }
}
