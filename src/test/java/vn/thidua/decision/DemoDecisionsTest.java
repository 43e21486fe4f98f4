package vn.thidua.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.thidua.identity.DemoDataTest;

/**
 * The demo carries the seed plan 99-KH/TCT to its end: the council's closed session of 26/12/2022 becomes the school's
 * decision 125-QĐ/TCT of 30/12/2022, signed by the head, published, in its awardees' history, public and verifiable.
 */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoDecisionsTest {

    private static String board() {
        return given().contentType(ContentType.JSON).body(Map.of("username", "tct.board", "password",
                "TCT-Board-2026!")).post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void thePlanEndsInASignedAndPublishedDecision() {
        String token = board();
        JsonPath list = given().auth().oauth2(token).queryParam("year", 2022).get("/api/v1/decisions").then()
                .statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        assertEquals("125-QĐ/TCT", list.getString("items[0].number"));
        assertEquals("PUBLISHED", list.getString("items[0].status"));
        assertEquals("2022-12-30", list.getString("items[0].decisionDate"));
        assertEquals("Lường Văn Thành", list.getString("items[0].signerName"));
        String id = list.getString("items[0].id");
        assertTrue(list.getInt("items[0].awardeeCount") >= 3, list.prettify());

        JsonPath lines = given().auth().oauth2(token).queryParam("size", 200)
                .get("/api/v1/decisions/" + id + "/awardees").then().statusCode(200).extract().jsonPath();
        Map<String, Object> hoa = lines.getMap("items.find { it.awardCode == 'GRASSROOTS_EMULATION_FIGHTER' }");
        assertEquals("Lường Thị Hoa", hoa.get("subjectName"), "the CSTĐCS the council passed");
        assertEquals(1_490_000, hoa.get("amountVnd"), "1.0 × the base salary of 2022");
        List<Integer> advanced = lines.getList("items.findAll { it.awardCode == 'ADVANCED_WORKER' }.amountVnd");
        assertTrue(!advanced.isEmpty() && advanced.stream().allMatch(a -> a == 450_000),
                "0.3 × 1,490,000 = 447,000 → 450,000: " + advanced);
        String person = (String) hoa.get("subjectId");
        given().auth().oauth2(token).get("/api/v1/people/" + person + "/awards").then().statusCode(200)
                .body("items.find { it.year == 2022 && it.awardCode == 'GRASSROOTS_EMULATION_FIGHTER' }"
                        + ".decisionNumber", equalTo("125-QĐ/TCT"));

        // public, without a token, found by an accent-free search, and each certificate verifiable
        given().queryParam("q", "luong thi hoa").get("/api/v1/public/decisions").then().statusCode(200)
                .body("items[0].number", equalTo("125-QĐ/TCT"));
        given().get("/api/v1/public/verify/" + hoa.get("verificationCode")).then().statusCode(200)
                .body("standing", equalTo(true)).body("subjectName", equalTo("Lường Thị Hoa"));
    }
}
