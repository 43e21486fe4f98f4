package vn.thidua.evaluation.eligibility;

/**
 * What a criterion found, and (for the first three) what a title comes to. AWAITING_COUNCIL: the records meet
 * everything, and the title still needs the council's vote (issue of the council sessions); NOT_APPLICABLE: the
 * criterion is switched off by the agency's configuration.
 */
public enum Outcome {
    PASS, FAIL, NEEDS_REVIEW, AWAITING_COUNCIL, NOT_APPLICABLE;

    /** The outcome of a title (or ALL_OF) from its criteria: any FAIL fails, else any NEEDS_REVIEW, else PASS. */
    static Outcome allOf(Iterable<Outcome> outcomes) {
        boolean review = false;
        for (Outcome outcome : outcomes) {
            if (outcome == FAIL) {
                return FAIL;
            }
            review |= outcome == NEEDS_REVIEW;
        }
        return review ? NEEDS_REVIEW : PASS;
    }

    /** ANY_OF: any PASS passes, else any NEEDS_REVIEW, else FAIL. */
    static Outcome anyOf(Iterable<Outcome> outcomes) {
        boolean review = false;
        for (Outcome outcome : outcomes) {
            if (outcome == PASS || outcome == AWAITING_COUNCIL || outcome == NOT_APPLICABLE) {
                return PASS;
            }
            review |= outcome == NEEDS_REVIEW;
        }
        return review ? NEEDS_REVIEW : FAIL;
    }
}
