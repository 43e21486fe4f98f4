package vn.thidua.cluster;

/** Who cross-scores a member (chấm chéo), as the cluster's rules say. */
public enum CrossScoringMode {
    /** Every other member scores each member. */
    EVERY_OTHER_MEMBER,
    /** The head of the year scores every other member. */
    HEAD_ONLY
}
