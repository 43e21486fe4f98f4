package vn.thidua.council;

/** The council's result on one agenda item. */
public enum ItemOutcome {
    PASSED, FAILED
}
