package vn.thidua.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.thidua.org.SubjectKind;

/**
 * What eligibility (and the council's agenda) needs from one evaluation, as plain values. {@code subjectId} is the
 * person's id, or the unit's for a collective; {@code attestations} holds only the attestations made (true or false),
 * none for those not yet made; {@code councilVerdicts} the council's last verdict on each title it voted on, by award
 * code.
 */
public record EvaluationFacts(UUID evaluationId, UUID planId, UUID phaseId, SubjectKind kind, UUID subjectId,
        UUID unitId, String subjectName, EvaluationStatus status, List<String> proposedTitles,
        List<String> proposedForms, Map<AttestationKey, Boolean> attestations, Integer votesFor, Integer votesTotal,
        Map<String, CouncilVerdict> councilVerdicts) {

    static EvaluationFacts of(Evaluation e) {
        Map<AttestationKey, Boolean> attested = new EnumMap<>(AttestationKey.class);
        e.attestations.forEach((key, attestation) -> attested.put(key, attestation.attested()));
        return new EvaluationFacts(e.id, e.planId, e.phaseId, e.subjectKind,
                e.personId != null ? e.personId : e.unitId, e.unitId, e.subjectName, e.status,
                List.copyOf(e.proposedTitles), List.copyOf(e.proposedForms), Map.copyOf(attested), e.votesFor,
                e.votesTotal, Map.copyOf(e.councilVerdicts));
    }
}
