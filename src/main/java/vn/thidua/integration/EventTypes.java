package vn.thidua.integration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.thidua.common.error.ApiException;

/**
 * A choice of event types: exact types ({@code decision.signed}), prefixes ({@code decision.*}: every type starting
 * with {@code decision.}) or {@code *} (all). The feed filters with it in SQL ({@link #exact()},
 * {@link #likePatterns()}), the webhook queue in Java ({@link #matches}); both say the same, which the unit test
 * checks.
 */
public record EventTypes(Set<String> exact, Set<String> prefixes, boolean all) {

    static final String ONE = "[a-z0-9_-]+(\\.[a-z0-9_-]+)*";
    private static final Pattern CHOICE = Pattern.compile("\\*|" + ONE + "(\\.\\*)?");
    /** How many types one filter may name: a subscription lists a handful, not hundreds. */
    static final int MAX = 50;

    public static final EventTypes ALL = new EventTypes(Set.of(), Set.of(), true);

    public EventTypes {
        exact = Set.copyOf(exact);
        prefixes = Set.copyOf(prefixes);
    }

    /** The comma-separated query parameter; empty means all types. */
    public static EventTypes parseList(String text, String field) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        return parse(List.of(text.split(",")), field, false);
    }

    /** A list in a request body: an entry in error is named by its index ({@code eventTypes[2]}). */
    public static EventTypes parse(List<String> choices, String field) {
        return parse(choices, field, true);
    }

    /** Each entry one choice; an entry that is neither a type, a prefix nor {@code *} is a 400 naming it. */
    private static EventTypes parse(List<String> choices, String field, boolean indexed) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        boolean all = false;
        List<ApiException.FieldViolation> violations = new ArrayList<>();
        if (choices.size() > MAX) {
            throw ApiException.invalid(field, "TOO_MANY", "field.event-types-too-many", MAX);
        }
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i) == null ? "" : choices.get(i).strip();
            if (!CHOICE.matcher(choice).matches() || choice.length() > 100) {
                violations.add(new ApiException.FieldViolation(indexed ? field + "[" + i + "]" : field,
                        "INVALID_EVENT_TYPE", "field.event-type-invalid", choice));
            } else if (choice.equals("*")) {
                all = true;
            } else if (choice.endsWith(".*")) {
                prefixes.add(choice.substring(0, choice.length() - 1));
            } else {
                exact.add(choice);
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return new EventTypes(exact, prefixes, all);
    }

    public boolean matches(String type) {
        return all || exact.contains(type) || prefixes.stream().anyMatch(type::startsWith);
    }

    /** The prefixes as SQL LIKE patterns ({@code _} is a type character here, a wildcard there). */
    public List<String> likePatterns() {
        return prefixes.stream().map(prefix -> prefix.replace("_", "\\_") + "%").toList();
    }

    /** The choices as written, for storing and showing a subscription: {@code *}, prefixes, exact types. */
    public List<String> asList() {
        List<String> list = new ArrayList<>();
        if (all) {
            list.add("*");
        }
        prefixes.stream().sorted().map(prefix -> prefix + "*").forEach(list::add);
        exact.stream().sorted().forEach(list::add);
        return list;
    }
}
