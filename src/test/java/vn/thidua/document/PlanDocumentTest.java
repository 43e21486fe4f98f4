package vn.thidua.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.document.DecisionDocumentTest.inOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

/**
 * The seed plan 99-KH/TCT printed back clean: its parts in the order of the scan (letterhead, KẾ HOẠCH, preamble, I,
 * II with theme and contents, III with its six duties and the phases under the sixth, the closing paragraph, Nơi
 * nhận, signer), each phase and movement once, read back with diacritics intact; the draft
 * watermarked with its number and date blank; the public document without a token for issued plans only; scope.
 */
@QuarkusTest
class PlanDocumentTest {

    private static final String PLANS = "/api/v1/plans/";
    private static final String PUBLIC = "/api/v1/public/plans/";

    @Inject
    ObjectMapper json;

    UUID school;
    String plan;

    @BeforeEach
    void seedPlanAsADraft() throws IOException {
        UUID province = TestOrg.unit(TestOrg.root(), "Tỉnh Lai Châu", "PROVINCE");
        school = TestOrg.unit(province, "Trường Chính trị tỉnh Lai Châu", "AGENCY");
        @SuppressWarnings("unchecked")
        Map<String, Object> seed = new HashMap<>(json.readValue(
                Files.readString(Path.of("src/main/resources/demo/plan-99-KH-TCT.json")), Map.class));
        seed.remove("issuingUnitCode");
        seed.put("issuingUnitId", school.toString());
        plan = TestOrg.as(school, Roles.BOARD).body(seed).post("/api/v1/plans").then().statusCode(201).extract()
                .path("id");
    }

    @Test
    void theIssuedSeedPlanPrintsInTheOrderOfItsScan() {
        issue();
        Response response = TestOrg.as(school, Roles.MEMBER).accept("*/*").get(PLANS + plan + "/document");
        response.then().statusCode(200).contentType(Documents.PDF)
                .header("Content-Disposition", "attachment; filename=\"ke-hoach-99-KH-TCT.pdf\"");
        byte[] pdf = Pdfs.keep("plan-99-KH-TCT.pdf", response.asByteArray());
        String text = Pdfs.text(pdf);

        assertThat(text, not(containsString("DỰ THẢO")));
        assertTrue(inOrder(text, "TỈNH LAI CHÂU", "TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU", "Số: 99-KH/TCT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Lai Châu, ngày 16 tháng 02 năm 2022", "KẾ HOẠCH",
                "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022",
                "Thực hiện Chỉ thị số 03/CT-UBND ngày 11/02/2022 của UBND tỉnh Lai Châu",
                "Phát huy những thành tích đã đạt được",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Động viên cán bộ, viên chức, người lao động", "2. Tiếp tục đổi mới sáng tạo",
                "3. Công tác khen thưởng phải đảm bảo chính xác",
                "II. NỘI DUNG PHONG TRÀO THI ĐUA", "1. Chủ đề thi đua",
                "“Xây dựng phong cách cán bộ Trường Chính trị tỉnh Lai Châu trung thành, sáng tạo, cống hiến vì sự "
                        + "nghiệp đào tạo và nghiên cứu lý luận chính trị”.",
                "2. Nội dung thi đua", "2.1. Tiếp tục quán triệt", "2.4. Tích cực tham gia hưởng ứng",
                "2.8. Tiếp tục thực hiện có hiệu quả công tác phối hợp",
                "III. TỔ CHỨC THỰC HIỆN", "1. Căn cứ vào điều kiện thực tiễn của cơ quan",
                "2. Tiếp tục thực hiện hiệu quả nhiệm vụ phòng, chống dịch Covid-19",
                "3. Tập trung tổ chức các hoạt động thi đua gắn với nhiệm vụ chuyên môn",
                "4. Tổ chức đánh giá, tổng kết các đợt thi đua", "5. Các khoa, phòng",
                "Các khoa, phòng xây dựng Kế hoạch phát động",
                "6. Hội đồng thi đua, khen thưởng Trường Chính trị",
                "Để phong trào thi đua đạt hiệu quả, Hội đồng thi đua, khen thưởng Trường Chính trị phát động 02 đợt thi "
                        + "đua sau:",
                "Đợt 1: Từ ngày 01/02/2022 đến ngày 30/06/2022, với chủ đề “Mừng Đảng quang vinh - Mừng sinh nhật Bác”.",
                "Thi đua chào mừng các ngày kỷ niệm:",
                "- 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2022);",
                "- 16 năm ngày thành lập Trường Chính trị tỉnh (08/6/2006 - 08/6/2022).",
                "Đợt 2: Từ ngày 01/07/2022 đến ngày 31/12/2022, với chủ đề “Đoàn kết - kỷ cương - gương mẫu - sáng tạo - "
                        + "hiệu quả”.",
                "- 40 năm Ngày Nhà giáo Việt Nam (20/11/1983 - 20/11/2022).",
                "Trên đây là Kế hoạch phát động thi đua năm 2022",
                "Nơi nhận:", "- Ban TĐKT, Sở Nội vụ;", "- Trang Website Trường Chính trị;", "- Lưu: VT, TĐKT.",
                "HIỆU TRƯỞNG", "Lường Văn Thành"));
        // each phase once (under III.6, as the scan has them); the movements only where the scan's text names them
        // (2.3 names all five, 2.5 the first again), never listed a second time; six duties, then the closing
        String flat = text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertEquals(1, occurrences(flat, "Đợt 1: Từ ngày 01/02/2022"), flat);
        assertEquals(1, occurrences(flat, "Đợt 2: Từ ngày 01/07/2022"), flat);
        assertEquals(2, occurrences(flat, "“Giảng dạy tốt, nghiên cứu tốt, học tập tốt, quản lý tốt, phục vụ tốt”"),
                flat);
        assertThat(flat, not(containsString("Phong trào “Giảng dạy tốt")));
        assertThat(flat, not(containsString("Các phong trào thi đua")));
        assertThat(flat, not(containsString("Các đợt thi đua")));
        String duties = flat.substring(flat.indexOf("III. TỔ CHỨC THỰC HIỆN"), flat.indexOf("Nơi nhận:"));
        assertThat(duties, not(containsString("7.")));
        assertThat(duties, not(containsString("Đợt 1: Từ tháng")));
        assertTrue(duties.indexOf("- 40 năm Ngày Nhà giáo Việt Nam") < duties.indexOf("Trên đây là Kế hoạch"),
                "the closing paragraph follows the last duty, unnumbered");
        assertTrue(Pdfs.pages(pdf) >= 3, "the seed plan fills several A4 pages");
        assertThat(Pdfs.pageTexts(pdf).get(1).strip(), org.hamcrest.Matchers.startsWith("2"));
        Map<String, Boolean> fonts = Pdfs.fonts(pdf);
        assertThat(fonts.keySet(), everyItem(containsString("LiberationSerif")));
        assertThat(fonts.values(), everyItem(is(true)));
    }

    @Test
    void aDraftIsWatermarkedWithItsNumberAndDateBlankAndIsNotPublic() {
        Response response = TestOrg.as(school, Roles.BOARD).accept("*/*").get(PLANS + plan + "/document");
        response.then().statusCode(200).contentType(Documents.PDF)
                .header("Content-Disposition", "attachment; filename=\"ke-hoach-du-thao.pdf\"");
        byte[] pdf = Pdfs.keep("plan-draft.pdf", response.asByteArray());
        String text = Pdfs.text(pdf);
        List<String> pages = Pdfs.pageTexts(pdf);
        for (String page : pages) {
            assertThat(page, containsString("DỰ THẢO"));
        }
        assertTrue(inOrder(text, "Số: -KH/TCT", "Lai Châu, ngày tháng năm 2022", "KẾ HOẠCH", "(dự thảo, chưa ký)",
                "Lường Văn Thành"));
        assertThat(text, not(containsString("99-KH/TCT")));

        Problems.assertProblem(RestAssured.given().accept("*/*").get(PUBLIC + plan + "/document").then(), 404,
                "NOT_FOUND");
        Problems.assertProblem(TestOrg.as(school, Roles.MEMBER).accept("*/*").get(PLANS + plan + "/document").then(),
                404, "NOT_FOUND");
    }

    @Test
    void anIssuedPlanIsPublicWithoutATokenAndPrintsAsIssued() {
        issue();
        Response response = RestAssured.given().accept("*/*").get(PUBLIC + plan + "/document");
        response.then().statusCode(200).contentType(Documents.PDF)
                .header("Content-Disposition", "attachment; filename=\"ke-hoach-99-KH-TCT.pdf\"");
        String text = Pdfs.text(Pdfs.keep("plan-public.pdf", response.asByteArray()));
        assertThat(text, not(containsString("DỰ THẢO")));
        // the public view carries the preamble too: the public reads the plan as it was issued
        assertTrue(inOrder(text, "Số: 99-KH/TCT", "KẾ HOẠCH", "Thực hiện Chỉ thị số 03/CT-UBND ngày 11/02/2022 của "
                + "UBND tỉnh Lai Châu", "Phát huy những thành tích đã đạt được", "I. MỤC ĐÍCH, YÊU CẦU",
                "II. NỘI DUNG PHONG TRÀO THI ĐUA", "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "Lường Văn Thành"));

        Problems.assertProblem(RestAssured.given().accept("*/*").get(PUBLIC + UUID.randomUUID() + "/document").then(),
                404, "NOT_FOUND");
    }

    @Test
    void anotherAgencyDoesNotSeeThePlansDocument() {
        issue();
        UUID other = TestOrg.agency("Sở Văn hóa, Thể thao và Du lịch");
        for (String role : List.of(Roles.BOARD, Roles.MEMBER)) {
            Problems.assertProblem(TestOrg.as(other, role).accept("*/*").get(PLANS + plan + "/document").then(), 404,
                    "NOT_FOUND");
        }
        Problems.assertProblem(RestAssured.given().accept("*/*").get(PLANS + plan + "/document").then(), 401,
                "UNAUTHORIZED");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private void issue() {
        String etag = TestOrg.as(school, Roles.BOARD).get(PLANS + plan).then().statusCode(200).extract()
                .header("ETag");
        TestOrg.as(school, Roles.BOARD).header("If-Match", etag).post(PLANS + plan + ":issue").then().statusCode(200);
    }
}
