package vn.thidua.evaluation;

/**
 * DRAFT → SELF_ASSESSED (the subject's self-assessment, tự đánh giá) → UNIT_REVIEWED (the unit's review meeting,
 * họp bình xét) → SUBMITTED_TO_COUNCIL (trình Hội đồng thi đua – khen thưởng). From SELF_ASSESSED, UNIT_REVIEWED or
 * SUBMITTED_TO_COUNCIL an evaluation may be RETURNED with a reason; the subject then corrects the self-assessment and
 * self-assesses again.
 */
public enum EvaluationStatus {
    DRAFT, SELF_ASSESSED, UNIT_REVIEWED, SUBMITTED_TO_COUNCIL, RETURNED
}
