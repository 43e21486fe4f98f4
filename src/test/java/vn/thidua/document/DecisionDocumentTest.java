package vn.thidua.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import vn.thidua.common.Roles;
import vn.thidua.decision.DecisionWorld;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

/**
 * A decision printed as its officers and the public will read it: the PDF's text read back with diacritics intact,
 * the layout's parts in order, the draft's watermark and DOCX, the signed decision's number and date, and the
 * certificates whose QR codes open the public verification of the right line.
 */
@QuarkusTest
class DecisionDocumentTest {

    private static final int YEAR = 2025;
    private static final LocalDate SIGNED_ON = LocalDate.of(YEAR, 12, 30);

    DecisionWorld world;
    UUID province;
    UUID hương;
    UUID dũng;
    String draft;

    @BeforeEach
    void world() {
        province = TestOrg.unit(TestOrg.root(), "Tỉnh Lai Châu", "PROVINCE");
        world = new DecisionWorld(TestOrg.unit(province, "Trường Chính trị tỉnh Lai Châu", "AGENCY"), YEAR);
        hương = world.advancedWorker("Nguyễn Thị Hương");
        dũng = world.advancedWorker("Phạm Quang Dũng");
        draft = world.draft(DecisionWorld.LDTT, SIGNED_ON);
        world.add(draft, hương, DecisionWorld.LDTT, null).statusCode(201);
        world.add(draft, dũng, DecisionWorld.LDTT, null).statusCode(201);
        world.addUnit(draft, world.faculty, DecisionWorld.GIAY_KHEN, null).statusCode(201);
    }

    @Test
    void aDraftPrintsInTheLayoutOfDecree30WithItsWatermarkAndList() {
        Response response = world.board().accept("*/*").get("/api/v1/decisions/" + draft + "/document");
        response.then().statusCode(200).contentType(Documents.PDF)
                .header("Content-Disposition", "attachment; filename=\"quyet-dinh-du-thao.pdf\"");
        byte[] pdf = Pdfs.keep("decision-draft.pdf", response.asByteArray());
        String text = Pdfs.text(pdf);

        assertThat(text, containsString("DỰ THẢO"));
        assertTrue(inOrder(text, "TỈNH LAI CHÂU", "TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU", "Số: /QĐ-",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày tháng năm " + YEAR, "QUYẾT ĐỊNH",
                "Về việc công nhận danh hiệu thi đua năm " + YEAR, "HIỆU TRƯỞNG TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;", "QUYẾT ĐỊNH:", "Điều 1.",
                "Công nhận danh hiệu “Lao động tiên tiến” năm " + YEAR + " cho 2 cá nhân;",
                "Tặng Giấy khen cho 1 tập thể", "Điều 2.", "Điều 3.", "Nơi nhận:", "- Như Điều 3", "- Lưu: VT, TCHC",
                "HIỆU TRƯỞNG", "Lường Văn Thành", "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG",
                "(Kèm theo Quyết định của Hiệu trưởng Trường Chính trị tỉnh Lai Châu)", "STT", "Họ và tên / Tập thể",
                "1 Nguyễn Thị Hương Giảng viên, Khoa Lý luận cơ sở Lao động tiên tiến",
                "2 Phạm Quang Dũng", "3 Khoa Lý luận cơ sở", "Giấy khen", "Tổng cộng: 3 trường hợp"));
        Map<String, Boolean> fonts = Pdfs.fonts(pdf);
        assertThat(fonts.keySet(), everyItem(containsString("LiberationSerif")));
        assertThat(fonts.values(), everyItem(is(true)));
        assertTrue(fonts.size() >= 2, "regular and bold: " + fonts);
    }

    @Test
    void aDraftIsOfferedAsAWordDocumentWithTheSameWords() throws IOException {
        Response response = world.board().accept("*/*").queryParam("format", "docx").get("/api/v1/decisions/" + draft + "/document");
        response.then().statusCode(200).contentType(Documents.DOCX)
                .header("Content-Disposition", "attachment; filename=\"quyet-dinh-du-thao.docx\"");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.asByteArray()))) {
            String body = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(body, stringContainsInOrder("QUYẾT ĐỊNH", "Về việc công nhận danh hiệu thi đua năm " + YEAR,
                    "HIỆU TRƯỞNG TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU", "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
                    "Điều 1. Khen thưởng các cá nhân, tập thể có tên trong danh sách kèm theo, cụ thể:",
                    "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG"));
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables, hasSize(3));
            assertThat(tables.get(0).getText(), stringContainsInOrder("TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU", "Số:", "/QĐ-",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lai Châu, ngày"));
            assertThat(tables.get(1).getText(), stringContainsInOrder("Nơi nhận:", "Lường Văn Thành"));
            XWPFTable list = tables.get(2);
            assertThat(list.getRows(), hasSize(5));
            assertTrue(list.getRow(0).isRepeatHeader());
            assertEquals("Nguyễn Thị Hương", list.getRow(1).getCell(1).getText());
            assertEquals("Tổng cộng: 3 trường hợp", list.getRow(4).getCell(1).getText());
            assertThat(doc.getHeaderList(), not(hasSize(0)));
            assertThat(doc.getProperties().getCoreProperties().getTitle(), startsWith("Quyết định (dự thảo)"));
        }
    }

    @Test
    void aSignedDecisionPrintsItsNumberAndDateAndHasNoDocx() {
        String decision = world.draft(DecisionWorld.LDTT, SIGNED_ON);
        world.add(decision, hương, DecisionWorld.GIAY_KHEN, null).statusCode(201);
        String number = world.signed(decision, SIGNED_ON).getString("number");

        byte[] pdf = world.leader().accept("*/*").get("/api/v1/decisions/" + decision + "/document").then().statusCode(200)
                .extract().asByteArray();
        String text = Pdfs.text(pdf);
        assertThat(text, not(containsString("DỰ THẢO")));
        assertTrue(inOrder(text, "Số: " + number, "Lai Châu, ngày 30 tháng 12 năm " + YEAR,
                "(Kèm theo Quyết định số " + number + " ngày 30/12/" + YEAR));

        Problems.assertProblem(world.board().accept("*/*").queryParam("format", "docx")
                .get("/api/v1/decisions/" + decision + "/document").then(), 409, "CONFLICT");
    }

    @Test
    void certificatesCarryAQrCodeOfTheirLinesPublicVerification() {
        String decision = world.draft(DecisionWorld.LDTT, SIGNED_ON);
        world.add(decision, dũng, DecisionWorld.GIAY_KHEN, "Thành tích đột xuất").statusCode(201);
        world.addUnit(decision, world.faculty, DecisionWorld.GIAY_KHEN, "Thành tích đột xuất").statusCode(201);
        Problems.assertProblem(world.board().accept("*/*").get("/api/v1/decisions/" + decision + "/certificates").then(), 409,
                "CONFLICT");
        world.signed(decision, SIGNED_ON);
        List<Map<String, Object>> lines = world.awardees(decision).getList("items");

        Response all = world.board().accept("*/*").get("/api/v1/decisions/" + decision + "/certificates");
        all.then().statusCode(200).contentType(Documents.PDF);
        byte[] pdf = Pdfs.keep("certificates.pdf", all.asByteArray());
        assertEquals(2, Pdfs.pages(pdf));
        List<String> pages = Pdfs.pageTexts(pdf);
        for (int i = 0; i < 2; i++) {
            String code = (String) lines.get(i).get("verificationCode");
            String url = RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/public/verify/" + code;
            assertThat(Pdfs.qrCodes(pdf, i), contains(url));
            assertThat(pages.get(i), stringContainsInOrder("TẶNG", "GIẤY KHEN", (String) lines.get(i).get("subjectName"),
                    "Quyết định số ", "Mã xác thực: " + code));
            RestAssured.given().get(url).then().statusCode(200);
        }
        assertThat(pages.get(0), stringContainsInOrder("Phạm Quang Dũng", "Giảng viên, Khoa Lý luận cơ sở"));

        String second = (String) lines.get(1).get("id");
        byte[] one = world.board().accept("*/*").get("/api/v1/decisions/" + decision + "/awardees/" + second + "/certificate")
                .then().statusCode(200).extract().asByteArray();
        assertEquals(1, Pdfs.pages(one));
        assertThat(Pdfs.text(one), containsString("Khoa Lý luận cơ sở"));
        assertThat(Pdfs.text(one), not(containsString("Phạm Quang Dũng")));
    }

    @Test
    void aRevocationPrintsWhatItAnnulsWhyAndWhatIsPaidBack() {
        String decision = world.draft(DecisionWorld.LDTT, SIGNED_ON);
        world.add(decision, hương, DecisionWorld.LDTT, null).statusCode(201);
        world.add(decision, dũng, DecisionWorld.LDTT, null).statusCode(201);
        String number = world.signed(decision, SIGNED_ON).getString("number");
        String revoked = world.awardees(decision).getString("items[1].id");
        String revocation = world.leader().header("If-Match", world.etag(decision))
                .body(Map.of("ground", "FORGED_DOSSIER", "reason", "Kết luận thanh tra số 05/KL-TTr",
                        "awardeeIds", List.of(revoked), "decisionDate", SIGNED_ON.plusDays(1).toString(),
                        "title", "Về việc thu hồi danh hiệu Lao động tiên tiến", "signerName", "Nguyễn Thị Hương",
                        "signerPosition", "Phó Hiệu trưởng"))
                .post("/api/v1/decisions/" + decision + ":revoke").then().statusCode(201).extract().path("id");

        String text = Pdfs.text(Pdfs.keep("revocation.pdf", world.board().accept("*/*")
                .get("/api/v1/decisions/" + revocation + "/document").then().statusCode(200).extract()
                .asByteArray()));
        assertTrue(inOrder(text, "Về việc thu hồi danh hiệu Lao động tiên tiến",
                "HIỆU TRƯỞNG TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU", "Điều 1.", "Thu hồi Lao động tiên tiến đã tặng tại "
                        + "Quyết định số " + number + " ngày 30/12/" + YEAR + " của Hiệu trưởng Trường Chính trị tỉnh "
                        + "Lai Châu đối với 1 cá nhân có tên trong danh sách kèm theo.",
                "Lý do: làm giả hồ sơ, giấy tờ, cung cấp thông tin sai sự thật (Kết luận thanh tra số 05/KL-TTr).",
                "Điều 2.", "nộp lại hiện vật khen thưởng và số tiền thưởng đã nhận, tổng số 710.000 đồng.", "Điều 3.",
                "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Nguyễn Thị Hương",
                "DANH SÁCH CÁ NHÂN, TẬP THỂ BỊ THU HỒI DANH HIỆU, HÌNH THỨC KHEN THƯỞNG", "Số tiền thu hồi",
                "1 Phạm Quang Dũng", "710.000", "Tổng cộng: 1 trường hợp"));
        assertThat(text, not(containsString("2 Nguyễn Thị Hương")));

        Problems.assertProblem(world.board().accept("*/*").get("/api/v1/decisions/" + decision + "/awardees/"
                + revoked + "/certificate").then(), 409, "CONFLICT");
        byte[] standing = world.board().accept("*/*").get("/api/v1/decisions/" + decision + "/certificates").then()
                .statusCode(200).extract().asByteArray();
        assertEquals(1, Pdfs.pages(standing));
        assertThat(Pdfs.text(standing), containsString("Nguyễn Thị Hương"));
        Problems.assertProblem(world.board().accept("*/*").get("/api/v1/decisions/" + revocation
                + "/certificates").then(), 409, "CONFLICT");
    }

    @Test
    void anUntitledRevocationCitesTheAnnulledDecisionByNumberDateAndIssuerInItsTitleAndArticle() {
        String decision = world.draft(DecisionWorld.LDTT, SIGNED_ON);
        world.add(decision, hương, DecisionWorld.LDTT, null).statusCode(201);
        // a deputy signs for the head: the decision is still the Hiệu trưởng's
        String number = world.sign(decision, Map.of("decisionDate", SIGNED_ON.toString(), "signerName",
                "Nguyễn Thị Hương", "signerPosition", "Phó Hiệu trưởng")).statusCode(200).extract().path("number");
        String cited = "Quyết định số " + number + " ngày 30/12/" + YEAR + " của Hiệu trưởng Trường Chính trị tỉnh "
                + "Lai Châu";
        var revocation = world.leader().header("If-Match", world.etag(decision))
                .body(Map.of("ground", "FALSIFIED_ACHIEVEMENTS", "reason", "Kết luận thanh tra số 05/KL-TTr",
                        "decisionDate", SIGNED_ON.plusDays(1).toString(), "signerName", "Lường Văn Thành",
                        "signerPosition", "Hiệu trưởng"))
                .post("/api/v1/decisions/" + decision + ":revoke").then().statusCode(201).extract().jsonPath();
        assertEquals("Về việc hủy bỏ " + cited, revocation.getString("title"));

        String text = Pdfs.text(world.board().accept("*/*").get("/api/v1/decisions/" + revocation.getString("id")
                + "/document").then().statusCode(200).extract().asByteArray());
        assertTrue(inOrder(text, "QUYẾT ĐỊNH", "Về việc hủy bỏ " + cited, "HIỆU TRƯỞNG TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU",
                "Điều 1.", "Thu hồi Lao động tiên tiến đã tặng tại " + cited + " đối với 1 cá nhân"));
    }

    @Test
    void aThousandLineListBreaksAcrossPagesWithItsHeaderOnEveryPage() {
        String decision = world.draft(DecisionWorld.LDTT, SIGNED_ON);
        world.add(decision, hương, DecisionWorld.LDTT, null).statusCode(201);
        LongDecisions.lengthen(UUID.fromString(decision), 999);

        byte[] pdf = Pdfs.keep("decision-1000.pdf", world.board().accept("*/*")
                .get("/api/v1/decisions/" + decision + "/document").then().statusCode(200).extract().asByteArray());
        List<String> pages = Pdfs.pageTexts(pdf);
        // the decision itself on page 1, then the list: 18 rows of two lines under its title, 20 on each next page
        assertEquals(1 + 1 + (1000 - 18 + 19) / 20, pages.size());
        assertThat(pages.get(0), not(containsString("STT")));
        int next = 1;
        for (int page = 1; page < pages.size(); page++) {
            String text = pages.get(page);
            assertThat("page " + (page + 1), text, containsString("STT Họ và tên / Tập thể Chức vụ, đơn vị"));
            assertThat("page " + (page + 1), text, containsString(String.valueOf(page + 1)));
            while (next <= 1000 && text.contains(next + (next == 1 ? " Nguyễn Thị Hương" : " Người nhận số " + next))) {
                next++;
            }
        }
        assertEquals(1001, next, "every line once, in order, none lost at a page break");
        assertThat(pages.get(pages.size() - 1), containsString("Tổng cộng: 1000 trường hợp"));
    }

    @Test
    void documentsAreReadOnlyInScopeAndByTheReadingRoles() {
        UUID other = TestOrg.agency("Sở Văn hóa, Thể thao và Du lịch");
        Problems.assertProblem(TestOrg.as(other, Roles.BOARD).accept("*/*").get("/api/v1/decisions/" + draft + "/document").then(), 404,
                "NOT_FOUND");
        Problems.assertProblem(TestOrg.as(world.agency, Roles.MEMBER).accept("*/*").get("/api/v1/decisions/" + draft
                + "/document").then(), 403, "FORBIDDEN");
        Problems.assertProblem(world.board().accept("*/*").queryParam("format", "odt").get("/api/v1/decisions/" + draft
                + "/document").then(), 400, "VALIDATION_FAILED");
        Problems.assertProblem(world.board().accept("*/*").get("/api/v1/decisions/" + UUID.randomUUID() + "/certificates").then(), 404,
                "NOT_FOUND");
    }

    /**
     * Whether the strings appear in this order, each after the one before, whitespace folded to single spaces and
     * words broken after a hyphen joined.
     */
    static boolean inOrder(String text, String... parts) {
        // a line may break after a hyphen inside a word ("1/QĐ-U-" / "B1EC..."): joined again, as a reader does
        String flat = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll("(?<=\\S)- (?=\\S)", "-");
        int from = 0;
        for (String part : parts) {
            int at = flat.indexOf(part.replaceAll("\\s+", " "), from);
            if (at < 0) {
                throw new AssertionError("Not found after position " + from + ": «" + part + "» in:\n" + flat);
            }
            from = at + part.length();
        }
        return true;
    }
}
