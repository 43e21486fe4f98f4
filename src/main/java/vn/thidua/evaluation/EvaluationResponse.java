package vn.thidua.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.org.SubjectKind;

@Schema(name = "Evaluation", description = "The evaluation (bình xét) of a person or a unit in a plan or phase.")
public record EvaluationResponse(
        UUID id,
        UUID planId,
        UUID phaseId,
        SubjectKind subjectKind,
        UUID personId,
        UUID unitId,
        @Schema(description = "The person's full name, or the unit's name.", examples = "Trần Tuấn Anh") String subjectName,
        @Schema(description = "The subject's pledge in the plan and phase, when it had one.") UUID pledgeId,
        EvaluationStatus status,
        List<EvaluationResult> results,
        String achievements,
        @Schema(examples = "[\"ADVANCED_WORKER\"]") List<String> proposedTitles,
        @Schema(examples = "[\"CERTIFICATE_OF_MERIT\"]") List<String> proposedForms,
        LocalDate meetingDate,
        Integer votesFor,
        Integer votesAgainst,
        Integer votesTotal,
        String reviewComment,
        @Schema(description = "By attestation key.") Map<AttestationKey, Attestation> attestations,
        @Schema(description = "The council's last verdict on each title it voted on, by award code.")
        Map<String, CouncilVerdict> councilVerdicts,
        String createdBy,
        String selfAssessedBy,
        OffsetDateTime selfAssessedAt,
        String reviewedBy,
        OffsetDateTime reviewedAt,
        String submittedBy,
        OffsetDateTime submittedAt,
        String returnedBy,
        OffsetDateTime returnedAt,
        @Schema(description = "Why it was last returned.") String returnReason,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "Version, also sent as the ETag.") long version) {

    static EvaluationResponse from(Evaluation e) {
        Map<AttestationKey, Attestation> attestations = new EnumMap<>(AttestationKey.class);
        attestations.putAll(e.attestations);
        return new EvaluationResponse(e.id, e.planId, e.phaseId, e.subjectKind, e.personId, e.unitId, e.subjectName,
                e.pledgeId, e.status, List.copyOf(e.results), e.achievements, List.copyOf(e.proposedTitles),
                List.copyOf(e.proposedForms), e.meetingDate, e.votesFor, e.votesAgainst, e.votesTotal,
                e.reviewComment, attestations, new TreeMap<>(e.councilVerdicts), e.createdBy, e.selfAssessedBy,
                e.selfAssessedAt, e.reviewedBy, e.reviewedAt, e.submittedBy, e.submittedAt, e.returnedBy,
                e.returnedAt, e.returnReason, e.createdAt, e.updatedAt, e.version);
    }
}
