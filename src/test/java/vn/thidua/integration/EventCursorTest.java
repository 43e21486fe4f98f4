package vn.thidua.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.common.error.ApiException;

class EventCursorTest {

    @Test
    void aCursorReadsBackAsItself() {
        EventCursor cursor = new EventCursor(987_654_321L, 42L);
        assertEquals(cursor, EventCursor.parse(cursor.encode(), "after"));
        assertTrue(cursor.encode().matches("[A-Za-z0-9_-]+"), "base64url without padding");
    }

    @Test
    void noCursorIsTheStart() {
        assertEquals(EventCursor.START, EventCursor.parse(null, "after"));
        assertEquals(EventCursor.START, EventCursor.parse(" ", "after"));
    }

    @Test
    void theOrderIsByTransactionThenPosition() {
        assertTrue(new EventCursor(5, 900).compareTo(new EventCursor(6, 1)) < 0);
        assertTrue(new EventCursor(6, 2).compareTo(new EventCursor(6, 1)) > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "djEuMS4y=", "abc", "v1.1.2"})
    void textThatIsNoCursorIsRefusedNamingTheField(String text) {
        ApiException refused = assertThrows(ApiException.class, () -> EventCursor.parse(text, "after"));
        assertEquals("after", refused.violations().get(0).field());
        assertEquals("INVALID_CURSOR", refused.violations().get(0).code());
    }

    @Test
    void aWellEncodedCursorOfAnotherVersionOrBeyondALongIsRefused() {
        for (String inside : new String[] {"v2.1.2", "v1.-1.2", "v1.99999999999999999999.1", "v1.1"}) {
            String text = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(inside.getBytes(StandardCharsets.US_ASCII));
            assertThrows(ApiException.class, () -> EventCursor.parse(text, "after"), inside);
        }
    }
}
