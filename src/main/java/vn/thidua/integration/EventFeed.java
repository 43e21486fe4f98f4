package vn.thidua.integration;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnit;

/**
 * The event feed of {@code GET /events}: the caller's events in {@link EventLog} order. A caller sees the events of
 * the units of their subtree; events that name no unit (province-wide changes such as the catalogue's) are seen by
 * callers whose home unit is the root only, since they concern everybody but belong to no agency.
 */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    @Inject
    EventLog log;
    @Inject
    OrgScope scope;
    @Inject
    ObjectMapper json;

    @Transactional
    public EventPage read(String after, String types, String limit) {
        EventCursor from = EventCursor.parse(after, "after");
        EventTypes choice = EventTypes.parseList(types, "types");
        int size = parseLimit(limit);
        OrgUnit home = scope.home();
        boolean atRoot = home != null && home.parentId == null;
        List<FeedEvent> events = log.after(from, scope.path(), atRoot, choice, size + 1);
        boolean hasMore = events.size() > size;
        List<EventResponse> items = events.stream().limit(size).map(event -> EventResponse.of(event, json)).toList();
        String next = items.isEmpty() ? from.encode() : items.get(items.size() - 1).cursor();
        return new EventPage(items, next, hasMore);
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int parsed = Integer.parseInt(limit.strip());
            if (parsed >= 1 && parsed <= MAX_LIMIT) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        throw ApiException.invalid("limit", "OUT_OF_RANGE", "field.integer-range", 1, MAX_LIMIT);
    }
}
