package vn.thidua.council;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Every query on sessions, their members, agenda and recusals (the ballots have their own: {@link BallotBox}). A
 * session is visible when its council's agency lies in the caller's scope or the caller's account sits on the council.
 */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<CouncilSession, UUID> {

    /** List filters; all optional. */
    public record Filter(UUID councilId, UUID planId, Integer year, SessionStatus status) {
    }

    private static final String VISIBLE = """
            (councilId in (select c.id from Council c, OrgUnit u where u.id = c.unitId and u.path like :scope)
             or councilId in (select m.councilId from CouncilMember m where m.accountId = :account))""";

    public PanacheQuery<CouncilSession> search(Filter filter, String scopePath, UUID account, Sort sort) {
        StringBuilder where = new StringBuilder(VISIBLE);
        // a token that names no account of ours sits on no council: an id no membership has
        Parameters params = Parameters.with("scope", scopePath + "%")
                .and("account", account == null ? new UUID(0, 0) : account);
        if (filter.councilId() != null) {
            where.append(" and councilId = :council");
            params.and("council", filter.councilId());
        }
        if (filter.planId() != null) {
            where.append(" and planId = :plan");
            params.and("plan", filter.planId());
        }
        if (filter.year() != null) {
            where.append(" and year = :year");
            params.and("year", filter.year());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        return find(where.toString(), sort, params);
    }

    /**
     * Locks the session's row against every casting, tally and change until the transaction ends: closing the vote
     * counts what is there and nothing may land after the count.
     */
    public void lockForCount(UUID id) {
        getEntityManager().createNativeQuery("SELECT id FROM council_session WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
    }

    /**
     * The session's status, read under a share lock: many ballots may land at once, but none while voting is being
     * closed (which waits for them, and which they wait for).
     */
    public Optional<SessionStatus> statusForCasting(UUID id) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT status FROM council_session WHERE id = ?1 FOR SHARE")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(s -> SessionStatus.valueOf((String) s));
    }

    // --- members ------------------------------------------------------------------------------------------------

    /** The latest session of a council: a cluster's meeting has one, after any it cancelled. */
    public Optional<CouncilSession> ofCouncil(UUID councilId) {
        return find("councilId = ?1 order by createdAt desc", councilId).firstResultOptional();
    }

    public List<SessionMember> members(UUID sessionId) {
        return getEntityManager().createQuery("select m from SessionMember m where m.sessionId = :s",
                SessionMember.class).setParameter("s", sessionId).getResultList();
    }

    /** Members and those present of each session, by session id: {members, present}. */
    public Map<UUID, long[]> memberCounts(Collection<UUID> sessionIds) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : getEntityManager().createQuery("""
                select m.sessionId, count(m), sum(case when m.attendance = :present then 1 else 0 end)
                from SessionMember m where m.sessionId in :ids group by m.sessionId""", Object[].class)
                .setParameter("present", SessionAttendance.PRESENT).setParameter("ids", sessionIds).getResultList()) {
            counts.put((UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return counts;
    }

    /** The session whose members' snapshot holds this account, by session id: the member id. */
    public Optional<SessionMember> memberByAccount(UUID sessionId, UUID accountId) {
        return getEntityManager().createQuery("select m from SessionMember m where m.sessionId = :s "
                + "and m.accountId = :a", SessionMember.class).setParameter("s", sessionId)
                .setParameter("a", accountId).getResultStream().findFirst();
    }

    // --- agenda -------------------------------------------------------------------------------------------------

    public List<AgendaItem> items(UUID sessionId) {
        return getEntityManager().createQuery("select i from AgendaItem i where i.sessionId = :s order by i.position",
                AgendaItem.class).setParameter("s", sessionId).getResultList();
    }

    /** One page of the agenda, in its order. */
    public List<AgendaItem> itemPage(UUID sessionId, int page, int size) {
        return getEntityManager().createQuery("select i from AgendaItem i where i.sessionId = :s "
                + "order by i.position, i.id", AgendaItem.class).setParameter("s", sessionId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public Optional<AgendaItem> item(UUID sessionId, UUID itemId) {
        AgendaItem item = getEntityManager().find(AgendaItem.class, itemId);
        return item != null && item.sessionId.equals(sessionId) ? Optional.of(item) : Optional.empty();
    }

    public Map<UUID, Long> itemCounts(Collection<UUID> sessionIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : getEntityManager().createQuery("""
                select i.sessionId, count(i) from AgendaItem i where i.sessionId in :ids group by i.sessionId""",
                Object[].class).setParameter("ids", sessionIds).getResultList()) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    // --- recusals -----------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    public List<Recusal> recusals(UUID sessionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT r.item_id, r.member_id, r.reason FROM council_recusal r
                JOIN council_agenda_item i ON i.id = r.item_id WHERE i.session_id = ?1""")
                .setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new Recusal((UUID) r[0], (UUID) r[1], RecusalReason.valueOf((String) r[2])))
                .toList();
    }

    /** Replaces the recusals of these items (every item of a session, or new ones) with {@code recusals}. */
    public void replaceRecusals(Collection<UUID> itemIds, List<Recusal> recusals) {
        if (!itemIds.isEmpty()) {
            getEntityManager().createNativeQuery("DELETE FROM council_recusal WHERE item_id = ANY(?1)")
                    .setParameter(1, itemIds.toArray(UUID[]::new)).executeUpdate();
        }
        if (recusals.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                INSERT INTO council_recusal (item_id, member_id, reason)
                SELECT * FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS uuid[]), CAST(?3 AS text[]))""")
                .setParameter(1, recusals.stream().map(Recusal::itemId).toArray(UUID[]::new))
                .setParameter(2, recusals.stream().map(Recusal::memberId).toArray(UUID[]::new))
                .setParameter(3, recusals.stream().map(r -> r.reason().name()).toArray(String[]::new))
                .executeUpdate();
    }
}
