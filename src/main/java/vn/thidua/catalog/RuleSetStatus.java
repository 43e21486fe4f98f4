package vn.thidua.catalog;

/**
 * Where a rule set stands: ACTIVE sets are chosen by date, a DRAFT is visible but never in force (a reported
 * amendment whose text is not verified), a RETIRED set is kept for the record. An administrator activates and retires.
 */
public enum RuleSetStatus {
    ACTIVE, DRAFT, RETIRED
}
