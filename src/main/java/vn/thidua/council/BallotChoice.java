package vn.thidua.council;

/** What a ballot says (tán thành, không tán thành, không biểu quyết). */
public enum BallotChoice {
    APPROVE, REJECT, ABSTAIN
}
