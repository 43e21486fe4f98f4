package vn.thidua.evaluation.eligibility;

import java.util.Map;
import java.util.UUID;

import vn.thidua.evaluation.AttestationKey;
import vn.thidua.evaluation.CouncilVerdict;
import vn.thidua.history.SubjectHistory;
import vn.thidua.org.SubjectKind;

/**
 * A person or unit as the rules see it for one plan: its history, what it registered for in the plan, and what its
 * evaluation (if any) attests. {@code unitPath} is the person's unit's path, or the unit's own.
 *
 * @param registrations title code → whether the pledge naming it is approved (true) or still awaiting approval
 * @param unitVoteRatio the share of the unit meeting that voted for the subject, when the evaluation records it
 * @param councilVerdicts the council's last verdict on each title its evaluation was voted on for, by award code
 */
public record Candidate(SubjectKind kind, UUID id, String name, UUID unitId, String unitPath, SubjectHistory history,
        Map<String, Boolean> registrations, Map<AttestationKey, Boolean> attestations, UUID evaluationId,
        Double unitVoteRatio, Map<String, CouncilVerdict> councilVerdicts) {

    public boolean isPerson() {
        return kind == SubjectKind.PERSON;
    }
}
