package vn.thidua.council;

import java.util.Map;

/**
 * What a cluster's meeting chooses at most for each award (domain rules, clusters and blocks): the leading unit for the
 * flag, and one or two for the Bằng khen. They are the seats of the meeting's quotas: when voting closes the council's
 * quota ranking keeps the passed nominees with the most approving votes within them, and a tie at the cut waits for the
 * board to settle it with its basis (the meeting's second round) before the session can close.
 */
public final class MeetingSeats {

    public static final String FLAG = "PROVINCE_FLAG";
    public static final String COMMENDATION = "PROVINCE_COMMENDATION";
    /** Seats by award; no other award is put to a cluster's meeting. */
    public static final Map<String, Integer> SEATS = Map.of(FLAG, 1, COMMENDATION, 2);
    /** What the quota is a share of, as its view reports it. */
    static final String OF = "CLUSTER_SEATS";

    private MeetingSeats() {
    }
}
