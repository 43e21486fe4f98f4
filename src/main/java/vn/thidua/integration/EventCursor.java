package vn.thidua.integration;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.common.error.ApiException;

/**
 * A place in the feed: the writing transaction's id and the event's position, the two keys of the feed order.
 * Clients see it as opaque text (base64url of {@code v1.<tx>.<position>}); the version prefix lets the encoding change
 * without breaking stored cursors.
 */
public record EventCursor(long txId, long position) implements Comparable<EventCursor> {

    /** Before every event. */
    public static final EventCursor START = new EventCursor(0, 0);
    private static final Pattern TEXT = Pattern.compile("v1\\.(\\d{1,19})\\.(\\d{1,19})");

    public EventCursor {
        if (txId < 0 || position < 0) {
            throw new IllegalArgumentException("negative cursor");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1." + txId + "." + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor the text names; null or blank is the start; anything else that is not a cursor is a 400. */
    public static EventCursor parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII);
            Matcher parts = TEXT.matcher(decoded);
            if (parts.matches()) {
                return new EventCursor(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2)));
            }
        } catch (IllegalArgumentException e) {
            // not base64url, or a number beyond a long: reported below like any other text that is no cursor
        }
        throw ApiException.invalid(field, "INVALID_CURSOR", "field.event-cursor-invalid");
    }

    @Override
    public int compareTo(EventCursor other) {
        int byTx = Long.compare(txId, other.txId);
        return byTx != 0 ? byTx : Long.compare(position, other.position);
    }
}
