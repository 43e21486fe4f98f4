package vn.thidua.history;

/**
 * What may be pending about a subject and blocks every award while it is (NĐ 152/2025 art. 4.4): a disciplinary
 * procedure (đang xem xét thi hành kỷ luật), an investigation (điều tra) or an inspection (thanh tra, kiểm tra).
 */
public enum ProceedingKind {
    DISCIPLINE, INVESTIGATION, INSPECTION
}
