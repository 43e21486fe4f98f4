package vn.thidua.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the product stores and searches it. Everything that comes in is normalised to NFC (Vietnamese typed on
 * macOS or pasted from Word often arrives decomposed, and "Nguyễn" in NFD would not equal "Nguyễn" in NFC).
 * Search folds case and accents, including đ to d, the same way as the database function {@code thidua_fold}.
 */
public final class Text {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** C0 and C1 controls other than tab, line feed and carriage return; PostgreSQL refuses NUL outright. */

    private Text() {
    }

    /** Stripped; null for nothing or only spaces, so that "no value" is stored one way. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String nfc(String value) {
        if (value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return value;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * Control characters other than tab, line feed and carriage return (C0, DEL and C1), and halves of surrogate pairs
     * standing alone, which are no character at all (JSON can carry them as escapes; UTF-8 cannot store them,
     * so PostgreSQL would receive {@code ?} and two different texts could become one). A loop, not a regular
     * expression: it runs on every string of every request and of every imported cell.
     */
    public static boolean hasForbiddenCharacters(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What every text a caller sends becomes before it is judged, in a JSON body or an imported cell alike: NFC, and
     * empty when it holds nothing but spaces of some kind (so that "required" refuses it).
     */
    public static String normalised(String value) {
        return isInvisible(value) ? "" : nfc(value);
    }

    /**
     * True for a non-empty string made only of white space in the widest sense (what JSON Schema's {@code \s}
     * means: Unicode space separators, line and paragraph separators, controls such as tab, and the BOM).
     */
    public static boolean isInvisible(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** Lower case, without diacritics, đ/Đ as d: "Nguyễn Văn Đức" folds to "nguyen van duc". */
    public static String fold(String value) {
        if (value == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT);
    }

    /**
     * An HQL condition that is true when the folded value of {@code attribute} contains the folded parameter
     * {@code :parameter}; bind the parameter to {@link #containsPattern(String)}. Backed by the database function
     * {@code thidua_fold} (Liquibase change 0001), so an expression index can serve it.
     */
    public static String foldedContains(String attribute, String parameter) {
        return likeEscaped("cast(thidua_fold(" + attribute + ") as String)", parameter);
    }

    /**
     * The same for an attribute that is folded already (a generated {@code search_text} column, which an index
     * serves best).
     */
    public static String likeEscaped(String attribute, String parameter) {
        return attribute + " like :" + parameter + " escape '\\'";
    }

    /**
     * A LIKE pattern that finds {@code query} anywhere in a folded column, with the query folded and its LIKE
     * wildcards escaped with backslash (which {@link #foldedContains} names as the escape character: Hibernate
     * would otherwise switch escaping off).
     */
    public static String containsPattern(String query) {
        String folded = fold(nfc(query.strip()));
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
