package vn.thidua.document;

import java.util.List;

/**
 * A decision as the page shows it, every string final: what the PDF template and the DOCX writer both lay out, so the
 * two never word a decision differently.
 */
public record DecisionPaper(boolean draft, Letterhead letterhead, String numberLine, String placeAndDate,
        String subject, String authorityLine, List<String> bases, List<Article> articles, List<String> recipients,
        Signature signature, String listTitle, String listNote, boolean revocation, List<Row> rows, String total,
        String documentTitle) {

    /** "Điều 1." and what it says, possibly in several numbered points. */
    public record Article(String label, String text, List<String> points) {
    }

    /**
     * One line of the attached list; {@code note}, when set, is printed under it: the signer's legal reason for
     * conferring a voted award without the council's vote.
     */
    public record Row(int number, String name, String position, String unit, String award, String amount,
            String note) {
    }
}
