package vn.thidua.cluster;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.specification.RequestSpecification;

/** The council-session steps of a cluster's meeting on paper, as the board running it takes them over HTTP. */
public final class MeetingSteps {

    public static final String SESSIONS = "/api/v1/council-sessions/";

    private final Supplier<RequestSpecification> board;

    /** @param board a fresh request of the board for each call (a specification gathers the headers it is given) */
    public MeetingSteps(Supplier<RequestSpecification> board) {
        this.board = board;
    }

    public String etag(String session) {
        return board.get().get(SESSIONS + session).then().statusCode(200).extract().header("ETag");
    }

    /** An act on the session ({@code open-voting}, {@code close-voting}, {@code close}). */
    public void act(String session, String action) {
        board.get().header("If-Match", etag(session)).post(SESSIONS + session + ":" + action).then().statusCode(200);
    }

    public void allPresent(String session) {
        List<String> seated = board.get().get(SESSIONS + session + "/members").then().statusCode(200)
                .extract().path("memberId");
        board.get().header("If-Match", etag(session))
                .body(Map.of("members", seated.stream().map(m -> Map.of("memberId", m, "attendance", "PRESENT"))
                        .toList()))
                .put(SESSIONS + session + "/attendance").then().statusCode(200);
    }

    public void tally(String session, String item, int approve, int reject) {
        String etag = board.get().get(SESSIONS + session + "/agenda/" + item).then().statusCode(200)
                .extract().header("ETag");
        board.get().header("If-Match", etag)
                .body(Map.of("approve", approve, "reject", reject, "abstain", 0, "spoilt", 0, "written", 0))
                .put(SESSIONS + session + "/agenda/" + item + "/tally").then().statusCode(200);
    }

    /** Every delegate present, voting opened, each item's tally of {approve, reject}, voting closed, the session too. */
    public void vote(String session, Map<String, int[]> tallies) {
        allPresent(session);
        act(session, "open-voting");
        tallies.forEach((item, votes) -> tally(session, item, votes[0], votes[1]));
        act(session, "close-voting");
        act(session, "close");
    }
}
