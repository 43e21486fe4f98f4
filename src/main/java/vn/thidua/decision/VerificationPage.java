package vn.thidua.decision;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The verification as a page for a phone's browser: what a certificate's QR code opens. Who gets it: a client whose
 * most preferred acceptable type is {@code text/html} itself (browsers send it first); a client accepting anything
 * ({@code *}{@code /*}, curl) or JSON keeps getting JSON.
 */
final class VerificationPage {

    @CheckedTemplate(basePath = "public")
    static class Templates {
        static native TemplateInstance verification(PublicDecisionResponses.Verification v, String date,
                String revokedOn);

        static native TemplateInstance unknown(String code);
    }

    private VerificationPage() {
    }

    /** Whether the caller prefers a page: the first type it accepts that we make is text/html, named as such. */
    static boolean wanted(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardSubtype()) {
                return true;
            }
        }
        return false;
    }

    static String render(PublicDecisionResponses.Verification v) {
        return Templates.verification(v, short_(v.decisionDate()), v.revokedOn() == null ? null
                : short_(v.revokedOn())).render();
    }

    /** The page for a code no certificate holds: it may be mistyped, or the certificate not genuine. */
    static String unknown(String code) {
        String shown = code == null ? "" : code.length() > 40 ? code.substring(0, 40) + "…" : code;
        return Templates.unknown(shown).render();
    }

    private static String short_(java.time.LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
