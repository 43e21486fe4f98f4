package vn.thidua.decision;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgScope;

/**
 * Who may do what with a decision. The resource admits the roles of each act (the board drafts, publishes and keeps
 * the recovery; the leader signs and revokes; overseeing roles read); here: every decision lies in the caller's
 * scope, or it is not found (404), whether or not it exists.
 */
@RequestScoped
public class DecisionAccess {

    @Inject
    Caller caller;
    @Inject
    OrgScope scope;
    @Inject
    DecisionRepository decisions;

    CommendationDecision readable(UUID id) {
        return decisions.findInScope(id, scope.path()).orElseThrow(() -> ApiException.notFound("kind.decision"));
    }

    /** Locked for an act on it. */
    CommendationDecision forAct(UUID id) {
        return decisions.lockInScope(id, scope.path()).orElseThrow(() -> ApiException.notFound("kind.decision"));
    }

    String scopePath() {
        return scope.path();
    }

    String name() {
        return caller.name();
    }
}
