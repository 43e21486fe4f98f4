package vn.thidua.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;

import vn.thidua.testsupport.TestOrg;

/** Reads the event feed over HTTP page by page, as an integration would. */
final class FeedReader {

    /** One event as read, with the page it came on. */
    record Read(String id, String type, String aggregateId, EventCursor cursor, Map<String, Object> state) {
    }

    private final UUID unit;
    private final String role;
    private final String types;
    private final int limit;
    String cursor;

    FeedReader(UUID unit, String role, String types, int limit) {
        this.unit = unit;
        this.role = role;
        this.types = types;
        this.limit = limit;
    }

    /** The next page; empty when caught up. */
    List<Read> next() {
        var request = TestOrg.as(unit, role).queryParam("limit", limit);
        if (types != null) {
            request.queryParam("types", types);
        }
        if (cursor != null) {
            request.queryParam("after", cursor);
        }
        JsonPath page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
        List<Read> events = new ArrayList<>();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>) item.get("state");
            events.add(new Read((String) item.get("id"), (String) item.get("type"), (String) item.get("aggregateId"),
                    EventCursor.parse((String) item.get("cursor"), "cursor"), state));
        }
        String next = page.getString("nextCursor");
        if (!events.isEmpty() && !next.equals(items.get(items.size() - 1).get("cursor"))) {
            throw new AssertionError("nextCursor is not the last event's cursor");
        }
        cursor = next;
        return events;
    }

    /** Everything from the current cursor on, until caught up. */
    List<Read> all() {
        List<Read> events = new ArrayList<>();
        List<Read> page;
        do {
            page = next();
            events.addAll(page);
        } while (!page.isEmpty());
        return events;
    }
}
