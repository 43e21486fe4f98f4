package vn.thidua.evaluation.eligibility;

import static io.restassured.RestAssured.given;
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
 * The demo school's 2022 plan, checked as its board would: the old regime's rule set (the plan predates the 2022
 * law), and every kind of outcome with its reason: titles earned, titles failed and why, titles waiting for a
 * person's attestation or for the council, a broken and an annulled chain, and the 15% cap of that regime exceeded.
 */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoEligibilityTest {

    static String board() {
        return given().contentType(ContentType.JSON).body(Map.of("username", "tct.board", "password", "TCT-Board-2026!"))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    static JsonPath batch(String token, String query) {
        String plan = given().auth().oauth2(token).queryParam("q", "99-KH").get("/api/v1/plans").then()
                .statusCode(200).extract().path("items[0].id");
        return given().auth().oauth2(token).get("/api/v1/plans/" + plan + "/eligibility?size=200" + query).then()
                .statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> title(JsonPath batch, String person, String title) {
        return batch.getMap("items.find { it.subject.name == '" + person + "' }.titles.find { it.title == '" + title
                + "' }");
    }

    static String criterion(JsonPath batch, String person, String title, String id) {
        return batch.getString("items.find { it.subject.name == '" + person + "' }.titles.find { it.title == '"
                + title + "' }.criteria.find { it.id == '" + id + "' }.message");
    }

    @Test
    void the2022PlanShowsEveryOutcomeWithItsReason() {
        JsonPath batch = batch(board(), "");
        assertEquals("LAW2013_ND91", batch.getString("ruleSet.code"));
        assertEquals(2022, batch.getInt("period.year"));
        Map<String, Integer> advanced = batch.getMap("counts.ADVANCED_WORKER");
        assertTrue(advanced.get("PASS") > 0 && advanced.get("FAIL") > 0 && advanced.get("NEEDS_REVIEW") > 0,
                advanced.toString());

        Map<String, Object> candidate = title(batch, "Lường Thị Hoa", "PROVINCE_EMULATION_FIGHTER");
        assertEquals("PASS", candidate.get("outcome"), candidate.toString());
        assertEquals(true, candidate.get("awaitingCouncil"));
        assertEquals("PASS", title(batch, "Lường Thị Hoa", "GRASSROOTS_EMULATION_FIGHTER").get("outcome"));
        assertEquals("NEEDS_REVIEW", title(batch, "Lường Văn Thành", "ADVANCED_WORKER").get("outcome"),
                "the principal's pledge still awaits approval");
        assertEquals("FAIL", title(batch, "Trần Tuấn Anh", "ADVANCED_WORKER").get("outcome"), "not attested");
        assertEquals("Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2020 — thiếu 2021, 2022",
                criterion(batch, "Nguyễn Thị Hương", "PROVINCE_EMULATION_FIGHTER", "chain"));
        assertEquals("Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2021 — thiếu 2020 (đã bị hủy), 2022",
                criterion(batch, "Lê Văn Đức", "PROVINCE_EMULATION_FIGHTER", "chain"));
        assertEquals("FAIL", title(batch, "Tòng Văn Hải", "ADVANCED_WORKER").get("outcome"), "reprimanded in 2022");
        assertEquals("FAIL", title(batch, "Bùi Thị Hằng", "ADVANCED_WORKER").get("outcome"), "a procedure is pending");
        assertEquals("FAIL", title(batch, "Lý A Sáng", "ADVANCED_WORKER").get("outcome"), "five months of service");

        List<Map<String, Object>> quotas = batch.getList("quotas");
        assertEquals(1, quotas.size(), "NĐ 91/2017 capped CSTĐCS at 15% of LĐTT");
        // the base is the LĐTT recognised for 2022 (conferred by the demo decision, or accepted by the council), not
        // those found eligible now; the report of the year reckons the same quota
        var report = given().auth().oauth2(board()).queryParam("year", 2022)
                .queryParam("unitId", batch.getString("unitId")).get("/api/v1/reports/summary").then().statusCode(200)
                .extract().jsonPath();
        int recognised = report.getInt("quotas[0].base");
        assertTrue(recognised >= report.getInt("total.rates.advancedWorkers"), "every LĐTT conferred is recognised");
        assertEquals(recognised, quotas.get(0).get("base"));
        assertEquals(recognised * 15 / 100, quotas.get(0).get("cap"), "15% of the LĐTT recognised, rounded down");
        assertEquals(report.getInt("quotas[0].cap"), quotas.get(0).get("cap"));
    }

    @Test
    void inEnglishOnRequest() {
        String plan = given().auth().oauth2(board()).queryParam("q", "99-KH").get("/api/v1/plans").then()
                .extract().path("items[0].id");
        String summary = given().auth().oauth2(board()).header("Accept-Language", "en")
                .get("/api/v1/plans/" + plan + "/eligibility?title=PROVINCE_EMULATION_FIGHTER&outcome=PASS").then()
                .statusCode(200).extract().path("items[0].titles.find { it.title == 'PROVINCE_EMULATION_FIGHTER' }.summary");
        assertEquals("Eligible to be proposed for Provincial emulation fighter; awaiting the council's vote", summary);
    }
}
