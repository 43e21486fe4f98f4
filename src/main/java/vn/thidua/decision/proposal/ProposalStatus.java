package vn.thidua.decision.proposal;

/**
 * Where a proposal stands. DRAFT while the agency prepares it; SENT with its number, date and signer; RECEIVED by the
 * higher authority, or RETURNED to the agency with the reason (edited and sent again); DECIDED once the higher
 * authority's decision is recorded, after which nothing about it changes.
 */
public enum ProposalStatus {
    DRAFT, SENT, RECEIVED, RETURNED, DECIDED;

    /** The agency may change the proposal, its nominees and its dossier. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
