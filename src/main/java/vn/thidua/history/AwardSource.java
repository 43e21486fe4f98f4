package vn.thidua.history;

/**
 * Where an award record comes from: IMPORTED from the records of past years (kept through this API), or written by a
 * signed DECISION of this system (kept by the decisions feature; the API may only revoke it).
 */
public enum AwardSource {
    IMPORTED, DECISION
}
