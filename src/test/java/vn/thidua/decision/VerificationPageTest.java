package vn.thidua.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.decision.PublicDecisionFixtures.Line;
import vn.thidua.decision.PublicDecisionFixtures.Made;
import vn.thidua.decision.PublicDecisionFixtures.Stage;
import vn.thidua.testsupport.TestOrg;

/** What a phone shows when it opens a certificate's QR code, and who gets a page rather than JSON. */
@QuarkusTest
class VerificationPageTest {

    /** What a phone's browser sends when it opens a link. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String VERIFY = "/api/v1/public/verify/";

    @Test
    void aBrowserGetsAPageSayingTheAwardStandsAndWhoseItIs() {
        UUID agency = TestOrg.agency("Trường Chính trị tỉnh Lai Châu");
        Made award = PublicDecisionFixtures.award(agency, Stage.PUBLISHED, 2022, "Tặng danh hiệu năm 2022",
                List.of(Line.person(agency, "Nguyễn Văn Đức", "Khoa Lý luận cơ sở")));

        given().accept(BROWSER).get(VERIFY + award.codes().get(0)).then().statusCode(200)
                .contentType(startsWith("text/html")).header("Cache-Control", "public, max-age=300")
                .body(containsString("Khen thưởng hợp lệ"), containsString("<h1>Nguyễn Văn Đức</h1>"),
                        containsString("Khoa Lý luận cơ sở"), containsString("Chiến sĩ thi đua cơ sở năm 2022"),
                        containsString("Số " + award.number() + " ngày "), not(containsString("thu hồi")));
        given().accept("*/*").get(VERIFY + award.codes().get(0)).then().statusCode(200)
                .contentType(startsWith("application/json")).body("subjectName", equalTo("Nguyễn Văn Đức"));
    }

    @Test
    void aRevokedAwardSaysSoFirst() {
        UUID agency = TestOrg.agency("Trường Chính trị tỉnh Lai Châu");
        Made award = PublicDecisionFixtures.award(agency, Stage.PUBLISHED, 2022, "Tặng danh hiệu năm 2022",
                List.of(Line.person(agency, "Nguyễn Văn Đức", "Khoa Lý luận cơ sở")));
        Made revocation = PublicDecisionFixtures.revoke(award, Stage.PUBLISHED, LocalDate.of(2023, 5, 10), 1);

        given().accept(BROWSER).get(VERIFY + award.codes().get(0)).then().statusCode(200)
                .body(containsString("Khen thưởng đã bị thu hồi ngày 10/05/2023 theo Quyết định số "
                        + revocation.number()), not(containsString("Khen thưởng hợp lệ")));
    }

    @Test
    void anUnknownCodeTellsABrowserTheCertificateMayNotBeGenuineAndOthersGetTheProblem() {
        String code = PublicDecisionFixtures.freshCode();
        given().accept(BROWSER).get(VERIFY + code).then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Không tìm thấy khen thưởng có mã này"), containsString(code),
                        containsString("không do cơ quan có thẩm quyền"), not(containsString("Khen thưởng hợp lệ")));
        given().accept(BROWSER).get(VERIFY + "<b>gia").then().statusCode(404)
                .body(containsString("&lt;b&gt;gia"), not(containsString("<b>gia")));
        given().accept("*/*").get(VERIFY + code).then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void onlyAClientThatPrefersHtmlGetsThePage() {
        assertTrue(VerificationPage.wanted(types(BROWSER)));
        assertTrue(VerificationPage.wanted(types("text/html")));
        assertFalse(VerificationPage.wanted(types("*/*")));
        assertFalse(VerificationPage.wanted(types("application/json")));
        assertFalse(VerificationPage.wanted(types("application/json, text/html")));
        assertFalse(VerificationPage.wanted(types("text/*, application/json")));
        assertEquals(false, VerificationPage.wanted(List.of()));
    }

    private static List<MediaType> types(String accept) {
        return java.util.Arrays.stream(accept.split(",")).map(String::strip).map(MediaType::valueOf)
                .sorted((a, b) -> Double.compare(q(b), q(a))).toList();
    }

    private static double q(MediaType type) {
        return Double.parseDouble(type.getParameters().getOrDefault("q", "1"));
    }
}
