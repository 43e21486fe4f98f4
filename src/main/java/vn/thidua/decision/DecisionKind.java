package vn.thidua.decision;

/** An AWARD decision confers titles or forms (quyết định khen thưởng); a REVOCATION annuls one (quyết định hủy bỏ). */
public enum DecisionKind {
    AWARD, REVOCATION
}
