package vn.thidua.council;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.identity.AccountDirectory;
import vn.thidua.identity.AccountDirectory.AccountRef;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.OrgScope;

/**
 * Councils and their members as the sessions see them. A council is visible to whoever's scope holds its agency, and
 * to its own members (a member whose account belongs to a department below the agency still sits on the agency's
 * council and must see its sessions).
 */
@RequestScoped
public class CouncilDirectory {

    @Inject
    EntityManager em;
    @Inject
    OrgScope scope;
    @Inject
    OrgDirectory directory;
    @Inject
    AccountDirectory accounts;
    @Inject
    Caller caller;

    /** A council with its agency; {@code clusterId} set for a cluster's meeting. */
    public record CouncilRef(UUID id, UUID unitId, String unitPath, String unitName, String name, UUID clusterId) {

        boolean clusterMeeting() {
            return clusterId != null;
        }
    }

    /**
     * A member as a session snapshots it: the account's person (for recusal as the candidate), the account's unit and
     * whether it heads that unit (for recusal on a collective of its own).
     */
    public record MemberRef(UUID memberId, UUID accountId, String fullName, String position, CouncilRole role,
            UUID personId, UUID accountUnitId, boolean unitHead) {
    }

    /** The council, when the caller may see it: its agency in scope, or the caller ever a member of it. */
    public Optional<CouncilRef> council(UUID id) {
        Council council = em.find(Council.class, id);
        if (council == null) {
            return Optional.empty();
        }
        boolean visible = scope.containsUnitId(council.unitId)
                || callerAccount().map(account -> isEverMember(id, account)).orElse(false);
        if (!visible) {
            return Optional.empty();
        }
        return directory.unitOutsideScope(council.unitId)
                .map(unit -> new CouncilRef(council.id, unit.id(), unit.path(), unit.name(), council.name,
                        council.clusterId));
    }

    /**
     * The council of an agency, if it has one (whatever the caller's scope: check the agency's first); the meetings of
     * the clusters it organises are not its council.
     */
    public Optional<UUID> councilOf(UUID unitId) {
        return em.createQuery("select c.id from Council c where c.unitId = :unit and c.clusterId is null", UUID.class)
                .setParameter("unit", unitId).getResultStream().findFirst();
    }

    /** The meetings of a cluster by year, latest first (whatever the caller's scope: check the cluster's first). */
    public Map<Integer, UUID> meetingsOf(UUID clusterId) {
        Map<Integer, UUID> meetings = new java.util.LinkedHashMap<>();
        em.createQuery("select c.clusterYear, c.id from Council c where c.clusterId = :cluster "
                + "order by c.clusterYear desc", Object[].class).setParameter("cluster", clusterId).getResultStream()
                .forEach(r -> meetings.put((Integer) r[0], (UUID) r[1]));
        return meetings;
    }

    /** A council's name, whatever the caller's scope (what a proposal addressed to it names). */
    public Optional<String> nameOf(UUID councilId) {
        return Optional.ofNullable(em.find(Council.class, councilId)).map(c -> c.name);
    }

    /**
     * The meeting of a cluster for a year, if one was established (whatever the caller's scope: check the cluster's
     * first).
     */
    public Optional<UUID> meetingOf(UUID clusterId, int year) {
        return em.createQuery("select c.id from Council c where c.clusterId = :cluster and c.clusterYear = :year",
                UUID.class).setParameter("cluster", clusterId).setParameter("year", year).getResultStream()
                .findFirst();
    }

    /** The members holding office on {@code day}, in the minutes' order: by role, then by name in staff-list order. */
    public List<MemberRef> membersOn(UUID councilId, LocalDate day) {
        List<CouncilMember> members = em.createQuery("""
                select m from CouncilMember m where m.councilId = :council and m.validFrom <= :day
                  and (m.validTo is null or m.validTo >= :day)""", CouncilMember.class)
                .setParameter("council", councilId).setParameter("day", day).getResultList();
        Map<UUID, AccountRef> byId = accounts.accounts(members.stream().map(m -> m.accountId)
                .filter(Objects::nonNull).toList());
        return members.stream()
                .map(m -> {
                    AccountRef account = m.accountId == null ? null : byId.get(m.accountId);
                    if (account == null) {
                        return new MemberRef(m.id, null, m.fullName, m.position, m.role, null, null, false);
                    }
                    return new MemberRef(m.id, m.accountId, m.fullName, m.position, m.role, account.personId(),
                            account.unitId(), account.hasRole(Roles.UNIT_HEAD));
                })
                .sorted(minutesOrder(MemberRef::role, MemberRef::fullName, MemberRef::memberId))
                .toList();
    }

    /** The minutes' order of members: by role in the council, then by name in staff-list order. */
    static <T> Comparator<T> minutesOrder(Function<T, CouncilRole> role, Function<T, String> name,
            Function<T, UUID> id) {
        return Comparator.comparing(role).thenComparing((a, b) -> OrgDirectory.compareNames(name.apply(a),
                name.apply(b))).thenComparing(id);
    }

    /** The calling account, for our own tokens (the subject is the account id). */
    public Optional<UUID> callerAccount() {
        return caller.subject().flatMap(CouncilDirectory::uuid);
    }

    private boolean isEverMember(UUID councilId, UUID accountId) {
        return em.createQuery("select count(m) from CouncilMember m where m.councilId = :c and m.accountId = :a",
                Long.class).setParameter("c", councilId).setParameter("a", accountId).getSingleResult() > 0;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
