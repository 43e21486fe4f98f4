package vn.thidua.council;

/** How a session votes by default: secret ballots cast through the service, or paper ballots the secretary tallies. */
public enum SessionVotingMode {
    BALLOT, PAPER
}
