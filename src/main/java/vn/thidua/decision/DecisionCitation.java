package vn.thidua.decision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How one decision names another, as Vietnamese administrative documents cite a document (Nghị định 30/2020/NĐ-CP):
 * by kind, number, date and issuer, "Quyết định số 12/QĐ-TCT ngày 15/03/2023 của Hiệu trưởng Trường Chính trị tỉnh
 * Lai Châu". A revocation's title and the article that annuls the decision both cite it this way, so the two never
 * name it differently. The issuer is the head of the authority even when a deputy signed on the head's behalf
 * (Nghị định 30/2020, Phụ lục I, mục 8: "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG" signs for the Hiệu trưởng).
 */
public final class DecisionCitation {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String DEPUTY = "phó ";
    /** The documents' running-text date (document.Paper#shortDate prints the same; this floor cannot call it). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DecisionCitation() {
    }

    /** "Quyết định số 12/QĐ-TCT ngày 15/03/2023 của Hiệu trưởng Trường Chính trị tỉnh Lai Châu". */
    public static String of(String number, LocalDate decisionDate, String signerPosition, String authorityName) {
        return "Quyết định số " + number + " ngày " + DAY.format(decisionDate) + " của "
                + headTitle(signerPosition) + " " + authorityName;
    }

    /** The revoking decision's title when none is typed: "Về việc hủy bỏ Quyết định số … ngày … của …". */
    static String revocationTitle(CommendationDecision revoked) {
        return "Về việc hủy bỏ " + of(revoked.number, revoked.decisionDate, revoked.signerPosition,
                revoked.authorityName);
    }

    /**
     * The title of the authority's head from the signer's position as recorded: "Phó Hiệu trưởng" signs for the
     * "Hiệu trưởng"; with no position recorded, "Thủ trưởng cơ quan".
     */
    public static String headTitle(String signerPosition) {
        if (signerPosition == null || signerPosition.isBlank()) {
            return "Thủ trưởng cơ quan";
        }
        String position = signerPosition.strip();
        if (position.toLowerCase(VI).startsWith(DEPUTY) && position.length() > DEPUTY.length()) {
            String head = position.substring(DEPUTY.length());
            return head.substring(0, 1).toUpperCase(VI) + head.substring(1);
        }
        return position;
    }
}
