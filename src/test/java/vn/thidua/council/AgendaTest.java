package vn.thidua.council;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The agenda: only evaluations submitted to the council, in the council's agency, with the title they propose, once
 * each; a unit's candidates at once, with what was already there skipped; titles needing no vote default to none;
 * positions close up when an item goes.
 */
@QuarkusTest
class AgendaTest {

    static final String GRASSROOTS = "GRASSROOTS_EMULATION_FIGHTER";
    static final String ADVANCED = "ADVANCED_WORKER";
    static final String BASE = "/api/v1/council-sessions/";

    @Test
    void onlySubmittedCandidatesOfTheAgencyWithTheTitleTheyProposeOnce() {
        CouncilFixtures f = new CouncilFixtures();
        f.members(3);
        String session = f.session2024();
        UUID evaluation = f.evaluation(f.person("Đặng Văn Một"), "Đặng Văn Một", GRASSROOTS);
        assertProblem(add(f, session, evaluation, ADVANCED), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("awardCode"));
        add(f, session, evaluation, GRASSROOTS).statusCode(201).body("position", equalTo(1))
                .body("votingMode", equalTo("BALLOT")).body("subjectName", equalTo("Đặng Văn Một"));
        assertProblem(add(f, session, evaluation, GRASSROOTS), 409, "CONFLICT");
        UUID reviewed = f.evaluation(f.person("Đặng Thị Hai"), "Đặng Thị Hai", GRASSROOTS);
        QuarkusTransaction.requiringNew().run(() -> CouncilFixtures.em()
                .createNativeQuery("UPDATE evaluation SET status = 'UNIT_REVIEWED' WHERE id = ?1")
                .setParameter(1, reviewed).executeUpdate());
        assertProblem(add(f, session, reviewed, GRASSROOTS), 409, "CONFLICT");
        CouncilFixtures elsewhere = new CouncilFixtures();
        assertProblem(add(f, session, elsewhere.evaluation(elsewhere.person("Người nơi khác"), "Người nơi khác",
                GRASSROOTS), GRASSROOTS), 404, "NOT_FOUND");
    }

    @Test
    void aUnitsCandidatesAtOnceSkippingThoseAlreadyThere() {
        CouncilFixtures f = new CouncilFixtures();
        f.members(3);
        String session = f.session(f.planId, null, OffsetDateTime.now(), "BALLOT");
        UUID first = f.evaluation(f.person("Võ Văn An"), "Võ Văn An", GRASSROOTS, ADVANCED);
        f.evaluation(f.person("Võ Thị Bình"), "Võ Thị Bình", GRASSROOTS);
        f.item(session, first, GRASSROOTS, null);
        f.board().body(Map.of("unitId", f.department)).post(BASE + session + "/agenda:add-from-unit").then()
                .statusCode(200).body("added", equalTo(2)).body("skipped", equalTo(1))
                .body("items.subjectName", contains("Võ Văn An", "Võ Thị Bình"))
                .body("items.awardCode", contains(ADVANCED, GRASSROOTS))
                .body("items.votingMode", contains("NONE", "BALLOT"))
                .body("items.position", contains(2, 3));
        String other = f.session(f.planId, null, OffsetDateTime.now(), "PAPER");
        f.board().body(Map.of("unitId", f.department, "subtree", false, "awardCodes", java.util.List.of(GRASSROOTS)))
                .post(BASE + other + "/agenda:add-from-unit").then().statusCode(200).body("added", equalTo(2))
                .body("items.votingMode", contains("PAPER", "PAPER"));
        assertProblem(f.board().body(Map.of("unitId", f.department)).post(BASE + f.session2024()
                + "/agenda:add-from-unit").then(), 409, "CONFLICT");

        String removed = f.board().get(BASE + session + "/agenda").then().extract().path("items[0].id");
        f.board().header("If-Match", f.itemEtag(session, removed)).delete(BASE + session + "/agenda/" + removed)
                .then().statusCode(204);
        f.board().get(BASE + session + "/agenda").then().body("items.position", contains(1, 2))
                .body("total", equalTo(2));
    }

    private static io.restassured.response.ValidatableResponse add(CouncilFixtures f, String session, UUID evaluation,
            String title) {
        return f.board().body(Map.of("evaluationId", evaluation, "awardCode", title))
                .post(BASE + session + "/agenda").then();
    }
}
