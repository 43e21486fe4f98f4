package vn.thidua.cluster;

/** A covenant's life: drafted by the head, signed by the members, then fixed for good. */
public enum CovenantStatus {
    DRAFT,
    SIGNING,
    FIXED
}
