package vn.thidua.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * Text as the product stores and searches it. Everything that comes in is normalised to NFC (Vietnamese typed on
 * macOS or pasted from Word often arrives decomposed, and "Nguyễn" in NFD would not equal "Nguyễn" in NFC).
 * Search folds case and accents, including đ to d, the same way as the database function {@code thidua_fold}.
 */
public final class Text {

    /**
     * The stable code of the field error for {@link #hasUnprintableCharacters unprintable text}, kept from the time
     * it named control characters alone.
     */
    public static final String UNPRINTABLE_CODE = "CONTROL_CHARACTERS";
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final int REPLACEMENT = 0xFFFD;

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
     * True when {@code value} holds a code point that no document the product writes can carry, so that text is
     * refused where it comes in (JSON bodies, query and path values, imported cells; {@link #UNPRINTABLE_CODE}):
     * <ul>
     * <li>C0 controls other than tab, line feed and carriage return, and DEL: XML 1.0 (the XHTML of the PDFs, the
     * XML inside DOCX and XLSX) cannot hold them, and PostgreSQL refuses NUL outright;</li>
     * <li>C1 controls U+0080 to U+009F: XML 1.0 admits them but discourages them, no font draws them, and in office
     * text they are nearly always Windows-1252 punctuation (curly quotes, dashes) decoded as Latin-1, which a caller
     * should fix at the source rather than have stored as garbage;</li>
     * <li>halves of surrogate pairs standing alone, which are no character at all (JSON can carry them as escapes;
     * UTF-8 cannot, so PostgreSQL would receive {@code ?} and two different texts could become one);</li>
     * <li>the 66 noncharacters, U+FDD0 to U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF,
     * U+1FFFE ... U+10FFFF): Unicode reserves them for a program's internal use, and U+FFFE and U+FFFF are outside
     * XML 1.0's characters.</li>
     * </ul>
     * A loop, not a regular expression: it runs on every string of every request and of every imported cell.
     */
    public static boolean hasUnprintableCharacters(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (isUnprintable(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /**
     * The one definition behind {@link #hasUnprintableCharacters} and {@link #printable}; a lone surrogate arrives
     * here as itself, since {@link String#codePointAt} returns a half that has no partner.
     */
    static boolean isUnprintable(int codePoint) {
        return codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                || codePoint >= 0x7F && codePoint <= 0x9F
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE
                || codePoint >= 0xFDD0 && codePoint <= 0xFDEF
                || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** The field error of a value with {@link #hasUnprintableCharacters unprintable characters}. */
    public static FieldViolation unprintable(String field) {
        return new FieldViolation(field, UNPRINTABLE_CODE, "field.unprintable-characters");
    }

    /**
     * {@code value} with every code point that {@link #hasUnprintableCharacters} refuses replaced by U+FFFD, the
     * replacement character: for the documents the product writes from what is stored, since rows written before
     * the refusal (or straight into the database) may still hold such text, and a document must print anyway. The
     * reader sees that something stood there. The string itself when there is nothing to replace.
     */
    public static String printable(String value) {
        if (!hasUnprintableCharacters(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            out.appendCodePoint(isUnprintable(codePoint) ? REPLACEMENT : codePoint);
            i += Character.charCount(codePoint);
        }
        return out.toString();
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
