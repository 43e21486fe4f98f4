package vn.thidua.pledge;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.thidua.org.SubjectKind;

@Schema(name = "Pledge", description = "A pledge (đăng ký thi đua) of a person or a unit.")
public record PledgeResponse(
        UUID id,
        UUID planId,
        UUID phaseId,
        SubjectKind subjectKind,
        UUID personId,
        UUID unitId,
        @Schema(description = "The person's full name, or the unit's name.", examples = "Trần Tuấn Anh") String subjectName,
        @Schema(examples = "[\"ADVANCED_WORKER\", \"GRASSROOTS_EMULATION_FIGHTER\"]") List<String> titles,
        List<Commitment> commitments,
        PledgeStatus status,
        @Schema(description = "Why it was returned or rejected.") String statusReason,
        @Schema(description = "Why a late submission was accepted.") String lateReason,
        String createdBy,
        String submittedBy,
        OffsetDateTime submittedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true) long version) {

    static PledgeResponse from(Pledge p) {
        return new PledgeResponse(p.id, p.planId, p.phaseId, p.subjectKind, p.personId, p.unitId, p.subjectName,
                List.copyOf(p.titles), List.copyOf(p.commitments), p.status, p.statusReason, p.lateReason,
                p.createdBy, p.submittedBy, p.submittedAt, p.decidedBy, p.decidedAt, p.createdAt, p.updatedAt,
                p.version);
    }
}
