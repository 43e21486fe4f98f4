package vn.thidua.evaluation.eligibility;

/**
 * A rule set whose data the engine cannot read (an unknown rule, a missing parameter): a fault of the seeded or
 * administered data, never of the caller's request. Seeded rule sets are checked by a test, so this is a 500.
 */
public class RuleDataException extends IllegalStateException {

    RuleDataException(String message) {
        super(message);
    }
}
