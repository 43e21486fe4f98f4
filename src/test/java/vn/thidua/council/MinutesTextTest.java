package vn.thidua.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.thidua.org.SubjectKind;

/**
 * The minutes as the Vietnamese document: a closed session of twelve members with three absent (one without a
 * reason given), a member recused on one item, an item that failed, and a tie at the quota's cap the council settled;
 * then the same session as a draft not yet held.
 */
@QuarkusTest
class MinutesTextTest {

    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";
    static final String CSTDCS_NAME = "Chiến sĩ thi đua cơ sở";
    static final String TEAM = "ADVANCED_COLLECTIVE";
    static final String TEAM_NAME = "Tập thể lao động tiên tiến";
    /** Typed decomposed (a letter, then its marks), as some keyboards and old exports write Vietnamese. */
    static final String DECOMPOSED_NAME = Normalizer.normalize("Giàng Thị Mai", Normalizer.Form.NFD);

    @Inject
    MinutesText minutesText;

    static Minutes.Attendee present(String name, String position, CouncilRole role) {
        return new Minutes.Attendee(UUID.randomUUID(), name, position, role, "PRESENT", null);
    }

    static Minutes.Attendee absent(String name, String position, String reason) {
        return new Minutes.Attendee(UUID.randomUUID(), name, position, CouncilRole.MEMBER, "ABSENT", reason);
    }

    /** The seeded quorum, as the rule sets store it. */
    static final BigDecimal TWO_THIRDS = new BigDecimal("0.6666666666666666");

    /** Voted by secret ballot by the nine present and the three absent in writing, {@code recused} of the present. */
    static Minutes.Item voted(int position, String name, String unit, int approve, int base, String ratio,
            String outcome, String reason, List<String> recused, String standing) {
        Tally tally = new Tally(approve, base - approve, 0, 0, 3);
        return new Minutes.Item(position, UUID.randomUUID(), SubjectKind.PERSON, name, unit, CSTDCS, CSTDCS_NAME,
                "BALLOT", outcome, reason, tally, base, "ALL_MEMBERS", new BigDecimal(ratio), new BigDecimal("0.8"),
                "GTE", 10, true, TWO_THIRDS, recused, standing,
                BallotCount.of(AgendaVotingMode.BALLOT, new Turnout(12, 9, recused.size(), 0), tally, null));
    }

    static Minutes closed() {
        List<Minutes.Attendee> members = List.of(
                present("Lường Văn Thành", "Hiệu trưởng", CouncilRole.CHAIR),
                present("Nguyễn Thị Hằng", "Phó Hiệu trưởng", CouncilRole.VICE_CHAIR),
                present("Đặng Quốc Khánh", "Trưởng phòng Tổ chức - Hành chính", CouncilRole.MEMBER),
                present("Phạm Thị Thu Hương", "Trưởng khoa Lý luận cơ sở", CouncilRole.MEMBER),
                present("Vũ Đức Thắng", "Trưởng khoa Xây dựng Đảng", CouncilRole.MEMBER),
                present("Lò Thị Ngọc", "Chủ tịch Công đoàn", CouncilRole.MEMBER),
                present("Quàng Văn Hải", "Bí thư Đoàn Thanh niên", CouncilRole.MEMBER),
                present("Mùa A Chứ", "Trưởng khoa Dân vận", CouncilRole.MEMBER),
                present("Hà Thị Lụa", "Chuyên viên Phòng Tổ chức - Hành chính", CouncilRole.SECRETARY),
                new Minutes.Attendee(UUID.randomUUID(), "Nguyễn Văn Đức", "Phó Hiệu trưởng",
                        CouncilRole.VICE_CHAIR, "ABSENT", "Đi công tác tại Hà Nội"),
                absent("Bùi Thị Thủy", "Trưởng khoa Nhà nước và Pháp luật", "Nghỉ ốm"),
                absent("Lê Hoàng Yến", "Kế toán trưởng", null));
        List<Minutes.Item> items = List.of(
                voted(1, DECOMPOSED_NAME, "Khoa Lý luận cơ sở", 11, 12, "0.9167", "PASSED", "THRESHOLD_REACHED",
                        List.of(), "WITHIN"),
                voted(2, "Lò Văn Minh", "Khoa Xây dựng Đảng", 10, 12, "0.8333", "PASSED", "THRESHOLD_REACHED",
                        List.of(), "WITHIN"),
                voted(3, "Tao Văn Sơn", "Phòng Đào tạo", 10, 12, "0.8333", "PASSED", "THRESHOLD_REACHED", List.of(),
                        "OVER"),
                voted(4, "Nguyễn Thị Hoa", "Khoa Dân vận", 7, 11, "0.6364", "FAILED", "BELOW_THRESHOLD",
                        List.of("Nguyễn Thị Hằng"), null),
                new Minutes.Item(5, UUID.randomUUID(), SubjectKind.UNIT, "Khoa Lý luận cơ sở",
                        "Trường Chính trị tỉnh Điện Biên", TEAM, TEAM_NAME, "NONE", "PASSED", "NO_VOTE_REQUIRED",
                        null, 0, "ALL_MEMBERS", null, null, null, null, true, TWO_THIRDS, List.of(), null, null));
        List<Minutes.QuotaLine> quotas = List.of(new Minutes.QuotaLine(CSTDCS, CSTDCS_NAME, new BigDecimal("0.15"),
                "ADVANCED_WORKER", 15, 2, 2, List.of("Tao Văn Sơn"), List.of("Lò Văn Minh", "Tao Văn Sơn"),
                "Hội đồng biểu quyết công nhận Lò Văn Minh trong chỉ tiêu (8/9 thành viên có mặt đồng ý)."));
        Minutes.Notes notes = new Minutes.Notes(
                "Đồng chí Lường Văn Thành khai mạc cuộc họp, quán triệt tiêu chuẩn và quy trình xét.",
                "Các thành viên thống nhất với đề nghị của các đơn vị.", null,
                OffsetDateTime.parse("2022-12-15T04:15:00Z"));
        return new Minutes(UUID.randomUUID(), "CLOSED", true, "Trường Chính trị tỉnh Điện Biên",
                "Tỉnh ủy Điện Biên", "Hội đồng Thi đua - Khen thưởng Trường Chính trị tỉnh Điện Biên",
                "Xét thi đua năm 2022", 2022, "99-KH/TCT", "Kế hoạch phát động phong trào thi đua năm 2022",
                OffsetDateTime.parse("2022-12-15T01:30:00Z"), "Hội trường tầng 2, nhà A",
                OffsetDateTime.parse("2022-12-15T03:50:00Z"), OffsetDateTime.parse("2022-12-15T04:20:00Z"),
                "LAW2022_ND152", 12, 9, members, items, quotas, notes, false, false, null);
    }

    @Test
    void theClosedSessionReadsAsTheUsualMinutes() {
        String text = minutesText.render(closed());
        List<String> lines = text.lines().toList();

        assertEquals(List.of(
                "         TỈNH ỦY ĐIỆN BIÊN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "  TRƯỜNG CHÍNH TRỊ TỈNH ĐIỆN BIÊN           Độc lập - Tự do - Hạnh phúc",
                "",
                "                                    BIÊN BẢN",
                "Họp Hội đồng Thi đua - Khen thưởng Trường Chính trị tỉnh Điện Biên (Xét thi đua năm 2022)",
                "",
                "Thời gian: Vào hồi 08 giờ 30 phút, ngày 15 tháng 12 năm 2022.",
                "Địa điểm: Hội trường tầng 2, nhà A.",
                "",
                "I. THÀNH PHẦN",
                "1. Chủ trì: Lường Văn Thành, Hiệu trưởng, Chủ tịch Hội đồng.",
                "2. Thư ký: Hà Thị Lụa, Chuyên viên Phòng Tổ chức - Hành chính, Thư ký Hội đồng.",
                "3. Số thành viên có mặt: 9/12."), lines.subList(0, 13), text);
        assertFalse(text.contains("DỰ THẢO"), "a closed session's minutes are final");
        assertTrue(lines.contains("   - Lường Văn Thành, Hiệu trưởng (Chủ tịch Hội đồng)."), text);
        assertTrue(lines.contains("   - Mùa A Chứ, Trưởng khoa Dân vận."), text);
        assertContains(lines, text,
                "   Vắng mặt: 3.",
                "   - Nguyễn Văn Đức, Phó Hiệu trưởng: Đi công tác tại Hà Nội.",
                "   - Bùi Thị Thủy, Trưởng khoa Nhà nước và Pháp luật: Nghỉ ốm.",
                "   - Lê Hoàng Yến, Kế toán trưởng: không báo lý do.");

        assertContains(lines, text,
                "II. NỘI DUNG",
                "Đồng chí Lường Văn Thành khai mạc cuộc họp, quán triệt tiêu chuẩn và quy trình xét.",
                "Hội đồng xem xét, biểu quyết đề nghị danh hiệu thi đua, hình thức khen thưởng năm 2022 theo Kế hoạch "
                        + "số 99-KH/TCT (Kế hoạch phát động phong trào thi đua năm 2022), gồm:",
                "- Chiến sĩ thi đua cơ sở: 4 trường hợp;",
                "- Tập thể lao động tiên tiến: 1 trường hợp.",
                "Ý kiến thảo luận: Các thành viên thống nhất với đề nghị của các đơn vị.");
        assertContains(lines, text,
                "1. Chiến sĩ thi đua cơ sở",
                "Tỷ lệ phiếu đồng ý cần đạt: ≥ 80% tổng số thành viên Hội đồng (không tính thành viên không tham gia "
                        + "biểu quyết).",
                "Số thành viên có mặt: 9/12, đủ tối thiểu hai phần ba tổng số thành viên để biểu quyết.",
                "STT | Họ và tên / Tập thể | Đơn vị             | Số phiếu đồng ý / cơ sở tính | Tỷ lệ  | Kết quả",
                "----+---------------------+--------------------+------------------------------+--------+---------------------",
                "1   | Giàng Thị Mai       | Khoa Lý luận cơ sở | 11/12                        | 91,67% | Đạt (trong chỉ tiêu)",
                "2   | Lò Văn Minh         | Khoa Xây dựng Đảng | 10/12                        | 83,33% | Đạt (trong chỉ tiêu)",
                "3   | Tao Văn Sơn         | Phòng Đào tạo      | 10/12                        | 83,33% | Đạt (vượt chỉ tiêu)",
                "4   | Nguyễn Thị Hoa      | Khoa Dân vận       | 7/11                         | 63,64% | Không đạt",
                "Không tham gia biểu quyết trường hợp số 4 (Nguyễn Thị Hoa): Nguyễn Thị Hằng.",
                "Kết quả kiểm phiếu trường hợp số 1 (Giàng Thị Mai): số thành viên Hội đồng: 12; có mặt: 9; số phiếu "
                        + "phát ra: 12; số phiếu thu về: 12 (trong đó 3 phiếu bằng văn bản của thành viên vắng mặt); "
                        + "số phiếu hợp lệ: 12; đồng ý: 11; không đồng ý: 1; không biểu quyết: 0.",
                "Kết quả kiểm phiếu trường hợp số 2 (Lò Văn Minh): số thành viên Hội đồng: 12; có mặt: 9; số phiếu "
                        + "phát ra: 12; số phiếu thu về: 12 (trong đó 3 phiếu bằng văn bản của thành viên vắng mặt); "
                        + "số phiếu hợp lệ: 12; đồng ý: 10; không đồng ý: 2; không biểu quyết: 0.",
                "Kết quả kiểm phiếu trường hợp số 3 (Tao Văn Sơn): số thành viên Hội đồng: 12; có mặt: 9; số phiếu "
                        + "phát ra: 12; số phiếu thu về: 12 (trong đó 3 phiếu bằng văn bản của thành viên vắng mặt); "
                        + "số phiếu hợp lệ: 12; đồng ý: 10; không đồng ý: 2; không biểu quyết: 0.",
                "Kết quả kiểm phiếu trường hợp số 4 (Nguyễn Thị Hoa): số thành viên Hội đồng: 12; có mặt: 9; số phiếu "
                        + "phát ra: 11; số phiếu thu về: 11 (trong đó 3 phiếu bằng văn bản của thành viên vắng mặt); "
                        + "số phiếu hợp lệ: 11; đồng ý: 7; không đồng ý: 4; không biểu quyết: 0.");
        assertContains(lines, text,
                "2. Tập thể lao động tiên tiến",
                "Danh hiệu không cần bỏ phiếu: Hội đồng xem xét, nhất trí.",
                "Số thành viên có mặt: 9/12, đủ tối thiểu hai phần ba tổng số thành viên để biểu quyết.",
                "STT | Họ và tên / Tập thể | Đơn vị                          | Số phiếu đồng ý / cơ sở tính | Tỷ lệ | Kết quả",
                "----+---------------------+---------------------------------+------------------------------+-------+------------------------",
                "1   | Khoa Lý luận cơ sở  | Trường Chính trị tỉnh Điện Biên | —                            | —     | Đạt (Hội đồng nhất trí)",
                "");
        assertFalse(text.contains("Kết quả kiểm phiếu trường hợp số 1 (Khoa Lý luận cơ sở)"),
                "an item decided without a vote has no ballots to count");
        assertContains(lines, text,
                "Chỉ tiêu khen thưởng:",
                "- Chiến sĩ thi đua cơ sở: 15% số cá nhân đạt Lao động tiên tiến (15), tối đa 2; trong chỉ tiêu: 2; "
                        + "vượt chỉ tiêu: Tao Văn Sơn; bằng tỷ lệ phiếu tại ngưỡng chỉ tiêu: Lò Văn Minh, Tao Văn Sơn.",
                "  Hội đồng giải quyết trường hợp bằng phiếu: Hội đồng biểu quyết công nhận Lò Văn Minh trong chỉ tiêu "
                        + "(8/9 thành viên có mặt đồng ý).");
        assertContains(lines, text,
                "III. KẾT LUẬN",
                "Hội đồng thống nhất kết quả biểu quyết:",
                "- Chiến sĩ thi đua cơ sở: 3/4 trường hợp đạt, trong đó 1 trường hợp vượt chỉ tiêu;",
                "- Tập thể lao động tiên tiến: 1/1 trường hợp đạt.",
                "",
                "Cuộc họp kết thúc vào hồi 11 giờ 15 phút cùng ngày.",
                "",
                "                 THƯ KÝ                                 CHỦ TỊCH",
                "",
                "",
                "",
                "               Hà Thị Lụa                           Lường Văn Thành");
        assertEquals("               Hà Thị Lụa                           Lường Văn Thành", lines.get(lines.size() - 1));
    }

    @Test
    void everyNameKeepsItsDiacriticsInComposedForm() {
        Minutes minutes = closed();
        String text = minutesText.render(minutes);
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text);
        assertFalse(text.contains(DECOMPOSED_NAME), "the decomposed input is written composed");
        List<String> names = new ArrayList<>();
        minutes.members().forEach(m -> names.add(m.fullName()));
        minutes.items().forEach(i -> names.add(i.subjectName()));
        minutes.items().forEach(i -> names.add(i.unitName()));
        names.add(minutes.agencyName());
        names.add(minutes.sessionName());
        for (String name : names) {
            String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
            assertTrue(text.contains(composed), composed + " is missing");
        }
    }

    @Test
    void aDraftIsMarkedAndLeavesWhatIsNotKnownBlank() {
        Minutes closed = closed();
        List<Minutes.Attendee> unrecorded = closed.members().stream()
                .map(m -> new Minutes.Attendee(m.memberId(), m.fullName(), m.position(), m.role(), "UNRECORDED",
                        null)).toList();
        List<Minutes.Item> open = closed.items().stream()
                .map(i -> new Minutes.Item(i.position(), i.itemId(), i.subjectKind(), i.subjectName(), i.unitName(),
                        i.awardCode(), i.awardName(), i.votingMode(), null, null, null, null, i.baseKind(), null,
                        i.minRatio(), i.comparison(), null, null, null, List.of(), null, null))
                .toList();
        Minutes draft = new Minutes(closed.sessionId(), "PLANNED", false, closed.agencyName(), null,
                closed.councilName(), closed.sessionName(), 2022, null, null, null, null, null, null, null, 12, 0,
                unrecorded, open, List.of(), null, false, false, null);
        String text = minutesText.render(draft);
        List<String> lines = text.lines().toList();
        assertEquals(List.of(
                "                                    DỰ THẢO",
                "  TRƯỜNG CHÍNH TRỊ TỈNH ĐIỆN BIÊN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "                                            Độc lập - Tự do - Hạnh phúc"), lines.subList(0, 3));
        assertContains(lines, text,
                "Thời gian: Vào hồi …… giờ …… phút, ngày …… tháng …… năm …….",
                "Địa điểm: …….");
        assertContains(lines, text, "   Chưa ghi nhận có mặt: 12.");
        assertTrue(lines.contains("Hội đồng xem xét, biểu quyết đề nghị danh hiệu thi đua, hình thức khen thưởng "
                + "năm 2022, gồm:"), text);
        assertTrue(lines.contains("Số thành viên có mặt: 0/12."), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("4   | Nguyễn Thị Hoa") && l.endsWith("| Chưa biểu quyết")),
                text);
        assertTrue(lines.contains("- Chiến sĩ thi đua cơ sở: 0/4 trường hợp đạt;"), text);
        assertFalse(text.contains("Kết quả kiểm phiếu"), "nothing is counted before voting closes");
        assertTrue(lines.contains("Cuộc họp kết thúc vào hồi …… giờ …… phút, ngày …… tháng …… năm …….") , text);
    }

    @Test
    void minutesWithNothingRecordedYetStillRender() {
        Minutes empty = new Minutes(UUID.randomUUID(), "PLANNED", false, null, null, null, null, 2026, null, null,
                null, null, null, null, null, 0, 0, null, null, null, null, false, false, null);
        List<String> lines = minutesText.render(empty).lines().toList();
        assertEquals("                                    DỰ THẢO", lines.get(0));
        assertTrue(lines.contains(" ".repeat(21) + "Họp Hội đồng Thi đua - Khen thưởng ……"), lines.toString());
        assertTrue(lines.contains("1. Chủ trì: ……, Chủ tịch Hội đồng."), lines.toString());
        assertTrue(lines.contains("III. KẾT LUẬN"), lines.toString());
    }

    @Test
    void percentagesAreWrittenTheVietnameseWay() {
        assertEquals("90%", MinutesText.percent(new BigDecimal("0.9")));
        assertEquals("90%", MinutesText.percent(new BigDecimal("0.9000")));
        assertEquals("83,33%", MinutesText.percent(new BigDecimal("0.8333")));
        assertEquals("66,67%", MinutesText.percent(new BigDecimal("0.6666666666666666")));
        assertEquals("15%", MinutesText.percent(new BigDecimal("0.15")));
        assertEquals("100%", MinutesText.percent(BigDecimal.ONE));
        assertEquals("12,5%", MinutesText.percent(new BigDecimal("0.125")));
    }

    @Test
    void aQuorumIsWordedAsTheAgencyConfiguredIt() {
        assertEquals("hai phần ba", MinutesText.share(TWO_THIRDS));
        assertEquals("hai phần ba", MinutesText.share(new BigDecimal("0.666666666666666667")));
        assertEquals("50%", MinutesText.share(new BigDecimal("0.5")));
        assertEquals("66,67%", MinutesText.share(new BigDecimal("0.6667")));
    }

    /** {@code expected} appear in {@code lines} one after another, in this order. */
    private static void assertContains(List<String> lines, String text, String... expected) {
        List<String> wanted = List.of(expected);
        for (int i = 0; i + wanted.size() <= lines.size(); i++) {
            if (lines.subList(i, i + wanted.size()).equals(wanted)) {
                return;
            }
        }
        assertEquals(String.join("\n", wanted), text, "these lines in a row");
    }
}
