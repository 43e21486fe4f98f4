package vn.thidua.council;

/**
 * How one agenda item is decided: secret ballots through the service, a paper tally entered by the secretary, or no
 * vote (the council's agreement, for titles the rule set does not put to a vote). The modes never mix in one item.
 */
public enum AgendaVotingMode {
    BALLOT, PAPER, NONE
}
