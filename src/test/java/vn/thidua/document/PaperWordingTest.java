package vn.thidua.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitKind;
import vn.thidua.org.UnitLetterhead;

/** How documents write dates, amounts, letterheads and signatures, as Nghị định 30/2020 and practice do. */
class PaperWordingTest {

    @Test
    void datesHaveALeadingZeroForDaysBelowTenAndForJanuaryAndFebruaryOnly() {
        assertEquals("ngày 05 tháng 01 năm 2022", Paper.longDate(LocalDate.of(2022, 1, 5)));
        assertEquals("ngày 16 tháng 02 năm 2022", Paper.longDate(LocalDate.of(2022, 2, 16)));
        assertEquals("ngày 09 tháng 3 năm 2022", Paper.longDate(LocalDate.of(2022, 3, 9)));
        assertEquals("ngày 30 tháng 12 năm 2022", Paper.longDate(LocalDate.of(2022, 12, 30)));
        assertEquals("30/12/2022", Paper.shortDate(LocalDate.of(2022, 12, 30)));
        assertEquals("", Paper.shortDate(null));
    }

    @Test
    void amountsAreGroupedByThousandsWithDots() {
        assertEquals("0", Paper.vnd(0));
        assertEquals("710.000", Paper.vnd(710_000));
        assertEquals("5.540.000", Paper.vnd(5_540_000));
        assertEquals("1.000.000.000", Paper.vnd(1_000_000_000));
        assertEquals("-450.000", Paper.vnd(-450_000));
    }

    @Test
    void theLetterheadSkipsTheInstallationsRootAndTakesThePlaceFromTheProvince() {
        var root = unit("Toàn hệ thống", UnitKind.PROVINCE);
        var province = unit("Tỉnh Lai Châu", UnitKind.PROVINCE);
        var school = unit("Trường Chính trị tỉnh Lai Châu", UnitKind.AGENCY);

        Letterhead head = Letterhead.of(List.of(root, province, school), "Trường Chính trị tỉnh Lai Châu");
        assertEquals("TỈNH LAI CHÂU", head.governing());
        assertEquals("TRƯỜNG CHÍNH TRỊ TỈNH LAI CHÂU", head.issuing());
        assertEquals("Lai Châu", head.place());
        assertEquals("Lai Châu, ngày 30 tháng 12 năm 2022", head.placeAndDate(LocalDate.of(2022, 12, 30), 2022));
        assertEquals("Lai Châu, ngày" + Letterhead.BLANK + "tháng" + Letterhead.BLANK + "năm 2022",
                head.placeAndDate(null, 2022));

        Letterhead provincial = Letterhead.of(List.of(root, province), "Ủy ban nhân dân tỉnh Lai Châu");
        assertNull(provincial.governing());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", provincial.issuing());

        Letterhead underRoot = Letterhead.of(List.of(root, school), "Trường Chính trị tỉnh Lai Châu");
        assertNull(underRoot.governing());
        assertNull(underRoot.place());
        assertEquals("ngày 30 tháng 12 năm 2022", underRoot.placeAndDate(LocalDate.of(2022, 12, 30), 2022));

        assertEquals("Hà Nội", Letterhead.placeName("Thành phố Hà Nội"));
        assertEquals("Điện Biên", Letterhead.placeName("tỉnh Điện Biên"));
        assertEquals("Lai Châu", Letterhead.placeName("Lai Châu"));
    }

    @Test
    void aPartyBodyPrintsItsOwnNamesAndThePartysStyle() {
        var root = unit("Toàn hệ thống", UnitKind.PROVINCE);
        var province = unit("Tỉnh Lai Châu", UnitKind.PROVINCE);
        var school = new OrgDirectory.Letterhead(UUID.randomUUID(), "TCT", "Trường Chính trị tỉnh Lai Châu",
                UnitKind.AGENCY, new UnitLetterhead(UnitLetterhead.Style.PARTY, "Tỉnh ủy Lai Châu", "Trường Chính trị"));

        Letterhead head = Letterhead.of(List.of(root, province, school), "Trường Chính trị tỉnh Lai Châu");
        assertEquals("TỈNH ỦY LAI CHÂU", head.governing());
        assertEquals("TRƯỜNG CHÍNH TRỊ", head.issuing());
        assertEquals("Lai Châu", head.place());
        assertTrue(head.party());
        assertEquals("Số 99-KH/TCT", head.numberLine("99-KH/TCT", "-KH/TCT"));
        assertEquals("Số" + Letterhead.BLANK + "-KH/TCT", head.numberLine(null, "-KH/TCT"));

        Letterhead state = Letterhead.of(List.of(root, province, unit("Sở Nội vụ", UnitKind.AGENCY)), "Sở Nội vụ");
        assertFalse(state.party());
        assertEquals("Số: 12/QĐ-SNV", state.numberLine("12/QĐ-SNV", "/QĐ-SNV"));
        assertEquals("Số:" + Letterhead.BLANK + "/QĐ-SNV", state.numberLine(" ", "/QĐ-SNV"));
    }

    @Test
    void aDeputySignsOnTheHeadsBehalf() {
        Signature deputy = Signature.of("Phó Hiệu trưởng", "Nguyễn Thị Hương");
        assertEquals("KT. HIỆU TRƯỞNG", deputy.onBehalf());
        assertEquals("PHÓ HIỆU TRƯỞNG", deputy.position());
        assertEquals("Hiệu trưởng", deputy.headTitle());

        Signature head = Signature.of("Hiệu trưởng", "Lường Văn Thành");
        assertNull(head.onBehalf());
        assertEquals("HIỆU TRƯỞNG", head.position());
        assertEquals("Lường Văn Thành", head.name());

        Signature chair = Signature.of("Phó Chủ tịch", "Lê Văn Lương");
        assertEquals("KT. CHỦ TỊCH", chair.onBehalf());
        assertEquals("Chủ tịch", chair.headTitle());

        Signature unknown = Signature.of(null, null);
        assertEquals("THỦ TRƯỞNG CƠ QUAN", unknown.position());
    }

    @Test
    void theSubjectLineReadsVềViệcWhetherOrNotItWasTypedWithIt() {
        assertEquals("Về việc công nhận danh hiệu thi đua năm 2022",
                DecisionPapers.subject("Về việc công nhận danh hiệu thi đua năm 2022"));
        assertEquals("Về việc tặng Giấy khen", DecisionPapers.subject("về việc tặng Giấy khen"));
        assertEquals("Về việc tặng Giấy khen năm 2022", DecisionPapers.subject("Tặng Giấy khen năm 2022"));
    }

    @Test
    void fileNamesAreAscii() {
        assertEquals("125-QD-TCT", DecisionDocuments.slug("125/QĐ-TCT"));
    }

    private static OrgDirectory.Letterhead unit(String name, UnitKind kind) {
        return new OrgDirectory.Letterhead(UUID.randomUUID(), "X", name, kind, null);
    }
}
