package vn.thidua.council;

/**
 * Why a member does not vote on an item: they are the candidate, or they head the unit that is the candidate (a
 * collective of their own).
 */
public enum RecusalReason {
    CANDIDATE, HEAD_OF_CANDIDATE_UNIT
}
