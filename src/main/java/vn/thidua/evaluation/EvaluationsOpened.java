package vn.thidua.evaluation;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationsOpened", description = "What opening a unit's evaluations did.")
public record EvaluationsOpened(
        UUID planId,
        UUID phaseId,
        UUID unitId,
        @Schema(required = true) boolean subtree,
        @Schema(required = true, description = "Approved pledges found in the unit.") int approvedPledges,
        @Schema(required = true, description = "Evaluations opened now.") int created,
        @Schema(required = true, description = "Subjects that already had an evaluation: left as they were.")
        int alreadyOpen,
        @Schema(description = "The ids of the evaluations opened now.") List<UUID> ids) {
}
