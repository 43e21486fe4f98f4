package vn.thidua.decision;

/**
 * Where a decision stands. DRAFT (dự thảo) is the only state in which anything about it changes; SIGNED fixes its
 * number, date, signer and lines for good; PUBLISHED (công khai) makes it public; REVOKED when a later decision annulled
 * every line of it (a decision revoked only in part keeps its state, its revoked lines marked).
 */
public enum DecisionStatus {
    DRAFT, SIGNED, PUBLISHED, REVOKED
}
