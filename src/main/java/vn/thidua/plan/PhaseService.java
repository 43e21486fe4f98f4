package vn.thidua.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.api.ETags;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;

/**
 * Campaign phases. A draft plan's phases change freely; an issued plan may still get a phase added or corrected
 * (audited), but none removed; a closed or cancelled plan's phases are read-only.
 */
@ApplicationScoped
public class PhaseService {

    @Inject
    PlanRepository plans;
    @Inject
    PlanAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    @Transactional
    public List<PlanResponses.PhaseView> list(UUID planId) {
        Plan plan = access.visible(planId);
        return plans.phasesOf(plan.id).stream().map(PlanResponses.PhaseView::from).toList();
    }

    @Transactional
    public PlanResponses.PhaseView get(UUID phaseId) {
        CampaignPhase phase = plans.findPhase(phaseId).orElseThrow(() -> ApiException.notFound("kind.phase"));
        visiblePlanOf(phase);
        return PlanResponses.PhaseView.from(phase);
    }

    @Transactional
    public PlanResponses.PhaseView add(UUID planId, PlanRequests.Phase request) {
        Plan plan = access.manageable(planId);
        plan.requirePhasesChangeable();
        check(plan, request, null);
        CampaignPhase phase = CampaignPhase.of(plan.id, request);
        plans.persistPhase(phase);
        plans.flush();
        PlanResponses.PhaseView created = PlanResponses.PhaseView.from(phase);
        audit.record("phase.added", "phase", phase.id.toString(), plan.issuingUnitId, null, created);
        outbox.record(new DomainEvent("phase.added", "phase", phase.id.toString(), plan.issuingUnitId, created));
        return created;
    }

    @Transactional
    public PlanResponses.PhaseView update(UUID phaseId, String ifMatch, PlanRequests.Phase request) {
        CampaignPhase phase = plans.findPhase(phaseId).orElseThrow(() -> ApiException.notFound("kind.phase"));
        Plan plan = managedPlanOf(phase);
        ETags.requireMatch(ifMatch, phase.version);
        plan.requirePhasesChangeable();
        check(plan, request, phase.id);
        PlanResponses.PhaseView before = PlanResponses.PhaseView.from(phase);
        phase.apply(request);
        plans.flush();
        PlanResponses.PhaseView after = PlanResponses.PhaseView.from(phase);
        String action = plan.status == PlanStatus.DRAFT ? "phase.updated" : "phase.corrected";
        audit.record(action, "phase", phase.id.toString(), plan.issuingUnitId, before, after);
        outbox.record(new DomainEvent(action, "phase", phase.id.toString(), plan.issuingUnitId, after));
        return after;
    }

    @Transactional
    public void delete(UUID phaseId, String ifMatch) {
        CampaignPhase phase = plans.findPhase(phaseId).orElseThrow(() -> ApiException.notFound("kind.phase"));
        Plan plan = managedPlanOf(phase);
        ETags.requireMatch(ifMatch, phase.version);
        if (plan.status != PlanStatus.DRAFT) {
            throw ApiException.conflict("detail.phase-delete-not-draft");
        }
        PlanResponses.PhaseView before = PlanResponses.PhaseView.from(phase);
        plans.deletePhase(phase);
        audit.record("phase.removed", "phase", phase.id.toString(), plan.issuingUnitId, before, null);
    }

    private void check(Plan plan, PlanRequests.Phase request, UUID except) {
        List<PlanRules.PhaseAt> others = plans.phasesOf(plan.id).stream().filter(p -> !p.id.equals(except))
                .map(PlanRules.PhaseAt::of).toList();
        List<FieldViolation> violations = PlanRules.phases(plan.startDate, plan.endDate,
                List.of(PlanRules.PhaseAt.of("", request)), others);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private Plan visiblePlanOf(CampaignPhase phase) {
        try {
            return access.visible(phase.planId);
        } catch (ApiException hidden) {
            throw ApiException.notFound("kind.phase");
        }
    }

    private Plan managedPlanOf(CampaignPhase phase) {
        visiblePlanOf(phase);
        return access.manageable(phase.planId);
    }
}
