package vn.thidua.decision.proposal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgScope;

/**
 * Who may do what with a proposal. Reading: admin, board, leader, unit head and integration, when the proposing agency
 * lies in their scope (the agency's own subtree, and every authority above it). Preparing and sending: the board with
 * the agency in scope. Receiving, returning and recording the decision: the board with the agency in scope (the higher
 * authority's board, or the agency's board entering what came back on paper) or the provincial board's system
 * ({@code integration}). Out of reach answers 404; in sight but not allowed, 403. The resource's roles already keep
 * every other role out; these checks hold for a caller with several roles.
 */
@RequestScoped
public class ProposalAccess {

    @Inject
    Caller caller;
    @Inject
    OrgScope scope;

    String scopePath() {
        return scope.path();
    }

    void requireAuthor() {
        if (!caller.hasRole(Roles.BOARD)) {
            throw ApiException.forbidden("detail.proposal-board-only");
        }
    }

    void requireHigherDesk() {
        if (!caller.hasRole(Roles.BOARD) && !caller.hasRole(Roles.INTEGRATION)) {
            throw ApiException.forbidden("detail.proposal-board-or-integration");
        }
    }

    String name() {
        return caller.name();
    }
}
