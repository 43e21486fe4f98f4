package vn.thidua.pledge;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PledgeSummary", description = "What a unit head watches before the deadline: live pledges per "
        + "status and per title, and how many people have not registered yet.")
public record PledgeSummary(
        UUID planId,
        UUID unitId,
        @Schema(required = true) boolean subtree,
        UUID phaseId,
        @Schema(description = "Live pledges (not withdrawn or rejected) per status.") Map<String, Long> byStatus,
        @Schema(description = "Live pledges per title code.") Map<String, Long> byTitle,
        @Schema(required = true, description = "Active people of the unit.") long people,
        @Schema(required = true, description = "Of them, with a live pledge.") long peopleWithPledge,
        @Schema(required = true, description = "Of them, without one: see pledges:missing.") long peopleWithoutPledge) {
}
