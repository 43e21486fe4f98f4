package vn.thidua.pledge;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgScope;
import vn.thidua.org.SubjectKind;

/**
 * Who may do what with a pledge. Authoring (create, edit, submit, withdraw): a member for their own person; a unit
 * head for the people and units of their subtree; the board for anything in scope. Deciding (approve, return,
 * reject): a unit head or the board for a person's pledge; the board of the plan's issuing unit for a unit's.
 * Reading: everything in scope, except that a member sees only their own pledges. Out of reach answers 404; in
 * sight but not allowed, 403.
 */
@RequestScoped
public class PledgeAccess {

    private static final Set<String> READERS_OF_ALL = Set.of(Roles.ADMIN, Roles.BOARD, Roles.UNIT_HEAD, Roles.LEADER,
            Roles.COUNCIL, Roles.INTEGRATION);

    @Inject
    Caller caller;
    @Inject
    OrgScope scope;

    String scopePath() {
        return scope.path();
    }

    /** A member who holds no wider role: sees and acts on their own pledges only. */
    boolean ownOnly() {
        return READERS_OF_ALL.stream().noneMatch(caller::hasRole);
    }

    UUID ownPerson() {
        return caller.personId().orElse(null);
    }

    boolean canRead(Pledge pledge) {
        return !ownOnly() || pledge.personId != null && pledge.personId.equals(ownPerson());
    }

    void requireAuthor(SubjectKind kind, UUID personId) {
        if (caller.hasRole(Roles.BOARD) || caller.hasRole(Roles.UNIT_HEAD)) {
            return;
        }
        if (caller.hasRole(Roles.MEMBER) && kind == SubjectKind.PERSON && personId != null
                && personId.equals(ownPerson())) {
            return;
        }
        throw ApiException.forbidden("detail.pledge-not-yours");
    }

    void requireDecider(Pledge pledge, UUID planIssuingUnit) {
        if (!mayDecide(pledge.subjectKind, planIssuingUnit)) {
            throw ApiException.forbidden("detail.pledge-not-yours-to-decide");
        }
    }

    /** Whether the caller may approve a pledge of this kind of subject in a plan issued by {@code planIssuingUnit}. */
    boolean mayDecide(SubjectKind kind, UUID planIssuingUnit) {
        if (kind == SubjectKind.PERSON) {
            return caller.hasRole(Roles.UNIT_HEAD) || caller.hasRole(Roles.BOARD);
        }
        return caller.hasRole(Roles.BOARD) && scope.containsUnitId(planIssuingUnit);
    }

    boolean isBoard() {
        return caller.hasRole(Roles.BOARD);
    }

    String name() {
        return caller.name();
    }
}
