package vn.thidua.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.thidua.common.error.ApiException;

class EventTypesTest {

    @Test
    void exactTypesAndPrefixesMatch() {
        EventTypes types = EventTypes.parseList("decision.*, proposal.sent", "types");
        assertTrue(types.matches("decision.signed"));
        assertTrue(types.matches("decision.recovery-recorded"));
        assertTrue(types.matches("proposal.sent"));
        assertFalse(types.matches("proposal.sent-again"));
        assertFalse(types.matches("decisions.signed"), "a prefix ends at a dot");
        assertFalse(types.matches("plan.created"));
    }

    @Test
    void noneOrAStarIsEverything() {
        assertTrue(EventTypes.parseList(null, "types").matches("anything.at-all"));
        assertTrue(EventTypes.parse(List.of("*"), "eventTypes").matches("plan.created"));
    }

    @Test
    void theSqlPatternsSayWhatMatchesSays() {
        EventTypes types = EventTypes.parse(List.of("council_old.*", "council.session_closed", "plan.*"), "t");
        for (String type : List.of("council_old.member_removed", "councilXold.member_removed", "council.session_closed",
                "council.session-closed", "plan.issued", "planx.issued")) {
            boolean sql = types.exact().contains(type)
                    || types.likePatterns().stream().anyMatch(pattern -> like(pattern).matcher(type).matches());
            assertEquals(types.matches(type), sql, type);
        }
    }

    @Test
    void aBadEntryIsRefusedNamingItsIndex() {
        ApiException refused = assertThrows(ApiException.class,
                () -> EventTypes.parse(List.of("plan.*", "plan.%", "*.created"), "eventTypes"));
        assertEquals(List.of("eventTypes[1]", "eventTypes[2]"),
                refused.violations().stream().map(ApiException.FieldViolation::field).toList());
    }

    @Test
    void theListKeepsWhatWasChosen() {
        assertEquals(List.of("decision.*", "plan.created"),
                EventTypes.parse(List.of("plan.created", "decision.*"), "eventTypes").asList());
    }

    /** LIKE as PostgreSQL reads it: % any text, _ any character, \ escapes. */
    private static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
