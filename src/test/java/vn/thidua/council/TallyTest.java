package vn.thidua.council;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.council.CouncilFixtures.Voter;

/**
 * Paper ballots: the secretary (or the board) enters each item's tally while voting is open; impossible counts are
 * refused field by field; an item voted on paper takes no ballot and a ballot item no tally; voting closes only once
 * every paper item is tallied.
 */
@QuarkusTest
class TallyTest {

    static final String PROVINCE = "PROVINCE_EMULATION_FIGHTER";
    static final String BASE = "/api/v1/council-sessions/";

    @Test
    void theSecretaryEntersPaperTalliesAndTheModesNeverMix() {
        CouncilFixtures f = new CouncilFixtures();
        List<Voter> members = f.members(10);
        Voter secretary = members.get(9);
        String session = f.session(null, 2024, CouncilFixtures.MEETING_2024, "PAPER");
        String paper = f.item(session, f.evaluation(f.person("Kiều Văn Giấy"), "Kiều Văn Giấy", PROVINCE), PROVINCE,
                null);
        String ballot = f.item(session, f.evaluation(f.person("Kiều Thị Kín"), "Kiều Thị Kín", PROVINCE), PROVINCE,
                "BALLOT");
        f.board().get(BASE + session + "/agenda/" + paper).then().body("votingMode", equalTo("PAPER"));
        f.attendance(session, members.subList(0, 8), List.of(members.get(8)));
        f.attendance(session, List.of(secretary), List.of());
        f.act(session, "open-voting").statusCode(200);

        assertProblem(tally(secretary, f, session, paper, 8, 0, 0, 0, 2), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("written"));
        assertProblem(tally(secretary, f, session, paper, 10, 0, 0, 0, 0), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("approve"));
        assertProblem(tally(members.get(1), f, session, paper, 9, 0, 0, 0, 0), 403, "FORBIDDEN");
        assertProblem(tally(secretary, f, session, ballot, 9, 0, 0, 0, 0), 409, "CONFLICT");
        assertProblem(members.get(0).as().body(Map.of("ballots", List.of(Map.of("itemId", paper, "choice",
                "APPROVE")))).post(BASE + session + "/ballots").then(), 409, "CONFLICT");
        members.forEach(m -> {
            if (m != members.get(8)) {
                CouncilFixtures.vote(m, session, ballot, "APPROVE");
            }
        });
        assertProblem(f.act(session, "close-voting"), 409, "CONFLICT").body("detail", containsString("Kiều Văn Giấy"));

        // 8 in the room and the absent member's written ballot: 9 of all 10; corrected to 8 and a rejection
        tally(secretary, f, session, paper, 9, 0, 0, 0, 1).statusCode(200).body("tally.approve", equalTo(9));
        tally(f.board(), f, session, paper, 8, 1, 0, 0, 1).statusCode(200).body("tally.reject", equalTo(1));
        f.act(session, "close-voting").statusCode(200);
        var results = f.results(session);
        QuorumTest.assertResult(results.get(paper), "FAILED", "BELOW_THRESHOLD", 8, 10, 9);
        QuorumTest.assertResult(results.get(ballot), "PASSED", "THRESHOLD_REACHED", 9, 10, 9);
    }

    @Test
    void theBallotsIssuedOnPaperAreEnteredWithTheTallyNeverFewerThanReturnedNorMoreThanMayVote() {
        CouncilFixtures f = new CouncilFixtures();
        List<Voter> members = f.members(10);
        Voter secretary = members.get(9);
        String session = f.session(null, 2024, CouncilFixtures.MEETING_2024, "PAPER");
        String paper = f.item(session, f.evaluation(f.person("Kiều Văn Phát"), "Kiều Văn Phát", PROVINCE), PROVINCE,
                null);
        f.attendance(session, members.subList(0, 8), List.of(members.get(8)));
        f.attendance(session, List.of(secretary), List.of());
        f.act(session, "open-voting").statusCode(200);

        // 9 present may vote and the absent one wrote: 7 ballots came back in the room (1 spoilt), 1 in writing
        Map<String, Object> counted = Map.of("approve", 6, "reject", 1, "abstain", 0, "spoilt", 1, "written", 1);
        assertProblem(issued(secretary, f, session, paper, counted, 7), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("issued")).body("errors[0].code", equalTo("BELOW_RETURNED"));
        assertProblem(issued(secretary, f, session, paper, counted, 11), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("issued")).body("errors[0].code", equalTo("ABOVE_ENTITLED"));
        issued(secretary, f, session, paper, counted, 10).statusCode(200).body("ballotsIssued", equalTo(10))
                .body("tally.spoilt", equalTo(1));
        f.act(session, "close-voting").statusCode(200);

        f.board().get(BASE + session + "/minutes").then().statusCode(200)
                .body("items[0].ballots.members", equalTo(10)).body("items[0].ballots.present", equalTo(9))
                .body("items[0].ballots.issued", equalTo(10)).body("items[0].ballots.returned", equalTo(8))
                .body("items[0].ballots.valid", equalTo(7)).body("items[0].ballots.approve", equalTo(6))
                .body("items[0].ballots.reject", equalTo(1)).body("items[0].ballots.abstain", equalTo(0))
                .body("items[0].ballots.written", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse issued(Voter by, CouncilFixtures f, String session,
            String item, Map<String, Object> counts, int issued) {
        Map<String, Object> body = new java.util.HashMap<>(counts);
        body.put("issued", issued);
        return by.as().header("If-Match", f.itemEtag(session, item)).body(body)
                .put(BASE + session + "/agenda/" + item + "/tally").then();
    }

    private static io.restassured.response.ValidatableResponse tally(Voter by, CouncilFixtures f, String session,
            String item, int approve, int reject, int abstain, int spoilt, int written) {
        return tally(by.as(), f, session, item, approve, reject, abstain, spoilt, written);
    }

    private static io.restassured.response.ValidatableResponse tally(
            io.restassured.specification.RequestSpecification as, CouncilFixtures f, String session, String item,
            int approve, int reject, int abstain, int spoilt, int written) {
        return as.header("If-Match", f.itemEtag(session, item)).body(Map.of("approve", approve, "reject", reject,
                "abstain", abstain, "spoilt", spoilt, "written", written))
                .put(BASE + session + "/agenda/" + item + "/tally").then();
    }
}
