package vn.thidua.council;

/**
 * What was counted for one agenda item: ballots approving, rejecting, abstaining and spoilt (paper only), and how
 * many of them came in writing from absent members.
 */
public record Tally(int approve, int reject, int abstain, int spoilt, int written) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0);

    /** Every ballot counted, spoilt ones included. */
    public int ballots() {
        return approve + reject + abstain + spoilt;
    }
}
