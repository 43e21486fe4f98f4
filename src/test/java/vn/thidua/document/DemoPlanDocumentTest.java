package vn.thidua.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.document.DecisionDocumentTest.inOrder;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import vn.thidua.identity.DemoDataTest;

/**
 * The proof issue 12 asks for: the demo's plan 99-KH/TCT, whose only source was an OCR scan with broken diacritics,
 * printed back as a clean document with its theme, its five movements and both phases' slogans.
 */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoPlanDocumentTest {

    @Test
    void theDemoPlanPrintsCleanWithItsThemeMovementsAndPhases() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "tct.member", "password", "TCT-Member-2026!")).post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("accessToken");
        String id = given().auth().oauth2(token).queryParam("q", "99-KH/TCT").get("/api/v1/plans").then()
                .statusCode(200).extract().path("items[0].id");

        byte[] pdf = Pdfs.keep("demo-plan-99-KH-TCT.pdf", given().auth().oauth2(token).accept("*/*")
                .get("/api/v1/plans/" + id + "/document").then().statusCode(200).contentType(Documents.PDF)
                .extract().asByteArray());
        String text = Pdfs.text(pdf);
        assertThat(text, not(containsString("DỰ THẢO")));
        // the letterhead of the scan: the provincial Party committee over the school, a star, the Party's motto
        assertTrue(inOrder(text, "TỈNH ỦY LAI CHÂU", "TRƯỜNG CHÍNH TRỊ", "*", "Số 99-KH/TCT", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Lai Châu, ngày 16 tháng 02 năm 2022",
                "KẾ HOẠCH", "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022",
                "1. Chủ đề thi đua", "“Xây dựng phong cách cán bộ Trường Chính trị tỉnh Lai Châu trung thành, sáng tạo, "
                        + "cống hiến vì sự nghiệp đào tạo và nghiên cứu lý luận chính trị”",
                "“Giảng dạy tốt, nghiên cứu tốt, học tập tốt, quản lý tốt, phục vụ tốt”",
                "phong trào “Nâng cao chất lượng hoạt động đào tạo, bồi dưỡng, nghiên cứu khoa học”",
                "phong trào “Thi đua học tập nâng cao trình độ, chuyên môn nghiệp vụ”",
                "phong trào “Cán bộ, viên chức, người lao động Trường Chính trị thi đua thực hiện văn hóa công sở”",
                "phong trào thi đua đặc biệt “Trường Chính trị Lai Châu đoàn kết, chung sức, đồng lòng thi đua phòng, "
                        + "chống và chiến thắng đại dịch Covid-19”",
                "III. TỔ CHỨC THỰC HIỆN", "6. Hội đồng thi đua, khen thưởng Trường Chính trị",
                "Đợt 1: Từ ngày 01/02/2022 đến ngày 30/06/2022",
                "với chủ đề “Mừng Đảng quang vinh - Mừng sinh nhật Bác”",
                "Đợt 2: Từ ngày 01/07/2022 đến ngày 31/12/2022",
                "với chủ đề “Đoàn kết - kỷ cương - gương mẫu - sáng tạo - hiệu quả”",
                "Trên đây là Kế hoạch phát động thi đua năm 2022", "HIỆU TRƯỞNG", "Lường Văn Thành"));

        byte[] published = given().accept("*/*").get("/api/v1/public/plans/" + id + "/document").then()
                .statusCode(200).contentType(Documents.PDF).extract().asByteArray();
        assertTrue(inOrder(Pdfs.text(published), "Mừng Đảng quang vinh - Mừng sinh nhật Bác",
                "Đoàn kết - kỷ cương - gương mẫu - sáng tạo - hiệu quả"));
        assertArrayEquals(new byte[] {'%', 'P', 'D', 'F'}, java.util.Arrays.copyOf(published, 4));
    }
}
