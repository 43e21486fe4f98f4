package vn.thidua.document;

import java.util.Locale;

/**
 * The signature block: a deputy signs on the head's behalf ("KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG", Nghị định 30/2020,
 * Phụ lục I, mục 8), the head signs in their own title. {@code headTitle} is the authority's title as the decision's
 * authority line names it.
 */
public record Signature(String onBehalf, String position, String name, String headTitle) {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String DEPUTY = "phó ";

    /** From the signer's position as recorded ("Phó Hiệu trưởng"), the issuing body's name and the signer's name. */
    static Signature of(String signerPosition, String signerName) {
        if (signerPosition == null || signerPosition.isBlank()) {
            return new Signature(null, "THỦ TRƯỞNG CƠ QUAN", signerName, "Thủ trưởng cơ quan");
        }
        String position = signerPosition.strip();
        if (position.toLowerCase(VI).startsWith(DEPUTY) && position.length() > DEPUTY.length()) {
            String head = position.substring(DEPUTY.length());
            head = head.substring(0, 1).toUpperCase(VI) + head.substring(1);
            return new Signature("KT. " + head.toUpperCase(VI), position.toUpperCase(VI), signerName, head);
        }
        return new Signature(null, position.toUpperCase(VI), signerName, position);
    }
}
