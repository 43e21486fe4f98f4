package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitLetterhead;
import vn.thidua.org.UnitKind;

/**
 * The top of a document as Nghị định 30/2020/NĐ-CP lays it out: the governing body (cơ quan chủ quản) over the issuing
 * body, both in capitals, and the place name (địa danh) before the date, taken from the province the body is in. A
 * unit may print other names, or the Party's style ({@code party}: "ĐẢNG CỘNG SẢN VIỆT NAM" for the motto, a star
 * under the issuing body, "Số" without its colon), as its {@link UnitLetterhead} says.
 */
record Letterhead(String governing, String issuing, String place, boolean party) {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Room to write the day or number by hand: non-breaking spaces, which no layout collapses. */
    static final String BLANK = " " + "\u00a0".repeat(6) + " ";

    /**
     * From the issuing unit's lineage (root first); the issuing name as the document names it. The root is the
     * installation's container ("Toàn hệ thống"), never a governing body or a place, unless it issues itself.
     */
    static Letterhead of(List<OrgDirectory.Letterhead> lineage, String issuingName) {
        List<OrgDirectory.Letterhead> bodies = lineage.size() > 1 ? lineage.subList(1, lineage.size()) : lineage;
        String governing = bodies.size() >= 2 ? upper(bodies.get(bodies.size() - 2).name()) : null;
        UnitLetterhead own = bodies.isEmpty() ? null : bodies.get(bodies.size() - 1).letterhead();
        boolean party = !bodies.isEmpty() && bodies.get(bodies.size() - 1).party();
        if (own != null && own.governing() != null) {
            governing = upper(own.governing());
        }
        String issuing = own != null && own.issuing() != null ? own.issuing() : issuingName;
        String place = bodies.stream().filter(u -> u.kind() == UnitKind.PROVINCE)
                .reduce((first, second) -> second).map(u -> placeName(u.name())).orElse(null);
        return new Letterhead(governing, upper(issuing), place, party);
    }

    /** "Số: 125/QĐ-TCT" (state), "Số 99-KH/TCT" (Party); a draft's number left blank before its symbol. */
    String numberLine(String number, String symbolOfBlank) {
        String prefix = party ? "Số" : "Số:";
        return number == null || number.isBlank() ? prefix + BLANK + symbolOfBlank : prefix + " " + number.strip();
    }

    /** "Tỉnh Lai Châu" → "Lai Châu": the place name without the kind of province. */
    static String placeName(String provinceName) {
        for (String prefix : List.of("Thành phố ", "Tỉnh ", "TP. ", "TP ")) {
            if (provinceName.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return provinceName.substring(prefix.length());
            }
        }
        return provinceName;
    }

    /** "Lai Châu, ngày 30 tháng 12 năm 2022"; a draft's date left to be written at signing. */
    String placeAndDate(LocalDate date, int year) {
        String where = place == null ? "" : place + ", ";
        if (date == null) {
            return where + "ngày" + BLANK + "tháng" + BLANK + "năm " + year;
        }
        return where + Paper.longDate(date);
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(VI);
    }
}
