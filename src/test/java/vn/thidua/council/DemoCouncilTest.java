package vn.thidua.council;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.thidua.identity.DemoDataTest;

/**
 * The demo school's council and its closed session of December 2022, held through the services as its board: nine
 * members, one absent voting in writing, members recused from their own cases, the paper tallies, the minutes, and
 * the verdict that reaches the eligibility of the plan.
 */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoCouncilTest {

    @Inject
    DemoCouncil demo;
    @Inject
    jakarta.persistence.EntityManager em;

    private static String login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    private static String board() {
        return login("tct.board", "TCT-Board-2026!");
    }

    /** The school council's session (the demo cluster's 2022 meeting is a session of a council of its own). */
    private static String session(String token) {
        String plan = given().auth().oauth2(board()).queryParam("q", "99-KH").get("/api/v1/plans").then()
                .extract().path("items[0].id");
        return given().auth().oauth2(token).queryParam("planId", plan).get("/api/v1/council-sessions").then()
                .statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("CLOSED"))
                .body("items[0].memberCount", equalTo(9)).body("items[0].presentCount", equalTo(8))
                .extract().path("items[0].id");
    }

    @Test
    void theSessionIsClosedWithItsMinutes() {
        String id = session(board());
        JsonPath minutes = given().auth().oauth2(board()).get("/api/v1/council-sessions/" + id + "/minutes").then()
                .statusCode(200).body("final", equalTo(true)).body("planNumber", equalTo("99-KH/TCT"))
                .extract().jsonPath();
        Map<String, Object> fighter = minutes.getMap("items.find { it.awardCode == 'GRASSROOTS_EMULATION_FIGHTER' }");
        assertEquals("Lường Thị Hoa", fighter.get("subjectName"));
        assertEquals("PASSED", fighter.get("outcome"));
        assertEquals(Map.of("approve", 9, "reject", 0, "abstain", 0, "spoilt", 0, "written", 1), fighter.get("tally"));
        List<String> recusedFromOwn = minutes.getList("items.find { it.subjectName == 'Nguyễn Thị Hương' }.recused");
        assertEquals(List.of("Nguyễn Thị Hương"), recusedFromOwn, "a vice-chair does not judge her own case");
        assertEquals(List.of("Lê Văn Đức"), minutes.getList("items.find { it.subjectName == 'Khoa Lý luận cơ sở' }"
                + ".recused"), "nor the head of a faculty his faculty's");

        String text = given().auth().oauth2(board()).accept("text/plain")
                .get("/api/v1/council-sessions/" + id + "/minutes:download").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .contentType(containsString("text/plain")).extract().asString();
        assertTrue(text.contains("BIÊN BẢN"), text);
        assertTrue(text.contains("TỈNH ỦY LAI CHÂU") && text.contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                && !text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the school is a Party body: " + text);
        assertTrue(text.contains("Vào hồi 08 giờ 30 phút, ngày 26 tháng 12 năm 2022."), text);
        assertTrue(text.contains("   - Vũ Đình Khánh: Đi công tác."), text);
        assertTrue(text.contains("| Lường Thị Hoa       | Khoa Dân vận | 9/9"), text);
        assertTrue(!text.contains("DỰ THẢO"), "a closed session's minutes are final");
    }

    @Test
    void aMemberOfTheCouncilReadsItAndTheVerdictReachesEligibility() {
        String member = login("tct.council.kxdd", "TCT-Council-2026!");
        String id = session(member);
        given().auth().oauth2(member).get("/api/v1/council-sessions/" + id + "/results").then().statusCode(200)
                .body("items.outcome", hasItem("PASSED"));

        String plan = given().auth().oauth2(board()).queryParam("q", "99-KH").get("/api/v1/plans").then()
                .extract().path("items[0].id");
        JsonPath batch = given().auth().oauth2(board())
                .get("/api/v1/plans/" + plan + "/eligibility?size=200&title=GRASSROOTS_EMULATION_FIGHTER").then()
                .statusCode(200).extract().jsonPath();
        String hoa = "items.find { it.subject.name == 'Lường Thị Hoa' }.titles.find { it.title == "
                + "'GRASSROOTS_EMULATION_FIGHTER' }";
        assertEquals("PASS", batch.getString(hoa + ".outcome"));
        assertEquals(false, batch.getBoolean(hoa + ".awaitingCouncil"));
        assertTrue(batch.getList(hoa + ".criteria.message")
                .contains("Hội đồng Thi đua – Khen thưởng đã thông qua: 9/9 phiếu đồng ý (100%)"));
    }

    @Test
    void loadingAgainChangesNothing() {
        demo.loadOnce();
        long sessions = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM council_session s JOIN council c ON c.id = s.council_id"
                        + " WHERE c.cluster_id IS NULL").getSingleResult()).longValue());
        assertEquals(1, sessions);
    }
}
