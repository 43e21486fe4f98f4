package vn.thidua.council;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Every query on councils and their memberships. */
@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, UUID> {

    /**
     * Which councils a list shows: those of agencies under {@code scopePath} (null: none by scope) and those the
     * {@code account} sits on (null: none by membership); narrowed to agencies under {@code withinPath} or exactly
     * {@code exactUnit} when given.
     */
    public record Filter(String scopePath, UUID account, String withinPath, UUID exactUnit) {
    }

    private static final String DAYS_OVERLAP =
            "m.validFrom <= :last and (m.validTo is null or m.validTo >= :first)";

    public PanacheQuery<Council> search(Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("(1 = 0");
        Parameters params = new Parameters();
        if (filter.scopePath() != null) {
            where.append(" or unitId in (select u.id from OrgUnit u where u.path like :scope)");
            params.and("scope", filter.scopePath() + "%");
        }
        if (filter.account() != null) {
            where.append(" or id in (select m.councilId from CouncilMember m where m.accountId = :account)");
            params.and("account", filter.account());
        }
        where.append(")");
        if (filter.withinPath() != null) {
            where.append(" and unitId in (select u.id from OrgUnit u where u.path like :within)");
            params.and("within", filter.withinPath() + "%");
        }
        if (filter.exactUnit() != null) {
            where.append(" and unitId = :unit");
            params.and("unit", filter.exactUnit());
        }
        return find(where.toString(), sort, params);
    }

    /**
     * The council, locked until the transaction ends: changes to its memberships are made one at a time, so that two
     * concurrent appointments cannot both find the chair's seat free.
     */
    public Optional<Council> lockForChange(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Council.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Map<UUID, String> unitNames(Collection<UUID> unitIds) {
        Map<UUID, String> names = new HashMap<>();
        if (unitIds.isEmpty()) {
            return names;
        }
        getEntityManager().createQuery("select u.id, u.name from OrgUnit u where u.id in :ids", Object[].class)
                .setParameter("ids", Set.copyOf(unitIds)).getResultList()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    // --- memberships --------------------------------------------------------------------------------------------

    public Optional<CouncilMember> member(UUID id) {
        return Optional.ofNullable(getEntityManager().find(CouncilMember.class, id));
    }

    /** The memberships holding on {@code day}, or every membership past and future when {@code day} is null. */
    public List<CouncilMember> members(UUID councilId, LocalDate day) {
        String holding = day == null ? "" : " and m.validFrom <= :day and (m.validTo is null or m.validTo >= :day)";
        var query = getEntityManager().createQuery("select m from CouncilMember m where m.councilId = :council"
                + holding, CouncilMember.class).setParameter("council", councilId);
        if (day != null) {
            query.setParameter("day", day);
        }
        return query.getResultList();
    }

    /**
     * At a cluster's meeting (a council of one year whose seats last the meeting's day): the seats of {@code keep}
     * moved to {@code day}, and any other seat holding office that day (a cancelled convening's) moved to the day
     * before, so that the day's delegates are the meeting's alone. A session's own snapshot keeps who sat at it.
     */
    void reseatMeeting(UUID councilId, Collection<UUID> keep, LocalDate day) {
        for (CouncilMember member : members(councilId, null)) {
            if (keep.contains(member.id)) {
                member.change(member.fullName, member.position, member.role, day, day);
            } else if (member.holdsOn(day)) {
                member.change(member.fullName, member.position, member.role, day.minusDays(1), day.minusDays(1));
            }
        }
        flush();
    }

    public boolean isEverMember(UUID councilId, UUID accountId) {
        return getEntityManager().createQuery("""
                select count(m) from CouncilMember m where m.councilId = :council and m.accountId = :account""",
                Long.class).setParameter("council", councilId).setParameter("account", accountId)
                .getSingleResult() > 0;
    }

    /** Another membership of the same account whose days meet {@code first}..{@code last} (null: open-ended). */
    public Optional<CouncilMember> overlappingOfAccount(UUID councilId, UUID accountId, UUID except, LocalDate first,
            LocalDate last) {
        return overlapping("m.accountId = :who", accountId, councilId, except, first, last);
    }

    /** Another membership in the same role whose days meet {@code first}..{@code last} (null: open-ended). */
    public Optional<CouncilMember> overlappingInRole(UUID councilId, CouncilRole role, UUID except, LocalDate first,
            LocalDate last) {
        return overlapping("m.role = :who", role, councilId, except, first, last);
    }

    /** Whether a session took the membership into its list of members: then it is history, and stays. */
    public boolean isSnapshotted(UUID memberId) {
        Number count = (Number) getEntityManager().createNativeQuery(
                "SELECT count(*) FROM council_session_member WHERE member_id = ?1")
                .setParameter(1, memberId).getSingleResult();
        return count.longValue() > 0;
    }

    public void persistMember(CouncilMember member) {
        getEntityManager().persist(member);
    }

    public void deleteMember(CouncilMember member) {
        getEntityManager().remove(member);
    }

    private Optional<CouncilMember> overlapping(String who, Object value, UUID councilId, UUID except,
            LocalDate first, LocalDate last) {
        return getEntityManager().createQuery("select m from CouncilMember m where m.councilId = :council and "
                        + who + " and m.id <> :except and " + DAYS_OVERLAP + " order by m.validFrom",
                        CouncilMember.class)
                .setParameter("council", councilId).setParameter("who", value)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setParameter("first", first).setParameter("last", last == null ? LocalDate.of(9999, 12, 31) : last)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
