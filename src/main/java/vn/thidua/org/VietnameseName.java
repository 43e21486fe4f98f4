package vn.thidua.org;

import java.text.Collator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.thidua.common.text.Text;

/**
 * A Vietnamese personal name (họ và tên) split the way staff lists read it, with a collation key per part.
 * <p>
 * Splitting: the first word is the family name (họ), the last word the given name (tên), the words between the
 * middle name (tên đệm), null when there are none. A one-word name (some ethnic-minority names, or a name typed
 * incompletely) is the given name, and the same word also stands as the family name: the person is then listed under
 * that word whichever order the list uses. Compound family names (Tôn Nữ, Âu Dương) cannot be told from a middle name
 * by spelling, so they are split like any other name: "Tôn Nữ Thị Hà" has family name "Tôn" and middle name
 * "Nữ Thị".
 * <p>
 * Sorting: lists sort on byte strings stored beside each part, made by the JDK's Vietnamese collator, so that the
 * database needs no Vietnamese collation of its own and every installation sorts alike. The collator orders the
 * letters of the Vietnamese alphabet (a ă â b c d đ e ê ... o ô ơ ... u ư ... y), then the tones in dictionary order
 * (ngang, huyền, hỏi, ngã, sắc, nặng), then case (lower first): Anh &lt; Ánh &lt; Ăn &lt; Ân &lt; Bình &lt; Dung
 * &lt; Dũng &lt; Đức. Comparing two keys byte by byte, unsigned (as PostgreSQL compares {@code bytea}), gives the
 * collator's order.
 */
public record VietnameseName(String fullName, String familyName, String middleName, String givenName) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * One shared collator: {@link java.text.RuleBasedCollator#getCollationKey} is synchronized, and the rules are
     * built only once (building them costs milliseconds).
     */
    private static final Collator COLLATOR = vietnameseCollator();

    public VietnameseName {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(givenName, "givenName");
    }

    /**
     * Splits a full name, after normalising it to NFC and collapsing runs of whitespace to single spaces.
     *
     * @throws IllegalArgumentException when the name is null or blank: callers validate it first
     */
    public static VietnameseName of(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("A name needs at least one word");
        }
        String normalised = normalise(fullName);
        String[] words = normalised.split(" ");
        if (words.length == 1) {
            return new VietnameseName(normalised, words[0], null, words[0]);
        }
        String middle = words.length == 2 ? null : String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
        return new VietnameseName(normalised, words[0], middle, words[words.length - 1]);
    }

    /** NFC, trimmed, inner whitespace (tabs, non-breaking spaces pasted from Word) collapsed to one space. */
    public static String normalise(String fullName) {
        return WHITESPACE.matcher(Text.nfc(fullName).replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    /** The longest of the three parts, in characters: each part has its own column of limited length. */
    public int longestPart() {
        return Math.max(familyName.length(), Math.max(givenName.length(), middleName == null ? 0 : middleName.length()));
    }

    public byte[] familyKey() {
        return collationKey(familyName);
    }

    /** The key of the middle name; empty (sorting first) when there is none. */
    public byte[] middleKey() {
        return collationKey(middleName == null ? "" : middleName);
    }

    public byte[] givenKey() {
        return collationKey(givenName);
    }

    /** The Vietnamese collation key of any text: unsigned byte order of keys equals the collator's order. */
    public static byte[] collationKey(String text) {
        return COLLATOR.getCollationKey(Text.nfc(text)).toByteArray();
    }

    /** Compares two texts as the collation keys do; for tests and in-memory sorting. */
    public static int compare(String a, String b) {
        return COLLATOR.compare(Text.nfc(a), Text.nfc(b));
    }

    private static Collator vietnameseCollator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        // Decomposed input (typed on macOS) must weigh exactly like precomposed input.
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }
}
