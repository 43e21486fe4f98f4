package vn.thidua.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.PlanParts;
import vn.thidua.plan.PlanResponses;
import vn.thidua.plan.PlanStatus;

/** How a plan is worded when parts are missing: the numbering closes up, a draft keeps its number's symbol. */
class PlanPapersTest {

    private static final PlanResponses.UnitRef SCHOOL = new PlanResponses.UnitRef(UUID.randomUUID(), "TCT",
            "Trường Chính trị tỉnh Lai Châu");
    private static final Letterhead HEAD = new Letterhead("TỈNH LAI CHÂU", "TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU",
            "Lai Châu", false);

    private static PlanPapers.Source plan(String number, PlanStatus status, String theme, List<String> purposes,
            List<PlanParts.Duty> duties) {
        return new PlanPapers.Source(UUID.randomUUID(), number, "Phát động thi đua năm 2022", SCHOOL,
                LocalDate.of(2022, 2, 16), null, 2022, LocalDate.of(2022, 1, 1), null, theme,
                List.of(new PlanParts.LegalBasis("Chỉ thị số 03/CT-UBND", null)), purposes,
                List.of(new PlanParts.ContentItem(null, "Thi đua dạy tốt.\nThi đua học tốt.")),
                List.of(new PlanParts.Movement("GD5T", "Giảng dạy tốt", null)), duties, List.of("Lưu: VT;"),
                new PlanParts.Signer("Lò Văn Minh", "Phó Hiệu trưởng"), List.of(), status);
    }

    @Test
    void missingPartsCloseUpTheNumbering() {
        PlanPaper paper = PlanPapers.of(plan("99-KH/TCT", PlanStatus.ISSUED, null, List.of(),
                List.of(new PlanParts.Duty("Các khoa, phòng", "Triển khai kế hoạch."))), HEAD);
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
}
