package vn.thidua.decision.proposal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

/** Every query on proposals, their nominees and their dossiers. Scoped ones take the caller's unit path prefix. */
@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<Proposal, UUID> {

    /** List filters; all optional. */
    public record Filter(ProposalStatus status, Integer year, String query) {
    }

    /** The proposing agency in scope, or the authority it is addressed to (a cluster's organiser may sit elsewhere). */
    private static final String IN_SCOPE = "(unitId in (select u.id from OrgUnit u where u.path like :scope)"
            + " or toUnitId in (select u.id from OrgUnit u where u.path like :scope))";

    public Optional<Proposal> findInScope(UUID id, String scopePath) {
        return find("id = :id and " + IN_SCOPE, Parameters.with("id", id).and("scope", scopePath + "%"))
                .firstResultOptional();
    }

    public PanacheQuery<Proposal> search(String scopePath, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder(IN_SCOPE);
        Parameters params = Parameters.with("scope", scopePath + "%");
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.year() != null) {
            where.append(" and year = :year");
            params.and("year", filter.year());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and ").append(Text.likeEscaped("searchText", "q"));
            params.and("q", Text.containsPattern(filter.query()));
        }
        return find(where.toString(), sort, params);
    }

    /** The proposal resting on a council session, if any (the first made, should there be several). */
    public Optional<UUID> idOfSession(UUID sessionId) {
        return getEntityManager().createQuery("select p.id from Proposal p where p.councilSessionId = :s "
                + "order by p.createdAt", UUID.class).setParameter("s", sessionId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<ProposalNominee> nominees(UUID proposalId) {
        return getEntityManager().createQuery("from ProposalNominee where proposalId = :p order by position",
                ProposalNominee.class).setParameter("p", proposalId).getResultList();
    }

    public Optional<ProposalNominee> nominee(UUID proposalId, UUID nomineeId) {
        return getEntityManager().createQuery("from ProposalNominee where proposalId = :p and id = :id",
                ProposalNominee.class).setParameter("p", proposalId).setParameter("id", nomineeId).getResultStream()
                .findFirst();
    }

    public List<DossierPart> parts(UUID proposalId) {
        return getEntityManager().createQuery("from DossierPart where proposalId = :p order by createdAt, id",
                DossierPart.class).setParameter("p", proposalId).getResultList();
    }

    public Optional<DossierPart> part(UUID proposalId, UUID partId) {
        return getEntityManager().createQuery("from DossierPart where proposalId = :p and id = :id",
                DossierPart.class).setParameter("p", proposalId).setParameter("id", partId).getResultStream()
                .findFirst();
    }

    public long nomineeCount(UUID proposalId) {
        return getEntityManager().createQuery("select count(n) from ProposalNominee n where n.proposalId = :p",
                Long.class).setParameter("p", proposalId).getSingleResult();
    }

    public long partCount(UUID proposalId) {
        return getEntityManager().createQuery("select count(d) from DossierPart d where d.proposalId = :p",
                Long.class).setParameter("p", proposalId).getSingleResult();
    }

    /** Whether another proposal of the unit already bears this number in the year. */
    public boolean numberTaken(UUID unitId, int year, String number, UUID except) {
        Number count = (Number) getEntityManager().createNativeQuery("""
                SELECT count(*) FROM proposal WHERE unit_id = ?1 AND extract(year FROM sent_on) = ?2
                AND lower(number) = lower(?3) AND id <> ?4""").setParameter(1, unitId).setParameter(2, year)
                .setParameter(3, number).setParameter(4, except).getSingleResult();
        return count.longValue() > 0;
    }

    public void persist(ProposalNominee nominee) {
        getEntityManager().persist(nominee);
    }

    public void persist(DossierPart part) {
        getEntityManager().persist(part);
    }

    public void remove(Object entity) {
        getEntityManager().remove(entity);
    }
}
