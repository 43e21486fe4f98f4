package vn.thidua.council;

/**
 * The council as one agenda item sees it: its members on the meeting day, those present, and the recused among the
 * present and among the absent. A recused member neither votes nor counts in the base.
 */
public record Turnout(int members, int present, int recusedPresent, int recusedAbsent) {

    public Turnout {
        if (members < 0 || present < 0 || present > members || recusedPresent < 0 || recusedPresent > present
                || recusedAbsent < 0 || recusedAbsent > members - present) {
            throw new IllegalArgumentException("impossible turnout: " + members + " members, " + present
                    + " present, " + recusedPresent + "/" + recusedAbsent + " recused");
        }
    }

    /** Present members who may vote on the item. */
    public int presentVoters() {
        return present - recusedPresent;
    }

    /** Absent members who may vote on the item in writing, where written votes are allowed. */
    public int absentVoters() {
        return members - present - recusedAbsent;
    }

    public int recused() {
        return recusedPresent + recusedAbsent;
    }
}
