package vn.thidua.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.testsupport.Problems.assertProblem;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import vn.thidua.org.OrgUnitRepository;

/** THIDUA_DEMO=true loads the seed plan's organisation once, with the accounts README lists. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
public class DemoDataTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the public address the demo's certificates print in their QR codes (README pictures)
            return Map.of("thidua.demo", "true", "thidua.documents.public-url", "https://thidua.laichau.gov.vn");
        }
    }

    @Inject
    DemoData demo;
    @Inject
    OrgUnitRepository units;

    private static String login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void theSchoolItsStaffAndOneAccountPerRoleAreThere() {
        String board = login("tct.board", "TCT-Board-2026!");
        given().auth().oauth2(board).queryParam("q", "truong chinh tri").get("/api/v1/units").then()
                .body("items[0].code", equalTo("TCT"));
        given().auth().oauth2(board).queryParam("size", 200).get("/api/v1/people").then()
                .body("total", equalTo(30))
                .body("items.code", everyItem(startsWith("TCT-")));
        for (String[] account : new String[][] {{"tct.admin", "TCT-Admin-2026!"}, {"tct.council", "TCT-Council-2026!"},
                {"tct.leader", "TCT-Leader-2026!"}, {"tct.unithead", "TCT-UnitHead-2026!"},
                {"tct.member", "TCT-Member-2026!"}, {"tct.integration", "LC-Integration-2026!"},
                {"svh.admin", "SVH-Admin-2026!"}, {"svh.member", "SVH-Member-2026!"}}) {
            login(account[0], account[1]);
        }
    }

    @Test
    void theSecondAgencyCannotSeeTheSchool() {
        String svhAdmin = login("svh.admin", "SVH-Admin-2026!");
        String tctPerson = given().auth().oauth2(login("tct.board", "TCT-Board-2026!")).queryParam("q", "TCT-001")
                .get("/api/v1/people").then().extract().path("items[0].id");
        assertProblem(given().auth().oauth2(svhAdmin).get("/api/v1/people/" + tctPerson).then(), 404, "NOT_FOUND");
        given().auth().oauth2(svhAdmin).queryParam("size", 200).get("/api/v1/people").then()
                .body("total", equalTo(6)).body("items.code", everyItem(startsWith("SVH-")));
    }

    @Test
    void theSeedPlanIsIssuedAndPublic() {
        String member = login("tct.member", "TCT-Member-2026!");
        String id = given().auth().oauth2(member).queryParam("q", "99-KH/TCT").get("/api/v1/plans").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("ISSUED"))
                .extract().path("items[0].id");
        given().auth().oauth2(member).get("/api/v1/plans/" + id).then()
                .body("contentItems.size()", equalTo(8))
                .body("movements.size()", equalTo(5))
                .body("phases.size()", equalTo(2));
        given().get("/api/v1/public/plans/" + id).then().statusCode(200).body("number", equalTo("99-KH/TCT"));
        assertProblem(given().auth().oauth2(login("svh.member", "SVH-Member-2026!")).get("/api/v1/plans/" + id).then(),
                404, "NOT_FOUND");
    }

    @Test
    void theSeedPlanHasRegistrationsInMixedStates() {
        String board = login("tct.board", "TCT-Board-2026!");
        String id = given().auth().oauth2(board).queryParam("q", "99-KH/TCT").get("/api/v1/plans").then()
                .extract().path("items[0].id");
        given().auth().oauth2(board).get("/api/v1/plans/" + id + "/pledges:summary").then().statusCode(200)
                .body("byStatus.APPROVED", org.hamcrest.Matchers.greaterThan(0))
                .body("byStatus.SUBMITTED", org.hamcrest.Matchers.greaterThan(0))
                .body("byStatus.DRAFT", org.hamcrest.Matchers.greaterThan(0))
                .body("byStatus.RETURNED", org.hamcrest.Matchers.greaterThan(0))
                .body("byTitle.ADVANCED_COLLECTIVE", org.hamcrest.Matchers.greaterThan(0))
                .body("peopleWithoutPledge", org.hamcrest.Matchers.greaterThan(0));
        given().auth().oauth2(login("tct.member", "TCT-Member-2026!")).get("/api/v1/plans/" + id + "/pledges").then()
                .body("items.subjectName", org.hamcrest.Matchers.everyItem(equalTo("Trần Tuấn Anh")));
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> units.count());
        demo.loadOnce(QuarkusTransaction.requiringNew().call(() -> units.root().orElseThrow()));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> units.count()));
    }
}
