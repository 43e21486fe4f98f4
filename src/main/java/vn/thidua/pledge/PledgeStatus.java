package vn.thidua.pledge;

/**
 * DRAFT → SUBMITTED → APPROVED; a submitted pledge may instead be RETURNED (edited and submitted again) or
 * REJECTED; the subject may WITHDRAW it before approval. Withdrawn and rejected pledges are no longer live: the
 * subject may register again.
 */
public enum PledgeStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED, REJECTED, WITHDRAWN
}
