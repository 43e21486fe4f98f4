package vn.thidua.cluster;

/** How a member's final score comes from the cross-scores it received; its own self-score never counts. */
public enum FinalScoreMethod {
    /** The mean of the cross-scores. */
    MEAN_OF_CROSS_SCORES,
    /** The mean after dropping one highest and one lowest cross-score (with three or more of them). */
    TRIMMED_MEAN
}
