package vn.thidua.decision.proposal;

/** What the higher decision gave a nominee. */
public enum NomineeOutcome {
    AWARDED, NOT_AWARDED
}
