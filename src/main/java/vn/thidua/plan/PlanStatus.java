package vn.thidua.plan;

/** DRAFT → ISSUED → CLOSED; DRAFT or ISSUED → CANCELLED. Closed and cancelled plans are read-only. */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED, CANCELLED;

    boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
