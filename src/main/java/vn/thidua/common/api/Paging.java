package vn.thidua.common.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Sort;

import vn.thidua.common.error.ApiException;

/**
 * A checked page request: bounded page and size, and a sort made only of keys the list allows, always ending with
 * the id so that the order is total and pages are stable.
 */
public record Paging(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 1_000_000;

    /**
     * @param allowed sort keys the caller may use, mapped to the entity attribute they sort by
     * @param defaultSort used when the caller gives none, e.g. {@code "name"} or {@code "-createdAt"}
     */
    public static Paging of(PageParams params, Map<String, String> allowed, String defaultSort) {
        List<ApiException.FieldViolation> violations = new ArrayList<>();
        int page = parse(params == null ? null : params.page, "page", 0, 0, MAX_PAGE, violations);
        int size = parse(params == null ? null : params.size, "size", DEFAULT_SIZE, 1, MAX_SIZE, violations);
        String requested = params == null || params.sort == null || params.sort.isBlank() ? defaultSort : params.sort;
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (String raw : requested.split(",")) {
            String key = raw.trim();
            if (key.isEmpty()) {
                continue;
            }
            boolean descending = key.startsWith("-");
            String name = descending || key.startsWith("+") ? key.substring(1) : key;
            if (!allowed.containsKey(name)) {
                violations.add(new ApiException.FieldViolation("sort", "INVALID_SORT", "field.sort-unknown", name,
                        String.join(", ", allowed.keySet())));
                continue;
            }
            keys.putIfAbsent(name, descending);
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        Sort sort = null;
        for (Map.Entry<String, Boolean> key : keys.entrySet()) {
            Sort.Direction direction = key.getValue() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            String attribute = allowed.get(key.getKey());
            sort = sort == null ? Sort.by(attribute, direction) : sort.and(attribute, direction);
        }
        sort = sort == null ? Sort.by("id") : sort.and("id");
        return new Paging(page, size, sort);
    }

    private static int parse(String value, String field, int fallback, int min, int max,
            List<ApiException.FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        violations.add(new ApiException.FieldViolation(field, "OUT_OF_RANGE", "field.integer-range", min, max));
        return fallback;
    }
}
