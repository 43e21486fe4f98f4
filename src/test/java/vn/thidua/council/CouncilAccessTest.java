package vn.thidua.council;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.TestAccounts;
import vn.thidua.testsupport.TestOrg;

/**
 * Who reads and changes a council: the overseeing roles of its agency's scope, and its own members even from a
 * department below the agency or with no overseeing role; another agency sees nothing of it.
 */
@QuarkusTest
class CouncilAccessTest {

    /** A real login of a new account of the unit (its token's subject is the account id), and the account's id. */
    record Login(String accountId, String token) {
        RequestSpecification as() {
            return Api.anonymous().auth().oauth2(token);
        }
    }

    static Login login(UUID unit, String... roles) {
        String username = TestAccounts.create(unit, roles);
        String id = TestOrg.asRootAdmin().queryParam("q", username).get("/api/v1/accounts").then().statusCode(200)
                .extract().path("items[0].id");
        return new Login(id, TestAccounts.login(username, TestAccounts.PASSWORD));
    }

    @Test
    void aMemberFromADepartmentBelowTheAgencyReadsTheCouncil() {
        CouncilTest.World w = new CouncilTest.World();
        Login voter = login(w.department, Roles.COUNCIL);
        Login plainMember = login(w.department, Roles.MEMBER);
        Login outsider = login(w.department, Roles.MEMBER);
        String voterTerm = w.appointed(voter.accountId(), "MEMBER", CouncilTest.TODAY.minusDays(1), null);
        w.appointed(plainMember.accountId(), "SECRETARY", CouncilTest.TODAY.minusDays(1), null);

        for (Login member : new Login[] {voter, plainMember}) {
            member.as().get("/api/v1/councils/" + w.council).then().statusCode(200)
                    .body("name", equalTo(w.councilName));
            member.as().get("/api/v1/councils/" + w.council + "/members").then().statusCode(200)
                    .body("accountId", hasItem(voter.accountId()));
            member.as().get("/api/v1/council-members/" + voterTerm).then().statusCode(200)
                    .body("canVote", equalTo(true));
            member.as().get("/api/v1/councils").then().statusCode(200).body("items.id", hasItem(w.council));
        }
        // a member who sits on no council: refused by role, and their list is empty of it
        assertProblem(outsider.as().get("/api/v1/councils/" + w.council).then(), 403, "FORBIDDEN");
        assertProblem(outsider.as().get("/api/v1/council-members/" + voterTerm).then(), 403, "FORBIDDEN");
        outsider.as().get("/api/v1/councils").then().statusCode(200).body("items.id", not(hasItem(w.council)));
        // the council role of the department does not reach the agency's council without a seat on it
        Login otherVoter = login(w.department, Roles.COUNCIL);
        assertProblem(otherVoter.as().get("/api/v1/councils/" + w.council).then(), 404, "NOT_FOUND");
    }

    @Test
    void theOverseeingRolesOfTheAgencyReadItAndAnotherAgencySeesNothing() {
        CouncilTest.World w = new CouncilTest.World();
        String term = w.appointed(CouncilTest.World.account(w.department, Roles.COUNCIL), "MEMBER",
                CouncilTest.TODAY, null);
        for (String role : new String[] {Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.COUNCIL, Roles.UNIT_HEAD,
                Roles.INTEGRATION}) {
            TestOrg.as(w.agency, role).get("/api/v1/councils/" + w.council).then().statusCode(200);
            TestOrg.as(w.agency, role).get("/api/v1/council-members/" + term).then().statusCode(200);
        }
        UUID other = TestOrg.agency("Trường Chính trị khác");
        RequestSpecification otherBoard = TestOrg.as(other, Roles.BOARD);
        assertProblem(otherBoard.get("/api/v1/councils/" + w.council).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.BOARD).get("/api/v1/councils/" + w.council + "/members").then(), 404,
                "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.BOARD).get("/api/v1/council-members/" + term).then(), 404,
                "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.BOARD).header("If-Match", "\"0\"").body(Map.of("name", "X"))
                .patch("/api/v1/councils/" + w.council).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.ADMIN).header("If-Match", "\"0\"").delete("/api/v1/council-members/"
                + term).then(), 404, "NOT_FOUND");
        assertProblem(TestOrg.as(other, Roles.ADMIN).queryParam("unit", w.agency).get("/api/v1/councils").then(),
                404, "NOT_FOUND");
        // a department's board does not reach the agency's council either
        assertProblem(TestOrg.as(w.department, Roles.BOARD).get("/api/v1/councils/" + w.council).then(), 404,
                "NOT_FOUND");
    }

    @Test
    void aBoardMemberWhoSeesTheCouncilOnlyAsAMemberMayNotChangeIt() {
        CouncilTest.World w = new CouncilTest.World();
        Login departmentBoard = login(w.department, Roles.BOARD, Roles.COUNCIL);
        String term = w.appointed(departmentBoard.accountId(), "VICE_CHAIR", CouncilTest.TODAY, null);
        departmentBoard.as().get("/api/v1/councils/" + w.council).then().statusCode(200);
        assertProblem(departmentBoard.as().header("If-Match", "\"0\"").body(Map.of("name", "Tên khác"))
                .patch("/api/v1/councils/" + w.council).then(), 403, "FORBIDDEN");
        assertProblem(departmentBoard.as().header("If-Match", "\"0\"").body(Map.of("validTo", "2030-01-01"))
                .patch("/api/v1/council-members/" + term).then(), 403, "FORBIDDEN");
        assertProblem(departmentBoard.as().body(Map.of("accountId", departmentBoard.accountId(), "role", "MEMBER",
                "validFrom", "2040-01-01")).post("/api/v1/councils/" + w.council + "/members").then(), 403,
                "FORBIDDEN");
        assertProblem(departmentBoard.as().header("If-Match", "\"0\"").delete("/api/v1/council-members/" + term)
                .then(), 403, "FORBIDDEN");
        // the agency's administrator changes it
        TestOrg.as(w.agency, Roles.ADMIN).header("If-Match", "\"0\"").body(Map.of("validTo", "2030-01-01"))
                .patch("/api/v1/council-members/" + term).then().statusCode(200)
                .body("validTo", equalTo("2030-01-01"));
    }
}
