package vn.thidua.decision.proposal;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.decision.proposal.ProposalFixtures.BASE;
import static vn.thidua.decision.proposal.ProposalFixtures.FIGHTER;
import static vn.thidua.decision.proposal.ProposalFixtures.sending;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.testsupport.TestOrg;

/**
 * The proposal's life with the higher authority: sent with a complete dossier, returned with a reason, edited and sent
 * again, received; the dossier refused with every gap listed; acts refused from the wrong states; another agency
 * sees nothing of it, and roles that do not deal with proposals are refused.
 */
@QuarkusTest
class ProposalTest {

    @Test
    void aProposalIsSentReturnedEditedSentAgainAndReceived() {
        ProposalFixtures f = new ProposalFixtures();
        String proposal = f.create(2024);
        UUID person = f.person("Lò Văn Minh");
        String nominee = f.complete(proposal, person);
        UUID second = f.person("Tao Thị Hoa");
        String commendation = f.nominee(proposal, second, "PROVINCE_COMMENDATION");
        f.part(proposal, "ACHIEVEMENT_REPORT", commendation);
        f.board().get(BASE + proposal + "/nominees").then().statusCode(200)
                .body("[0].subjectName", equalTo("Lò Văn Minh")).body("[0].unitName", equalTo("Phòng Giáo dục Trung học"))
                .body("[0].position", equalTo(1)).body("[0].outcome", nullValue());
        f.board().get(BASE + proposal + "/dossier").then().statusCode(200).body("size()", equalTo(5))
                .body("findAll { it.nomineeId == '" + nominee + "' }.kind",
                        containsInAnyOrder("ACHIEVEMENT_REPORT", "INITIATIVE_PROOF"));

        f.act(f.board(), proposal, "send", sending("15/TTr-TCT")).statusCode(200).body("status", equalTo("SENT"))
                .body("number", equalTo("15/TTr-TCT")).body("sentOn", equalTo("2025-01-10"))
                .body("signerName", equalTo("Lường Văn Thành")).body("nomineeCount", equalTo(2))
                .body("dossierPartCount", equalTo(5));
        f.act(f.provinceBoard(), proposal, "return", Map.of("reason", "Bổ sung bản sao quyết định công nhận sáng kiến"))
                .statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Bổ sung bản sao quyết định công nhận sáng kiến"));

        f.part(proposal, "PRIOR_DECISION", nominee);
        f.board().header("If-Match", f.etag(proposal)).body(Map.of("title", "Tờ trình (bổ sung) đề nghị khen thưởng"))
                .patch(BASE + proposal).then().statusCode(200).body("title", equalTo("Tờ trình (bổ sung) đề nghị khen thưởng"));
        f.act(f.board(), proposal, "send", sending("18/TTr-TCT")).statusCode(200).body("status", equalTo("SENT"))
                .body("number", equalTo("18/TTr-TCT")).body("dossierPartCount", equalTo(6));
        f.act(TestOrg.as(f.province, Roles.INTEGRATION), proposal, "receive", null).statusCode(200)
                .body("status", equalTo("RECEIVED")).body("receivedAt", not(nullValue()));

        String decision = f.act(f.provinceBoard(), proposal, "record-decision", ProposalFixtures.decision(nominee))
                .statusCode(200).body("status", equalTo("DECIDED")).body("decisionId", not(nullValue()))
                .extract().path("decisionId");
        f.board().get(BASE + proposal + "/nominees").then()
                .body("outcome", equalTo(List.of("AWARDED", "NOT_AWARDED")));
        f.board().get("/api/v1/decisions/" + decision).then().statusCode(200).body("status", equalTo("SIGNED"))
                .body("external", equalTo(true)).body("authorityLevel", equalTo("PROVINCE"))
                .body("unitId", equalTo(f.agency.toString()));
        f.board().get("/api/v1/people/" + person + "/awards").then().statusCode(200)
                .body("items.findAll { it.awardCode == '" + FIGHTER + "' }.year", equalTo(List.of(2024)))
                .body("items.findAll { it.awardCode == '" + FIGHTER + "' }.authority",
                        equalTo(List.of("Ủy ban nhân dân tỉnh Lai Châu")));
        f.board().get("/api/v1/people/" + second + "/awards").then().statusCode(200)
                .body("items.awardCode", not(hasItem("PROVINCE_COMMENDATION")));

        assertEquals(List.of("proposal.created", "proposal.updated", "proposal.updated", "proposal.updated",
                        "proposal.updated", "proposal.updated", "proposal.updated", "proposal.updated",
                        "proposal.sent", "proposal.returned", "proposal.updated", "proposal.updated", "proposal.sent",
                        "proposal.received", "proposal.decided"), events(proposal));
    }

    @Test
    void sendingIsRefusedWithEveryMissingPartListed() {
        ProposalFixtures f = new ProposalFixtures();
        String proposal = f.create(2024);
        assertProblem(f.act(f.board(), proposal, "send", sending("1/TTr-TCT")), 409, "CONFLICT")
                .body("errors.code", equalTo(List.of("NO_NOMINEE", "MISSING_LIST")));

        String fighter = f.nominee(proposal, f.person("Lò Văn Minh"), FIGHTER);
        f.nominee(proposal, f.person("Tao Thị Hoa"), "PROVINCE_COMMENDATION");
        f.part(proposal, "LIST", null);
        f.part(proposal, "ACHIEVEMENT_REPORT", fighter);
        assertProblem(f.act(f.board(), proposal, "send", sending("1/TTr-TCT")), 409, "CONFLICT")
                .body("errors.code", equalTo(List.of("MISSING_MINUTES", "MISSING_INITIATIVE_PROOF",
                        "MISSING_ACHIEVEMENT_REPORT")))
                .body("errors.field", equalTo(List.of("dossier", "nominees[0]", "nominees[1]")))
                .body("errors[2].message", equalTo("Thiếu báo cáo thành tích của Tao Thị Hoa (ACHIEVEMENT_REPORT)."));
        f.board().get(BASE + proposal).then().body("status", equalTo("DRAFT")).body("number", nullValue());
    }

    @Test
    void actsFromTheWrongStateAreRefused() {
        ProposalFixtures f = new ProposalFixtures();
        String proposal = f.create(2024);
        f.complete(proposal, f.person("Lò Văn Minh"));
        assertProblem(f.act(f.provinceBoard(), proposal, "receive", null), 409, "CONFLICT");
        assertProblem(f.act(f.provinceBoard(), proposal, "return", Map.of("reason", "Thiếu")), 409, "CONFLICT");

        f.act(f.board(), proposal, "send", sending("2/TTr-TCT")).statusCode(200);
        assertProblem(f.act(f.board(), proposal, "send", sending("3/TTr-TCT")), 409, "CONFLICT");
        String nominee = f.board().get(BASE + proposal + "/nominees").then().extract().path("[0].id");
        assertProblem(f.act(f.provinceBoard(), proposal, "record-decision", ProposalFixtures.decision(nominee)), 409,
                "CONFLICT");
        assertProblem(f.board().header("If-Match", f.etag(proposal)).body(Map.of("title", "Khác"))
                .patch(BASE + proposal).then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", f.etag(proposal)).delete(BASE + proposal).then(), 409, "CONFLICT");
        assertProblem(f.board().body(Map.of("subjectKind", "PERSON", "personId", f.person("Lò Văn Hai").toString(),
                "awardCode", FIGHTER)).post(BASE + proposal + "/nominees").then(), 409, "CONFLICT");
        assertProblem(f.board().body(Map.of("kind", "OTHER", "title", "Khác", "url", "https://a.vn/x.pdf"))
                .post(BASE + proposal + "/dossier").then(), 409, "CONFLICT");
        assertProblem(f.provinceBoard().header("If-Match", "\"0\"").post(BASE + proposal + ":receive").then(), 412,
                "PRECONDITION_FAILED");

        String second = f.create(2024);
        f.complete(second, f.person("Lò Văn Ba"));
        assertProblem(f.act(f.board(), second, "send", sending("2/ttr-tct")), 409, "CONFLICT");
    }

    @Test
    void onlyAwardsAboveTheAgencyAndItsOwnPeopleAreProposed() {
        ProposalFixtures f = new ProposalFixtures();
        String proposal = f.create(2024);
        UUID person = f.person("Lò Văn Minh");
        assertProblem(f.board().body(Map.of("subjectKind", "PERSON", "personId", person.toString(),
                "awardCode", "ADVANCED_WORKER")).post(BASE + proposal + "/nominees").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("WITHIN_AGENCY_AUTHORITY"));
        assertProblem(f.board().body(Map.of("subjectKind", "PERSON", "personId", person.toString(),
                "awardCode", "PROVINCE_FLAG")).post(BASE + proposal + "/nominees").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("AWARD_DOES_NOT_FIT"));
        f.nominee(proposal, person, FIGHTER);
        assertProblem(f.board().body(Map.of("subjectKind", "PERSON", "personId", person.toString(),
                "awardCode", FIGHTER)).post(BASE + proposal + "/nominees").then(), 409, "CONFLICT");

        // the province's board sees a person of another agency, but it is not the proposing agency's
        UUID stranger = new ProposalFixtures().person("Người Ngoài");
        assertProblem(f.provinceBoard().body(Map.of("subjectKind", "PERSON", "personId", stranger.toString(),
                "awardCode", FIGHTER)).post(BASE + proposal + "/nominees").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("OUTSIDE_AGENCY"));
        assertProblem(f.board().body(Map.of("toAuthorityName", "Sở", "toUnitId", f.agency.toString(), "year", 2024,
                "title", "Tờ trình")).post("/api/v1/proposals").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].code", equalTo("NOT_ABOVE"));
    }

    @Test
    void anotherAgencySeesNothingAndOtherRolesAreRefused() {
        ProposalFixtures f = new ProposalFixtures();
        String proposal = f.create(2024);
        String nominee = f.nominee(proposal, f.person("Lò Văn Minh"), FIGHTER);
        UUID other = TestOrg.agency("Trường Chính trị khác");
        assertProblem(TestOrg.as(other, Roles.BOARD).get(BASE + proposal).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.BOARD).get(BASE + proposal + "/nominees").then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.BOARD).delete(BASE + proposal + "/nominees/" + nominee).then(), 404,
                "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.BOARD).header("If-Match", "\"0\"").body(Map.of("title", "X"))
                .patch(BASE + proposal).then(), 404, "NOT_FOUND");
        TestOrg.as(other, Roles.BOARD).get("/api/v1/proposals").then().statusCode(200)
                .body("items.id", not(hasItem(proposal)));
        f.provinceBoard().get("/api/v1/proposals?year=2024&size=200&q=de nghi").then().statusCode(200)
                .body("items.id", hasItem(proposal));

        assertProblem(TestOrg.as(f.agency, Roles.MEMBER).get(BASE + proposal).then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(f.agency, Roles.COUNCIL).get("/api/v1/proposals").then(), 403, "FORBIDDEN");
        assertProblem(TestOrg.as(f.agency, Roles.LEADER).body(Map.of("toAuthorityName", "Tỉnh", "year", 2024,
                "title", "Tờ trình")).post("/api/v1/proposals").then(), 403, "FORBIDDEN");
        TestOrg.as(f.agency, Roles.UNIT_HEAD).get(BASE + proposal).then().statusCode(200);
        assertProblem(TestOrg.as(f.agency, Roles.INTEGRATION).header("If-Match", f.etag(proposal))
                .body(sending("4/TTr-TCT")).post(BASE + proposal + ":send").then(), 403, "FORBIDDEN");
    }

    @Test
    void aClosedSessionGivesItsAcceptedResultsAboveTheAgency() {
        ProposalFixtures f = new ProposalFixtures();
        CouncilFixtures c = f.council;
        List<CouncilFixtures.Voter> members = c.members(3);
        String session = c.session2024();
        UUID minh = c.person("Lò Văn Minh");
        UUID hoa = c.person("Tao Thị Hoa");
        UUID ba = c.person("Lò Văn Ba");
        String passedAbove = c.item(session, c.evaluation(minh, "Lò Văn Minh", FIGHTER), FIGHTER, null);
        String passedWithin = c.item(session, c.evaluation(hoa, "Tao Thị Hoa", "GRASSROOTS_EMULATION_FIGHTER"),
                "GRASSROOTS_EMULATION_FIGHTER", null);
        String failedAbove = c.item(session, c.evaluation(ba, "Lò Văn Ba", FIGHTER), FIGHTER, null);
        c.attendance(session, members, List.of());
        c.act(session, "open-voting").statusCode(200);
        for (CouncilFixtures.Voter member : members) {
            member.as().body(Map.of("ballots", List.of(Map.of("itemId", passedAbove, "choice", "APPROVE"),
                    Map.of("itemId", passedWithin, "choice", "APPROVE"), Map.of("itemId", failedAbove,
                            "choice", "REJECT")))).post("/api/v1/council-sessions/" + session + "/ballots").then()
                    .statusCode(201);
        }
        c.act(session, "close-voting").statusCode(200);
        String proposal = f.create(2024);
        Map<String, String> body = Map.of("sessionId", session);
        assertProblem(f.board().body(body).post(BASE + proposal + "/nominees:from-session").then(), 409, "CONFLICT");
        c.act(session, "close").statusCode(200);
        assertProblem(f.board().body(body).post(BASE + f.create(2025) + "/nominees:from-session").then(), 400,
                "VALIDATION_FAILED").body("errors[0].code", equalTo("OTHER_YEAR"));

        f.board().body(body).post(BASE + proposal + "/nominees:from-session").then().statusCode(200)
                .body("added", equalTo(1)).body("skipped", equalTo(0))
                .body("nominees[0].subjectName", equalTo("Lò Văn Minh"))
                .body("nominees[0].agendaItemId", equalTo(passedAbove)).body("nominees[0].awardCode", equalTo(FIGHTER));
        f.board().body(body).post(BASE + proposal + "/nominees:from-session").then().statusCode(200)
                .body("added", equalTo(0)).body("skipped", equalTo(1));
        f.board().get(BASE + proposal).then().body("councilSessionId", equalTo(session))
                .body("nomineeCount", equalTo(1));
        // the nominees came from the council: its minutes belong in the dossier
        String nominee = f.board().get(BASE + proposal + "/nominees").then().extract().path("[0].id");
        f.part(proposal, "LIST", null);
        f.part(proposal, "ACHIEVEMENT_REPORT", nominee);
        f.part(proposal, "INITIATIVE_PROOF", nominee);
        assertProblem(f.act(f.board(), proposal, "send", sending("7/TTr-TCT")), 409, "CONFLICT")
                .body("errors.code", equalTo(List.of("MISSING_MINUTES")));

        String other = f.create(2024);
        assertProblem(TestOrg.as(TestOrg.agency("Trường khác"), Roles.BOARD).body(body)
                .post(BASE + other + "/nominees:from-session").then(), 404, "NOT_FOUND");
    }

    @Test
    void aDecidedProposalNeverChangesAgain() {
        ProposalFixtures f = new ProposalFixtures();
        String proposal = f.create(2024);
        String nominee = f.received(proposal, f.person("Lò Văn Minh"), "9/TTr-TCT");
        assertProblem(f.act(f.provinceBoard(), proposal, "record-decision", Map.of("number", "1/QĐ-UBND",
                "decisionDate", "2025-03-01", "authorityName", "UBND tỉnh", "authorityLevel", "NATIONAL",
                "signerName", "A", "signerPosition", "Chủ tịch", "title", "Quyết định", "awarded",
                List.of(Map.of("nomineeId", nominee), Map.of("nomineeId", nominee),
                        Map.of("nomineeId", UUID.randomUUID().toString())))), 400, "VALIDATION_FAILED")
                .body("errors.code", equalTo(List.of("OTHER_LEVEL", "DUPLICATE", "NOT_A_NOMINEE")));
        f.act(f.provinceBoard(), proposal, "record-decision", ProposalFixtures.decision(nominee)).statusCode(200);

        assertProblem(f.act(f.board(), proposal, "send", sending("10/TTr-TCT")), 409, "CONFLICT");
        assertProblem(f.act(f.provinceBoard(), proposal, "receive", null), 409, "CONFLICT");
        assertProblem(f.act(f.provinceBoard(), proposal, "record-decision", ProposalFixtures.decision(nominee)), 409,
                "CONFLICT");
        assertProblem(f.act(f.provinceBoard(), proposal, "return", Map.of("reason", "Xem lại")), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", f.etag(proposal)).body(Map.of("title", "Khác"))
                .patch(BASE + proposal).then(), 409, "CONFLICT");
        assertProblem(f.board().header("If-Match", f.etag(proposal)).delete(BASE + proposal).then(), 409, "CONFLICT");
        assertProblem(f.board().delete(BASE + proposal + "/nominees/" + nominee).then(), 409, "CONFLICT");
        String part = f.board().get(BASE + proposal + "/dossier").then().extract().path("[0].id");
        assertProblem(f.board().delete(BASE + proposal + "/dossier/" + part).then(), 409, "CONFLICT");

        // the database itself refuses, whatever the code above it does
        for (String sql : List.of("UPDATE proposal SET title = 'Khác' WHERE id = ?1",
                "DELETE FROM proposal WHERE id = ?1",
                "UPDATE proposal_nominee SET outcome = 'NOT_AWARDED' WHERE proposal_id = ?1",
                "DELETE FROM proposal_dossier_part WHERE proposal_id = ?1")) {
            Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                    Arc.container().instance(EntityManager.class).get().createNativeQuery(sql)
                            .setParameter(1, UUID.fromString(proposal)).executeUpdate()), sql);
            assertTrue(String.valueOf(rootCause(refused).getMessage()).contains("is decided"), sql);
        }
        f.board().get(BASE + proposal).then().body("status", equalTo("DECIDED"))
                .body("title", equalTo("Tờ trình đề nghị khen thưởng năm 2024"));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @SuppressWarnings("unchecked")
    static List<String> events(String proposal) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) Arc.container()
                .instance(EntityManager.class).get().createNativeQuery(
                        "SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position")
                .setParameter(1, proposal).getResultList());
    }

    @Test
    void aVotedAwardIsProposedOnlyOnTheCouncilsVoteWhichTheNomineeCarriesAsData() {
        ProposalFixtures f = new ProposalFixtures();
        String proposal = f.create(2024);
        UUID minh = f.person("Lò Văn Minh");
        assertProblem(f.board().body(Map.of("subjectKind", "PERSON", "personId", minh.toString(), "awardCode",
                FIGHTER)).post(BASE + proposal + "/nominees").then(), 409, "CONFLICT")
                .body("errors[0].code", equalTo("VOTE_MISSING"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Lò Văn Minh"));
        f.board().get(BASE + proposal + "/nominees").then().body("size()", equalTo(0));

        String item = f.council.passed(minh, FIGHTER);
        f.board().body(Map.of("subjectKind", "PERSON", "personId", minh.toString(), "awardCode", FIGHTER))
                .post(BASE + proposal + "/nominees").then().statusCode(201).body("agendaItemId", equalTo(item))
                .body("councilVote.itemId", equalTo(item)).body("councilVote.year", equalTo(2024))
                .body("councilVote.members", equalTo(3)).body("councilVote.present", equalTo(3))
                .body("councilVote.quorumMet", equalTo(true)).body("councilVote.votesFor", equalTo(3))
                .body("councilVote.votesAgainst", equalTo(0)).body("councilVote.abstentions", equalTo(0))
                .body("councilVote.base", equalTo(3)).body("councilVote.minRatio", equalTo(0.9f));
    }

    @Test
    void theNomineesOfAnAwardFitTheQuotaTheAgencyConfigured() {
        ProposalFixtures f = new ProposalFixtures();
        String proposal = f.create(2024);
        f.complete(proposal, f.person("Lò Văn Minh"));
        String second = f.nominee(proposal, f.person("Tao Thị Hoa"), FIGHTER);
        f.part(proposal, "ACHIEVEMENT_REPORT", second);
        f.part(proposal, "INITIATIVE_PROOF", second);
        // configured after the council voted (its count would have kept the second over): two people in the agency,
        // half of the headcount, one provincial emulation fighter
        TestOrg.as(f.agency, Roles.ADMIN).body(Map.of("value", Map.of("ratio", 0.5, "of", "HEADCOUNT"), "reason",
                "Quy chế thi đua")).put("/api/v1/units/" + f.agency + "/rule-overrides/quota." + FIGHTER).then()
                .statusCode(201);
        assertProblem(f.act(f.board(), proposal, "send", sending("9/TTr-TCT")), 409, "CONFLICT")
                .body("errors[0].code", equalTo("QUOTA_EXCEEDED"));
        f.board().get(BASE + proposal).then().body("status", equalTo("DRAFT"));
    }
}
