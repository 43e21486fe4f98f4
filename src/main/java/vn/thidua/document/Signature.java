package vn.thidua.document;

import java.util.Locale;

import vn.thidua.decision.DecisionCitation;

/**
 * The signature block: a deputy signs on the head's behalf ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", Nghị định 30/2020,
 * Phụ lục I, mục 8), the head signs in their own title. {@code headTitle} is the authority's title as the decision's
 * authority line names it ({@link DecisionCitation#headTitle}, which a decision citing another uses too).
 */
public record Signature(String onBehalf, String position, String name, String headTitle) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** From the signer's position as recorded ("Phó Hiệu trưởng"), the issuing body's name and the signer's name. */
    static Signature of(String signerPosition, String signerName) {
        String head = DecisionCitation.headTitle(signerPosition);
        if (signerPosition == null || signerPosition.isBlank()) {
            return new Signature(null, head.toUpperCase(VI), signerName, head);
        }
        String position = signerPosition.strip();
        if (!head.equals(position)) {
            return new Signature("KT. " + head.toUpperCase(VI), position.toUpperCase(VI), signerName, head);
        }
        return new Signature(null, position.toUpperCase(VI), signerName, position);
    }
}
