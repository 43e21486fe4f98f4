package vn.thidua.council;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What was counted for one agenda item: ballots approving, rejecting, abstaining and spoilt (paper only), and how
 * many of them came in writing from absent members.
 */
@Schema(name = "CouncilTally")
public record Tally(int approve, int reject, int abstain, int spoilt, int written) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0);

    /** Every ballot counted, spoilt ones included. */
    public int ballots() {
        return approve + reject + abstain + spoilt;
    }
}
