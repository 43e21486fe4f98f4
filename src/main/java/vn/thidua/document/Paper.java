package vn.thidua.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

import vn.thidua.plan.PlanParts;

/** How the documents write dates and amounts, as Vietnamese administrative documents do; usable in templates. */
@TemplateExtension(namespace = "paper")
public final class Paper {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Paper() {
    }

    /** "ngày 05 tháng 3 năm 2022": days below 10 and months below 3 with a leading zero (Nghị định 30, Phụ lục I). */
    public static String longDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /**
     * A legal basis as a line of a document: "Căn cứ ..." (a decision) or "Thực hiện ..." (a plan) with its summary,
     * ending in a semicolon; a reference typed with either word keeps its own.
     */
    static String basis(PlanParts.LegalBasis basis, String verb) {
        String text = basis.reference().strip();
        if (!text.regionMatches(true, 0, "Căn cứ", 0, 6) && !text.regionMatches(true, 0, "Thực hiện", 0, 9)) {
            text = verb + " " + text;
        }
        if (basis.summary() != null && !basis.summary().isBlank()) {
            text += " " + basis.summary().strip();
        }
        return text.endsWith(";") || text.endsWith(".") ? text : text + ";";
    }

    /** "30/12/2022". */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "5.540.000": dots between thousands, as amounts in đồng are written. */
    public static String vnd(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + grouped;
    }
}
