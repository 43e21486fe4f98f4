package vn.thidua.evaluation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.thidua.org.SubjectKind;

/**
 * What eligibility needs from one evaluation, as plain values. {@code subjectId} is the person's id, or the unit's for
 * a collective; {@code attestations} holds only the attestations made (true or false), none for those not yet made.
 */
public record EvaluationFacts(UUID evaluationId, UUID planId, UUID phaseId, SubjectKind kind, UUID subjectId,
        UUID unitId, String subjectName, EvaluationStatus status, List<String> proposedTitles,
        Map<AttestationKey, Boolean> attestations, Integer votesFor, Integer votesTotal) {

    static EvaluationFacts of(Evaluation e) {
        Map<AttestationKey, Boolean> attested = new java.util.EnumMap<>(AttestationKey.class);
        e.attestations.forEach((key, attestation) -> attested.put(key, attestation.attested()));
        return new EvaluationFacts(e.id, e.planId, e.phaseId, e.subjectKind,
                e.personId != null ? e.personId : e.unitId, e.unitId, e.subjectName, e.status,
                List.copyOf(e.proposedTitles), Map.copyOf(attested), e.votesFor, e.votesTotal);
    }
}
