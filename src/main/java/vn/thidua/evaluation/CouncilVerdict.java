package vn.thidua.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the Emulation–Commendation Council decided on one title of one evaluation when its session closed, as the
 * council hands it down ({@link EvaluationService#recordCouncilVerdicts}) and eligibility reads it.
 *
 * @param outcome  PASSED or FAILED, the vote's result
 * @param accepted passed and within any quota of the title (a passed item over the cap is not accepted)
 * @param base     what the approvals were counted on (0 when the title needed no vote or nobody could vote)
 * @param ratio    approvals ÷ base, rounded to 4 places; null when the base is 0
 */
@Schema(name = "CouncilVerdict", description = "The council's decision on one title of the evaluation.")
public record CouncilVerdict(UUID evaluationId, @Schema(examples = "GRASSROOTS_EMULATION_FIGHTER") String awardCode,
        UUID sessionId, @Schema(enumeration = {"PASSED", "FAILED"}) String outcome, boolean accepted, int approve,
        int base, @Schema(examples = "0.9") BigDecimal ratio, OffsetDateTime decidedAt) {

    public static final String PASSED = "PASSED";
    public static final String FAILED = "FAILED";
}
