package vn.thidua.cluster.scoring;

/** The phases of a cluster's scoring year, moved on by the head. */
public enum ScoringPhase {
    SELF_SCORING,
    CROSS_SCORING,
    CLOSED
}
