package vn.thidua.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import vn.thidua.identity.DemoDataTest;

/**
 * The demo's clusters: the school heads the cluster of six political schools, whose 2022 covenant all signed and whose
 * 2022 scoring is closed with its ranking (Lai Châu first, Lào Cai and Lạng Sơn tied, Hà Giang's low score of Điện
 * Biên flagged); and it is deputy of the province's culture–society block, which SVHTTDL heads and sees alone of the
 * two.
 */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoClustersTest {

    private static String login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    @Test
    void theSchoolsClusterHasASignedCovenantAndAClosedRanking() {
        String board = login("tct.board", "TCT-Board-2026!");
        String cluster = given().auth().oauth2(board).queryParam("kind", "CLUSTER").get("/api/v1/clusters").then()
                .statusCode(200).body("items.name", hasItem(DemoClusters.CLUSTER_NAME)).extract()
                .path("items.find { it.name == '" + DemoClusters.CLUSTER_NAME + "' }.id");
        String base = "/api/v1/clusters/" + cluster;
        given().auth().oauth2(board).get(base + "/members?year=2022").then().statusCode(200).body("size()", equalTo(6))
                .body("findAll { it.external }.size()", equalTo(5));
        given().auth().oauth2(board).get(base + "/leadership").then().statusCode(200)
                .body("year", equalTo(List.of(2022, 2021)))
                .body("headName", equalTo(List.of("Trường Chính trị tỉnh Lai Châu", "Trường Chính trị tỉnh Lào Cai")));
        given().auth().oauth2(board).get(base + "/covenants/2022").then().statusCode(200)
                .body("status", equalTo("FIXED")).body("signatures.size()", equalTo(6))
                .body("unsigned.size()", equalTo(0));
        given().auth().oauth2(board).get(base + "/scoring/2022/ranking").then().statusCode(200)
                .body("rows.name[0]", equalTo("Trường Chính trị tỉnh Lai Châu"))
                .body("rows.finalScore", equalTo(List.of(97.0f, 90.0f, 90.0f, 88.4f, 86.0f, 85.0f)))
                .body("rows.rank", equalTo(List.of(1, 2, 2, 4, 5, 6)))
                .body("rows.findAll { it.tied }.name", containsInAnyOrder("Trường Chính trị tỉnh Lào Cai",
                        "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn"))
                .body("rows.find { it.name == 'Trường Chính trị tỉnh Điện Biên' }.outliers.scorerName",
                        equalTo(List.of("Trường Chính trị tỉnh Hà Giang")))
                .body("rows.find { it.name == 'Trường Chính trị tỉnh Điện Biên' }.outliers[0].deviationPct",
                        equalTo(20.81f));
        given().auth().oauth2(board).get(base + "/scoring/2022/sheets").then().statusCode(200)
                .body("size()", equalTo(36));
    }

    @Test
    void theSchoolsMeetingChoseLaiChauForTheFlagAndProposedItWithTwoBangKhenToTheProvince() {
        String board = login("tct.board", "TCT-Board-2026!");
        String cluster = given().auth().oauth2(board).queryParam("q", "truong chinh tri").get("/api/v1/clusters")
                .then().extract().path("items.find { it.name == '" + DemoClusters.CLUSTER_NAME + "' }.id");
        String proposal = given().auth().oauth2(board).get("/api/v1/clusters/" + cluster + "/meetings/2022").then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("votingMode", equalTo("PAPER"))
                .body("delegates.size()", equalTo(6))
                .body("delegates.find { it.chair }.fullName", equalTo("Lường Văn Thành"))
                .body("candidates.memberName", equalTo(List.of("Trường Chính trị tỉnh Lai Châu",
                        "Trường Chính trị tỉnh Lào Cai", "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn")))
                .body("candidates.approve", equalTo(List.of(6, 5, 4)))
                .body("candidates.rank", equalTo(List.of(1, 2, 2)))
                .body("candidates.chosen", equalTo(List.of(true, true, true)))
                .body("proposalId", notNullValue()).extract().path("proposalId");
        given().auth().oauth2(board).get("/api/v1/proposals/" + proposal + "/nominees").then().statusCode(200)
                .body("awardCode", equalTo(List.of("PROVINCE_FLAG", "PROVINCE_COMMENDATION",
                        "PROVINCE_COMMENDATION")))
                .body("[0].citation", containsString("xếp thứ 1, đạt 97,00 điểm"));
    }

    @Test
    void theBlockIsSeenByItsMembersAndTheClusterIsNotSeenByTheDepartment() {
        String svh = login("svh.admin", "SVH-Admin-2026!");
        given().auth().oauth2(svh).get("/api/v1/clusters").then().statusCode(200)
                .body("items.name", equalTo(List.of(DemoClusters.BLOCK_NAME)))
                .body("items.name", not(hasItem(DemoClusters.CLUSTER_NAME)));
        String block = given().auth().oauth2(svh).get("/api/v1/clusters").then().extract().path("items[0].id");
        given().auth().oauth2(login("tct.leader", "TCT-Leader-2026!")).get("/api/v1/clusters/" + block
                + "/leadership/2022").then().statusCode(200).body("headName",
                        equalTo("Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"))
                .body("deputyName", equalTo("Trường Chính trị tỉnh Lai Châu"));
    }
}
