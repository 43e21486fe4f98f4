package vn.thidua.council;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.error.ApiException;
import vn.thidua.council.CouncilDirectory.CouncilRef;
import vn.thidua.org.OrgScope;

/**
 * Who may do what with a council session. Reading: the roles that read councils, when the council's agency lies in
 * their scope, and any member of the council wherever their home unit is. Managing (the session, agenda, attendance,
 * tallies, ties, closing): the board in the agency's scope. Voting: an account holding role {@code council} that is a
 * member of the session. The session's secretary may also enter paper tallies and the notes. Out of reach answers
 * 404; in sight but not allowed, 403.
 */
@RequestScoped
public class SessionAccess {

    @Inject
    Caller caller;
    @Inject
    OrgScope scope;
    @Inject
    CouncilDirectory councils;
    @Inject
    SessionRepository sessions;

    /** A session with its council, as the caller may see them. */
    public record Loaded(CouncilSession session, CouncilRef council) {
    }

    /** The session when its council is visible to the caller; 404 otherwise, whether or not it exists. */
    Loaded load(UUID id) {
        CouncilSession session = sessions.findById(id);
        if (session == null) {
            throw ApiException.notFound("kind.council-session");
        }
        CouncilRef council = councils.council(session.councilId)
                .orElseThrow(() -> ApiException.notFound("kind.council-session"));
        return new Loaded(session, council);
    }

    boolean isBoard(CouncilRef council) {
        return caller.hasRole(Roles.BOARD) && scope.containsUnitId(council.unitId());
    }

    void requireBoard(CouncilRef council) {
        if (!isBoard(council)) {
            throw ApiException.forbidden("detail.council-session-board-only");
        }
    }

    /** The caller as a voter of the session: role {@code council} and a member of its snapshot; 403 otherwise. */
    SessionMember voter(Loaded loaded) {
        if (!caller.hasRole(Roles.COUNCIL)) {
            throw ApiException.forbidden("detail.council-session-not-a-voter");
        }
        return councils.callerAccount().flatMap(account -> sessions.memberByAccount(loaded.session().id, account))
                .orElseThrow(() -> ApiException.forbidden("detail.council-session-not-a-voter"));
    }

    /** The board, or the session's secretary (a member of the session in the secretary's role, with role council). */
    void requireBoardOrSecretary(Loaded loaded) {
        if (isBoard(loaded.council())) {
            return;
        }
        boolean secretary = caller.hasRole(Roles.COUNCIL) && councils.callerAccount()
                .flatMap(account -> sessions.memberByAccount(loaded.session().id, account))
                .map(member -> member.role == CouncilRole.SECRETARY).orElse(false);
        if (!secretary) {
            throw ApiException.forbidden("detail.council-session-board-or-secretary");
        }
    }

    UUID callerAccount() {
        return councils.callerAccount().orElse(null);
    }

    String scopePath() {
        return scope.path();
    }

    String name() {
        return caller.name();
    }
}
