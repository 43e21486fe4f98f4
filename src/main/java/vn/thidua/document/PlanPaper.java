package vn.thidua.document;

import java.util.List;

/**
 * A plan (kế hoạch) as the page shows it, every string final: the letterhead, KẾ HOẠCH and its title, the preamble,
 * the three numbered parts (I. MỤC ĐÍCH, YÊU CẦU; II. NỘI DUNG; III. TỔ CHỨC THỰC HIỆN), the closing paragraphs
 * (unnumbered), Nơi nhận and the signature.
 */
public record PlanPaper(boolean draft, Letterhead letterhead, String numberLine, String placeAndDate, String title,
        List<String> preamble, List<Part> parts, List<String> closing, List<String> recipients, Signature signature,
        String documentTitle) {

    /** "I." and its heading over its numbered sections. */
    public record Part(String label, String heading, List<Section> sections) {
    }

    /**
     * "2." with a heading ("Nội dung thi đua"; a duty's assignee) or a lead (the first paragraph, which runs on after
     * the label), then its other paragraphs and its numbered items ("2.1.").
     */
    public record Section(String label, String heading, String lead, List<String> paragraphs, List<Item> items) {
    }

    /** "2.1." or "Đợt 1:" with its lead, which runs on after the label, and its other paragraphs. */
    public record Item(String label, String lead, List<String> paragraphs) {
    }
}
