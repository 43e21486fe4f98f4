package vn.thidua.council;

/**
 * A council session's life: DRAFT (agenda and attendance being prepared) → VOTING (ballots cast, paper tallies
 * entered) → VOTING_CLOSED (counted, quotas applied, ties awaiting the council's settlement) → CLOSED (a record that
 * never changes again; a re-vote is a new session). CANCELLED from any of the first three, with the reason.
 */
public enum SessionStatus {
    DRAFT, VOTING, VOTING_CLOSED, CLOSED, CANCELLED
}
