package vn.thidua.decision;

/**
 * What the eligibility rules found for a line's subject and award when it was last checked: the rules' own outcome, or
 * NOT_JUDGED for an award the rule set has no criteria for (a Giấy khen) or a form given outside a plan.
 */
public enum LineEligibility {
    PASS, FAIL, NEEDS_REVIEW, AWAITING_COUNCIL, NOT_JUDGED;

    /**
     * Only a pass, or an award the rules do not judge, may be conferred without a recorded reason. A title awaiting
     * the council meets every record: its vote is the line's {@link VoteBasis}, which signing requires on its own.
     */
    public boolean needsOverride() {
        return this != PASS && this != NOT_JUDGED && this != AWAITING_COUNCIL;
    }
}
