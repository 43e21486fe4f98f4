package vn.thidua.council;

import java.math.BigDecimal;

/**
 * One agenda item's result as the minutes state it: the counts, what they were counted on ({@code base}: all members
 * or those present, minus recusals, plus written votes where the base is those present), the approving share, the
 * threshold and the approvals it needed, and the quorum check.
 *
 * @param ratio        approvals ÷ base, rounded to 4 places for display (null when nobody could vote); the decision
 *                     itself compares exactly
 * @param needed       the fewest approvals that pass ({@code null} when nobody could vote)
 * @param presentShare present ÷ members, rounded to 4 places
 */
public record ItemResult(ItemOutcome outcome, Reason reason, Tally tally, Turnout turnout, VoteRule rule, int base,
        BigDecimal ratio, Integer needed, boolean quorumMet, BigDecimal presentShare) {

    /** Why an item passed or failed. */
    public enum Reason {
        THRESHOLD_REACHED, NO_VOTE_REQUIRED, BELOW_THRESHOLD, NO_QUORUM, NO_ELIGIBLE_VOTERS
    }

    public boolean passed() {
        return outcome == ItemOutcome.PASSED;
    }
}
