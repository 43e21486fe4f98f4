package vn.thidua.catalog;

/**
 * The rules the eligibility engine knows; a criterion names one. The parameters each takes are listed in the
 * contract's {@code Criterion} schema; the format checks the name only, the engine its parameters.
 */
public enum RuleName {
    NO_PENDING_PROCEEDING, AFTER_SERVED_DISCIPLINE, RATING_AT_LEAST, REGISTERED, MIN_MONTHS_EMPLOYED,
    NO_DISCIPLINE_IN_PERIOD, ATTESTATION, QUALIFIES_FOR, ANY_OF, ALL_OF, INITIATIVE, CONSECUTIVE_AWARDS,
    CONSECUTIVE_RATINGS, COUNCIL_VOTE, LEADS_CLUSTER, MEMBER_SHARE, ALL_MEMBERS_RATED_AT_LEAST, MEMBER_WITH_TITLE,
    NO_MEMBER_DISCIPLINE;

    /** Whether the rule combines children, given in {@code params.of}. */
    public boolean combines() {
        return this == ANY_OF || this == ALL_OF;
    }

    public static boolean known(String name) {
        for (RuleName rule : values()) {
            if (rule.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
