package vn.thidua.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.PlanParts;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanStatus;

/**
 * How a plan is worded: when parts are missing the numbering closes up and a draft keeps its number's symbol; each
 * thing is printed once (a movement the content names, the phases under the duty introducing them); the closing
 * paragraph is no duty.
 */
class PlanPapersTest {

    private static final PlanResponses.UnitRef SCHOOL = new PlanResponses.UnitRef(UUID.randomUUID(), "TCT",
            "Trường Chính trị tỉnh Lai Châu");
    private static final Letterhead HEAD = new Letterhead("TỈNH LAI CHÂU", "TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU",
            "Lai Châu", false);

    private static final List<PlanResponses.PhaseView> PHASES = List.of(phase(1, "2022-02-01", "2022-06-30"),
            phase(2, "2022-07-01", "2022-12-31"));

    private static PlanResponses.PhaseView phase(int number, String from, String to) {
        return new PlanResponses.PhaseView(UUID.randomUUID(), null, number, "Đợt " + number, "Khẩu hiệu " + number,
                LocalDate.parse(from), LocalDate.parse(to), List.of(), null, null, null, null, 0);
    }

    private static PlanPapers.Source plan(String number, PlanStatus status, String theme, List<String> purposes,
            List<PlanParts.Duty> duties) {
        return plan(number, status, theme, purposes, "Thi đua dạy tốt.\nThi đua học tốt.", duties, null, List.of());
    }

    private static PlanPapers.Source plan(String number, PlanStatus status, String theme, List<String> purposes,
            String content, List<PlanParts.Duty> duties, String closing, List<PlanResponses.PhaseView> phases) {
        return new PlanPapers.Source(UUID.randomUUID(), number, "Phát động thi đua năm 2022", SCHOOL,
                LocalDate.of(2022, 2, 16), null, 2022, LocalDate.of(2022, 1, 1), null, theme,
                List.of(new PlanParts.LegalBasis("Chỉ thị số 03/CT-UBND", null)), purposes,
                List.of(new PlanParts.ContentItem(null, content)),
                List.of(new PlanParts.Movement("GD5T", "Giảng dạy tốt", null)), duties, closing, List.of("Lưu: VT;"),
                new PlanParts.Signer("Lò Văn Minh", "Phó Hiệu trưởng"), phases, status);
    }

    private static List<String> headings(PlanPaper.Part part) {
        return part.sections().stream().map(s -> s.label() + " " + (s.heading() == null ? s.lead() : s.heading()))
                .toList();
    }

    @Test
    void missingPartsCloseUpTheNumbering() {
        PlanPaper paper = PlanPapers.of(plan("99-KH/TCT", PlanStatus.ISSUED, null, List.of(),
                List.of(new PlanParts.Duty("Các khoa, phòng", "Triển khai kế hoạch.", null))), HEAD);
        assertEquals(List.of("I.", "II."), paper.parts().stream().map(PlanPaper.Part::label).toList());
        PlanPaper.Part contents = paper.parts().get(0);
        assertEquals("NỘI DUNG PHONG TRÀO THI ĐUA", contents.heading());
        assertEquals(List.of("1. Nội dung thi đua", "2. Các phong trào thi đua"), contents.sections().stream()
                .map(s -> s.label() + " " + s.heading()).toList());
        PlanPaper.Item item = contents.sections().get(0).items().get(0);
        assertEquals("1.1. Thi đua dạy tốt. | Thi đua học tốt.", item.label() + " " + item.lead() + " | "
                + String.join(" ", item.paragraphs()));
        assertEquals(List.of("Thực hiện Chỉ thị số 03/CT-UBND;"), paper.preamble());
        assertEquals(List.of("Lưu: VT."), paper.recipients());
        assertEquals("Số: 99-KH/TCT", paper.numberLine());
        assertEquals("Lai Châu, ngày 16 tháng 02 năm 2022", paper.placeAndDate());
        assertEquals("KT. HIỆU TRƯỞNG", paper.signature().onBehalf());
    }

    @Test
    void aDraftKeepsItsNumbersSymbolOrTakesTheUnitsCode() {
        PlanPaper numbered = PlanPapers.of(plan("99-KH/TCT", PlanStatus.DRAFT, "Đoàn kết", List.of("Động viên."),
                List.of()), HEAD);
        assertEquals("Số:" + Letterhead.BLANK + "-KH/TCT", numbered.numberLine());
        assertEquals("Lai Châu, ngày" + Letterhead.BLANK + "tháng" + Letterhead.BLANK + "năm 2022",
                numbered.placeAndDate());
        assertEquals("Kế hoạch (dự thảo) phát động thi đua năm 2022", numbered.documentTitle());
        PlanPaper unnumbered = PlanPapers.of(plan(null, PlanStatus.DRAFT, "Đoàn kết", List.of(), List.of()), HEAD);
        assertEquals("Số:" + Letterhead.BLANK + "/KH-TCT", unnumbered.numberLine());
        assertEquals("1. Chủ đề thi đua", unnumbered.parts().get(0).sections().get(0).label() + " "
                + unnumbered.parts().get(0).sections().get(0).heading());
    }

    @Test
    void aMovementTheContentAlreadyNamesIsNotListedAgain() {
        PlanPaper named = PlanPapers.of(plan("99-KH/TCT", PlanStatus.ISSUED, null, List.of(),
                "Cụ thể hóa thành phong trào “Giảng   dạy tốt”.", List.of(), null, List.of()), HEAD);
        assertEquals(List.of("1. Nội dung thi đua"), headings(named.parts().get(0)));
    }

    @Test
    void thePhasesStandUnderTheDutyThatIntroducesThemAndNowhereElse() {
        List<PlanParts.Duty> duties = List.of(new PlanParts.Duty(null, "Tổ chức đánh giá.", null),
                new PlanParts.Duty(null, "Hội đồng phát động 02 đợt thi đua sau:", true));
        PlanPaper paper = PlanPapers.of(plan("99-KH/TCT", PlanStatus.ISSUED, null, List.of(), "Thi đua dạy tốt.",
                duties, null, PHASES), HEAD);
        assertEquals(List.of("1. Nội dung thi đua", "2. Các phong trào thi đua"), headings(paper.parts().get(0)));
        PlanPaper.Section introducing = paper.parts().get(1).sections().get(1);
        assertEquals("2. Hội đồng phát động 02 đợt thi đua sau:", introducing.label() + " " + introducing.lead());
        assertEquals(List.of("Đợt 1: Từ ngày 01/02/2022 đến ngày 30/06/2022, với chủ đề “Khẩu hiệu 1”.",
                "Đợt 2: Từ ngày 01/07/2022 đến ngày 31/12/2022, với chủ đề “Khẩu hiệu 2”."),
                introducing.items().stream().map(i -> i.label() + " " + i.lead()).toList());

        PlanPaper inContents = PlanPapers.of(plan("99-KH/TCT", PlanStatus.ISSUED, null, List.of(), "Thi đua dạy tốt.",
                List.of(new PlanParts.Duty(null, "Tổ chức đánh giá.", null)), null, PHASES), HEAD);
        assertEquals(List.of("1. Nội dung thi đua", "2. Các phong trào thi đua", "3. Các đợt thi đua"),
                headings(inContents.parts().get(0)), "no duty introduces them: part II lists them");
        assertEquals(List.of(), inContents.parts().get(1).sections().get(0).items());
    }

    @Test
    void theClosingParagraphIsNoDuty() {
        PlanPaper paper = PlanPapers.of(plan("99-KH/TCT", PlanStatus.ISSUED, null, List.of(), "Thi đua dạy tốt.",
                List.of(new PlanParts.Duty(null, "Tổ chức đánh giá.", null)),
                "Trên đây là Kế hoạch phát động thi đua năm 2022.", List.of()), HEAD);
        assertEquals(List.of("1. Tổ chức đánh giá."), headings(paper.parts().get(1)));
        assertEquals(List.of("Trên đây là Kế hoạch phát động thi đua năm 2022."), paper.closing());
    }
}
