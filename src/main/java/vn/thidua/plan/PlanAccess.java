package vn.thidua.plan;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgScope;

/**
 * Who may see and who may drive a plan. Seeing: the caller's scope holds the issuing unit (drafts only for board,
 * leader and admin), or the plan is issued and the caller's home unit takes part. Driving: board, with the issuing
 * unit in scope. A plan the caller cannot see answers 404; one they see but may not drive, 403.
 */
@RequestScoped
public class PlanAccess {

    @Inject
    PlanRepository plans;
    @Inject
    OrgScope scope;
    @Inject
    Caller caller;

    boolean seesDrafts() {
        return caller.hasRole(Roles.BOARD) || caller.hasRole(Roles.LEADER) || caller.hasRole(Roles.ADMIN);
    }

    String scopePath() {
        return scope.path();
    }

    Plan visible(UUID id) {
        return plans.findVisible(id, scope.path(), seesDrafts()).orElseThrow(() -> ApiException.notFound("kind.plan"));
    }

    Plan manageable(UUID id) {
        Plan plan = visible(id);
        if (!caller.hasRole(Roles.BOARD) || !scope.containsUnitId(plan.issuingUnitId)) {
            throw ApiException.forbidden("detail.plan-not-yours");
        }
        return plan;
    }
}
