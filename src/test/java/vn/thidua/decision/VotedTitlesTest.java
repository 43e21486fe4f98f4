package vn.thidua.decision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.decision.DecisionWorld.CSTDCS;
import static vn.thidua.decision.DecisionWorld.LDTT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.thidua.council.CouncilFixtures;
import vn.thidua.council.CouncilFixtures.Voter;
import vn.thidua.document.Pdfs;
import vn.thidua.testsupport.Problems;

/**
 * A decision is signed only for what the law's procedure produced: a title the rule set puts to the council (CSTĐCS
 * here) needs an accepted vote of a closed session of the authority's own council for the year, which the line then
 * links; the only other way is the signer's written legal reason, kept on the line, audited and printed.
 */
@QuarkusTest
class VotedTitlesTest {

    static final OffsetDateTime MEETING = OffsetDateTime.of(2025, 12, 26, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    static final LocalDate SIGNED = LocalDate.of(2025, 12, 30);

    /** An excellent person who pledged LĐTT and CSTĐCS, evaluated and submitted for both. */
    static String candidate(DecisionWorld w, UUID person) {
        w.rated(person, 2025, "EXCELLENT");
        w.pledge(person, LDTT, CSTDCS);
        String evaluation = w.evaluation(person, LDTT, CSTDCS);
        w.submit(evaluation);
        return evaluation;
    }

    /** A closed ballot session in which every member approves every item; the items' ids. */
    static List<String> passedInSession(DecisionWorld w, CouncilFixtures council, List<Voter> members,
            List<String> evaluations, String awardCode) {
        String session = council.session(w.planId, null, MEETING, "BALLOT");
        List<String> items = evaluations.stream()
                .map(e -> council.item(session, UUID.fromString(e), awardCode, null)).toList();
        council.attendance(session, members, List.of());
        council.act(session, "open-voting").statusCode(200);
        for (Voter member : members) {
            member.as().body(Map.of("ballots", items.stream().map(i -> Map.of("itemId", i, "choice", "APPROVE"))
                    .toList())).post("/api/v1/council-sessions/" + session + "/ballots").then().statusCode(201);
        }
        council.act(session, "close-voting").statusCode(200);
        council.act(session, "close").statusCode(200);
        return items;
    }

    @Test
    void aCstdcsLineWithoutAVoteIsRefusedAtSigningAndSignsOnceTheCouncilPassedIt() {
        DecisionWorld w = new DecisionWorld(2025);
        CouncilFixtures council = new CouncilFixtures(w.agency);
        List<Voter> members = council.members(5);
        UUID lan = w.person("Tòng Thị Lan");
        String evaluation = candidate(w, lan);

        // drafted before the council met: the line is kept, marked as missing its vote
        String decision = w.draft(CSTDCS, SIGNED);
        String line = w.add(decision, lan, CSTDCS, null).statusCode(201)
                .body("vote.basis", equalTo("MISSING")).body("eligibility", equalTo("AWAITING_COUNCIL"))
                .extract().path("id");
        var refused = w.sign(decision, Map.of("decisionDate", SIGNED.toString()));
        Problems.assertProblem(refused, 409, "CONFLICT");
        refused.body("errors[0].code", equalTo("VOTE_MISSING")).body("errors[0].field", equalTo("awardees[0]"))
                .body("errors[0].message", containsString("Tòng Thị Lan"))
                .body("errors[0].message", containsString("Chiến sĩ thi đua cơ sở"))
                .body("errors[0].message", containsString("2025"));
        w.board().get("/api/v1/decisions/" + decision).then().body("status", equalTo("DRAFT"));

        // an override of no line, or without a reason, is refused and changes nothing
        Problems.assertProblem(w.sign(decision, Map.of("decisionDate", SIGNED.toString(), "voteOverrides",
                List.of(Map.of("awardeeId", UUID.randomUUID().toString(), "reason", "Lý do pháp lý đầy đủ ở đây")))),
                400, "VALIDATION_FAILED").body("errors[0].code", equalTo("UNKNOWN_AWARDEE"));
        Problems.assertProblem(w.sign(decision, Map.of("decisionDate", SIGNED.toString(), "voteOverrides",
                List.of(Map.of("awardeeId", line, "reason", "  ")))), 400, "VALIDATION_FAILED");

        // the council passes her: signing now links the session and the item
        List<String> items = passedInSession(w, council, members, List.of(evaluation), CSTDCS);
        JsonPath signed = w.signed(decision, SIGNED);
        assertEquals("SIGNED", signed.getString("status"));
        JsonPath awardee = w.awardees(decision);
        assertEquals("COUNCIL", awardee.getString("items[0].vote.basis"));
        assertEquals(items.get(0), awardee.getString("items[0].vote.itemId"));
        assertEquals(items.get(0), awardee.getString("items[0].agendaItemId"));
        assertEquals("PASS", awardee.getString("items[0].eligibility"), "on the council's verdict");
        String session = w.board().get("/api/v1/council-sessions/" + awardee.getString("items[0].vote.sessionId"))
                .then().statusCode(200).extract().path("status");
        assertEquals("CLOSED", session);
    }

    @Test
    void theSignerMayConferWithoutTheVoteOnlyWithAWrittenLegalReasonThatIsKeptAuditedAndPrinted() {
        DecisionWorld w = new DecisionWorld(2025);
        UUID quy = w.person("Lò Văn Quý");
        candidate(w, quy);
        UUID thu = w.person("Lường Thị Thu");
        w.rated(thu, 2025, "GOOD");
        w.pledge(thu, LDTT);
        w.submit(w.evaluation(thu, LDTT));

        String decision = w.draft(CSTDCS, SIGNED);
        String quyLine = w.add(decision, quy, CSTDCS, null).statusCode(201).extract().path("id");
        String thuLine = w.add(decision, thu, LDTT, null).statusCode(201).body("vote.basis", equalTo("NOT_REQUIRED"))
                .extract().path("id");

        // LĐTT needs no vote: an override of it is refused; a reason too short to say anything as well
        Problems.assertProblem(w.sign(decision, Map.of("decisionDate", SIGNED.toString(), "voteOverrides",
                List.of(Map.of("awardeeId", thuLine, "reason", "Không cần biểu quyết theo quy định")))), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("VOTE_NOT_MISSING"));
        Problems.assertProblem(w.sign(decision, Map.of("decisionDate", SIGNED.toString(), "voteOverrides",
                List.of(Map.of("awardeeId", quyLine, "reason", "Vì vậy")))), 400, "VALIDATION_FAILED");

        String reason = "Hội đồng lấy ý kiến bằng văn bản ngày 27/12/2025 theo Điều 30 Nghị định 98/2023/NĐ-CP";
        w.sign(decision, Map.of("decisionDate", SIGNED.toString(), "voteOverrides",
                List.of(Map.of("awardeeId", quyLine, "reason", reason)))).statusCode(200);
        w.board().get("/api/v1/decisions/" + decision + "/awardees/" + quyLine).then().statusCode(200)
                .body("vote.basis", equalTo("OVERRIDE")).body("vote.overrideReason", equalTo(reason))
                .body("vote.overriddenBy", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString())).body("vote.sessionId", nullValue());
        w.board().get("/api/v1/decisions/" + decision + "/awardees/" + thuLine).then()
                .body("vote.basis", equalTo("NOT_REQUIRED"));
        w.board().queryParam("action", "decision.vote-overridden").queryParam("entityId", quyLine)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("decision.vote-overridden"))
                .body("items[0].changes.vote.after.overrideReason", equalTo(reason));

        byte[] pdf = w.leader().accept("*/*").get("/api/v1/decisions/" + decision + "/document").then()
                .statusCode(200).extract().asByteArray();
        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Không qua biểu quyết của Hội đồng Thi đua – Khen thưởng; lý do: " + reason), text);
    }

    @Test
    void aVoteOfAnotherYearOrOfAnotherAgencysCouncilDoesNotCount() {
        DecisionWorld w = new DecisionWorld(2025);
        CouncilFixtures council = new CouncilFixtures(w.agency);
        List<Voter> members = council.members(3);
        UUID lan = w.person("Tòng Thị Lan");
        String evaluation = candidate(w, lan);
        passedInSession(w, council, members, List.of(evaluation), CSTDCS);

        // the same person on a decision of another authority (a sibling agency's head cannot count this council)
        DecisionWorld other = new DecisionWorld(2025);
        UUID elsewhere = other.person("Tòng Thị Lan");
        candidate(other, elsewhere);
        String decision = other.draft(CSTDCS, SIGNED);
        other.add(decision, elsewhere, CSTDCS, null).statusCode(201).body("vote.basis", equalTo("MISSING"));

        // and a decision of the agency for 2024 does not rest on the 2025 session
        String earlier = w.board().body(Map.of("awardCode", CSTDCS, "title", "Về việc công nhận danh hiệu năm 2024",
                "planId", w.planId, "year", 2024, "decisionDate", SIGNED.toString())).post("/api/v1/decisions")
                .then().statusCode(201).extract().path("id");
        var line = w.add(earlier, lan, CSTDCS, "Thành tích năm 2024");
        line.statusCode(201).body("vote.basis", equalTo("MISSING"));
    }
}
