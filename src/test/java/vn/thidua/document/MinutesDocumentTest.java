package vn.thidua.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.document.DecisionDocumentTest.inOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import vn.thidua.common.Roles;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.council.CouncilFixtures.Voter;
import vn.thidua.council.CouncilRole;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

/**
 * A council session's minutes printed: a draft before the vote (watermarked, no result yet), then the closed session
 * with one member absent, a title passed and one not, worded as the plain-text minutes word them, each title's
 * results in a table; read only by the roles that read the minutes, inside the agency.
 */
@QuarkusTest
class MinutesDocumentTest {

    private static final String SESSIONS = "/api/v1/council-sessions/";
    private static final String GRASSROOTS = "GRASSROOTS_EMULATION_FIGHTER";

    CouncilFixtures f;
    List<Voter> present;
    Voter absent;
    String session;
    String hương;
    String dũng;

    @BeforeEach
    void sessionWithTwoCandidates() {
        UUID province = TestOrg.unit(TestOrg.root(), "Tỉnh Lai Châu", "PROVINCE");
        f = new CouncilFixtures(TestOrg.unit(province, "Trường Chính trị tỉnh Lai Châu", "AGENCY"));
        present = new ArrayList<>(List.of(
                f.member(CouncilRole.CHAIR, "Lường Văn Thành", f.department, null, Roles.COUNCIL),
                f.member(CouncilRole.MEMBER, "Tao Thị Hoa", f.department, null, Roles.COUNCIL),
                f.member(CouncilRole.MEMBER, "Lò Văn Minh", f.department, null, Roles.COUNCIL),
                f.member(CouncilRole.SECRETARY, "Lò Thị Hương", f.department, null, Roles.COUNCIL)));
        absent = f.member(CouncilRole.MEMBER, "Đèo Văn Sơn", f.department, null, Roles.COUNCIL);
        session = f.session2024();
        hương = f.item(session, f.evaluation(f.person("Nguyễn Thị Hương"), "Nguyễn Thị Hương", GRASSROOTS), GRASSROOTS,
                null);
        dũng = f.item(session, f.evaluation(f.person("Phạm Quang Dũng"), "Phạm Quang Dũng", GRASSROOTS), GRASSROOTS,
                null);
    }

    @Test
    void beforeTheVoteTheMinutesAreADraft() {
        Response response = f.board().accept("*/*").get(SESSIONS + session + "/minutes/document");
        response.then().statusCode(200).contentType(Documents.PDF)
                .header("Content-Disposition", "attachment; filename=\"bien-ban-" + session + ".pdf\"");
        byte[] pdf = Pdfs.keep("minutes-draft.pdf", response.asByteArray());
        for (String page : Pdfs.pageTexts(pdf)) {
            assertThat(page, containsString("DỰ THẢO"));
        }
        assertTrue(inOrder(Pdfs.text(pdf), "BIÊN BẢN", "I. THÀNH PHẦN", "II. NỘI DUNG", "1. Chiến sĩ thi đua cơ sở",
                "1 Nguyễn Thị Hương", "Chưa biểu quyết", "2 Phạm Quang Dũng", "Chưa biểu quyết", "III. KẾT LUẬN"));
    }

    @Test
    void aClosedSessionPrintsItsMinutesAsTheTextWordsThem() {
        f.attendance(session, present, List.of(absent));
        f.act(session, "open-voting").statusCode(200);
        present.forEach(m -> CouncilFixtures.vote(m, session, hương, "APPROVE"));
        present.forEach(m -> CouncilFixtures.vote(m, session, dũng, m == present.get(0) ? "APPROVE" : "REJECT"));
        f.act(session, "close-voting").statusCode(200);
        f.board().header("If-Match", f.etag(session)).body(Map.of("opinions", "Các thành viên nhất trí với đề nghị.",
                "endedAt", CouncilFixtures.MEETING_2024.plusHours(2).plusMinutes(30).toString()))
                .put(SESSIONS + session + "/notes").then().statusCode(200);
        f.act(session, "close").statusCode(200);

        Response response = present.get(1).as().accept("*/*").get(SESSIONS + session + "/minutes/document");
        response.then().statusCode(200).contentType(Documents.PDF);
        byte[] pdf = Pdfs.keep("minutes-closed.pdf", response.asByteArray());
        String text = Pdfs.text(pdf);
        assertThat(text, not(containsString("DỰ THẢO")));
        assertTrue(inOrder(text, "TỈNH LAI CHÂU", "TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN",
                "Họp Hội đồng Thi đua - Khen thưởng Trường Chính trị tỉnh Lai Châu (Phiên họp xét thi đua)",
                "Thời gian: Vào hồi 08 giờ 00 phút, ngày 20 tháng 12 năm 2024.", "Địa điểm: Phòng họp tầng 3.",
                "I. THÀNH PHẦN", "1. Chủ trì: Lường Văn Thành, Giám đốc Sở, Chủ tịch Hội đồng.",
                "2. Thư ký: Lò Thị Hương, Chuyên viên, Thư ký Hội đồng.", "3. Số thành viên có mặt: 4/5.",
                "Vắng mặt: 1.", "- Đèo Văn Sơn, Chuyên viên: Đi công tác.", "II. NỘI DUNG",
                "- Chiến sĩ thi đua cơ sở: 2 trường hợp.", "Ý kiến thảo luận: Các thành viên nhất trí với đề nghị.",
                "1. Chiến sĩ thi đua cơ sở", "STT", "Họ và tên / Tập thể", "Đơn vị", "Số phiếu đồng ý / cơ sở tính",
                "Tỷ lệ", "Kết quả", "1 Nguyễn Thị Hương Phòng Giáo dục Trung học 4/5 80% Đạt",
                "2 Phạm Quang Dũng Phòng Giáo dục Trung học 1/5 20% Không đạt",
                "Kết quả kiểm phiếu trường hợp số 1 (Nguyễn Thị Hương): số thành viên Hội đồng: 5; có mặt: 4; số phiếu "
                        + "phát ra: 4; số phiếu thu về: 4; số phiếu hợp lệ: 4; đồng ý: 4; không đồng ý: 0; không biểu "
                        + "quyết: 0.",
                "Kết quả kiểm phiếu trường hợp số 2 (Phạm Quang Dũng): số thành viên Hội đồng: 5; có mặt: 4; số phiếu "
                        + "phát ra: 4; số phiếu thu về: 4; số phiếu hợp lệ: 4; đồng ý: 1; không đồng ý: 3; không biểu "
                        + "quyết: 0.", "III. KẾT LUẬN",
                "- Chiến sĩ thi đua cơ sở: 1/2 trường hợp đạt.",
                "Cuộc họp kết thúc vào hồi 10 giờ 30 phút cùng ngày.", "THƯ KÝ", "CHỦ TỊCH"));

        // every sentence of the plain-text minutes is in the PDF, word for word (the tables are laid out apart)
        String flat = flat(text);
        String plain = f.board().accept("text/plain").get(SESSIONS + session + "/minutes:download").then()
                .statusCode(200).extract().asString();
        List<String> lines = plain.lines().map(String::strip).toList();
        for (String line : lines.subList(lines.indexOf("BIÊN BẢN"), lines.indexOf("III. KẾT LUẬN") + 3)) {
            if (!line.isEmpty() && !line.contains(" | ") && !line.startsWith("---")) {
                assertThat(flat, containsString(flat(line)));
            }
        }
    }

    @Test
    void aPaperVotePrintsItsBallotsIssuedReturnedAndValidInTheTextAndThePdf() {
        String giấy = f.item(session, f.evaluation(f.person("Lò Văn Giấy"), "Lò Văn Giấy", GRASSROOTS), GRASSROOTS,
                "PAPER");
        f.attendance(session, present, List.of(absent));
        f.act(session, "open-voting").statusCode(200);
        // five ballots: four handed out in the room, three came back (one spoilt), and the absent member's in writing
        f.board().header("If-Match", f.itemEtag(session, giấy)).body(Map.of("approve", 3, "reject", 0, "abstain", 0,
                "spoilt", 1, "written", 1, "issued", 5)).put(SESSIONS + session + "/agenda/" + giấy + "/tally").then()
                .statusCode(200);
        f.act(session, "close-voting").statusCode(200);

        String count = "Kết quả kiểm phiếu trường hợp số 3 (Lò Văn Giấy): số thành viên Hội đồng: 5; có mặt: 4; số "
                + "phiếu phát ra: 5; số phiếu thu về: 4 (trong đó 1 phiếu bằng văn bản của thành viên vắng mặt); số "
                + "phiếu hợp lệ: 3; đồng ý: 3; không đồng ý: 0; không biểu quyết: 0.";
        String plain = f.board().accept("text/plain").get(SESSIONS + session + "/minutes:download").then()
                .statusCode(200).extract().asString();
        assertTrue(plain.lines().anyMatch(count::equals), plain);
        String text = Pdfs.text(Pdfs.keep("minutes-paper.pdf", f.board().accept("*/*")
                .get(SESSIONS + session + "/minutes/document").then().statusCode(200).extract().asByteArray()));
        assertTrue(inOrder(text, "3 Lò Văn Giấy", "Kết quả kiểm phiếu trường hợp số 1 (Nguyễn Thị Hương)",
                "số phiếu phát ra: 4; số phiếu thu về: 0; số phiếu hợp lệ: 0", count, "III. KẾT LUẬN"));
    }

    @Test
    void theMinutesAreReadInTheAgencyByTheRolesThatReadThem() {
        Problems.assertProblem(TestOrg.as(f.agency, Roles.MEMBER).accept("*/*")
                .get(SESSIONS + session + "/minutes/document").then(), 403, "FORBIDDEN");
        UUID other = TestOrg.agency("Sở Văn hóa, Thể thao và Du lịch");
        Problems.assertProblem(TestOrg.as(other, Roles.BOARD).accept("*/*")
                .get(SESSIONS + session + "/minutes/document").then(), 404, "NOT_FOUND");
        Problems.assertProblem(f.board().accept("*/*").get(SESSIONS + UUID.randomUUID() + "/minutes/document")
                .then(), 404, "NOT_FOUND");
        TestOrg.as(f.agency, Roles.LEADER).accept("*/*").get(SESSIONS + session + "/minutes/document").then()
                .statusCode(200).contentType(Documents.PDF);
    }

    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
