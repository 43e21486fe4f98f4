package vn.thidua.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.thidua.identity.DemoDataTest;

/**
 * The demo's decision 125-QĐ/TCT of 30/12/2022 printed: the strings exactly as the demo stored them, a certificate
 * whose QR code opens its verification. It also draws the pictures the README shows, with the first page of the plan
 * 99-KH/TCT (target/documents/*.png; copied to docs/images by hand when the layout changes).
 */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoDocumentsTest {

    @Test
    void theDemoDecisionAndACertificatePrintAsStored() throws IOException {
        String token = given().contentType(ContentType.JSON).body(Map.of("username", "tct.board", "password",
                "TCT-Board-2026!")).post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
        String id = given().auth().oauth2(token).queryParam("year", 2022).get("/api/v1/decisions").then()
                .statusCode(200).extract().path("items[0].id");
        JsonPath lines = given().auth().oauth2(token).queryParam("size", 200)
                .get("/api/v1/decisions/" + id + "/awardees").then().statusCode(200).extract().jsonPath();
        Map<String, Object> hoa = lines.getMap("items.find { it.awardCode == 'GRASSROOTS_EMULATION_FIGHTER' }");

        byte[] decision = Pdfs.keep("demo-decision.pdf", given().auth().oauth2(token).accept("*/*")
                .get("/api/v1/decisions/" + id + "/document").then().statusCode(200).extract().asByteArray());
        String text = Pdfs.text(decision);
        // the school is a Party body: its letterhead names the provincial Party committee and the Party's motto
        assertTrue(DecisionDocumentTest.inOrder(text, "TỈNH ỦY LAI CHÂU", "TRƯỜNG CHÍNH TRỊ", "*",
                "Số 125-QĐ/TCT", "ĐẢNG CỘNG SẢN VIỆT NAM", "Lai Châu, ngày 30 tháng 12 năm 2022", "QUYẾT ĐỊNH",
                "Về việc công nhận danh hiệu thi đua năm 2022", "HIỆU TRƯỞNG TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU",
                "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ",
                "Căn cứ Kế hoạch số 99-KH/TCT ngày 16/02/2022 của Trường Chính trị tỉnh Lai Châu",
                "Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2022 cho 1 cá nhân",
                "tổng số 5.540.000 đồng", "Lường Văn Thành", "(Kèm theo Quyết định số 125-QĐ/TCT ngày 30/12/2022",
                "Lường Thị Hoa", "1.490.000", "Tổng cộng: " + lines.getInt("total") + " trường hợp", "5.540.000"));

        byte[] certificate = Pdfs.keep("demo-certificate.pdf", given().auth().oauth2(token).accept("*/*")
                .get("/api/v1/decisions/" + id + "/awardees/" + hoa.get("id") + "/certificate").then()
                .statusCode(200).extract().asByteArray());
        assertEquals(1, Pdfs.pages(certificate));
        assertTrue(DecisionDocumentTest.inOrder(Pdfs.text(certificate), "ĐẢNG CỘNG SẢN VIỆT NAM",
                "HIỆU TRƯỞNG TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU", "CÔNG NHẬN DANH HIỆU", "“CHIẾN SĨ THI ĐUA CƠ SỞ”",
                "Lường Thị Hoa"));
        // the configured public address, not the one the request came in on
        assertThat(Pdfs.qrCodes(certificate, 0), contains("https://thidua.laichau.gov.vn/api/v1/public/verify/"
                + hoa.get("verificationCode")));

        byte[] all = given().auth().oauth2(token).accept("*/*").get("/api/v1/decisions/" + id + "/certificates")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(lines.getInt("total"), Pdfs.pages(all));

        String plan = given().auth().oauth2(token).queryParam("q", "99-KH/TCT").get("/api/v1/plans").then()
                .statusCode(200).extract().path("items[0].id");
        byte[] planPdf = given().accept("*/*").get("/api/v1/public/plans/" + plan + "/document").then()
                .statusCode(200).extract().asByteArray();

        picture(decision, "demo-decision.png");
        picture(certificate, "demo-certificate.png");
        picture(planPdf, "demo-plan.png");
    }

    private static void picture(byte[] pdf, String name) throws IOException {
        BufferedImage page = Pdfs.image(pdf, 0, 72);
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        ImageIO.write(page, "png", dir.resolve(name).toFile());
    }
}
