package vn.thidua.integration;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventPage", description = "Events in feed order after the cursor given.")
public record EventPage(
        @Schema(required = true) List<EventResponse> items,
        @Schema(required = true, description = "The last event's cursor, or the `after` given when there is none: "
                + "the next read continues from here.") String nextCursor,
        @Schema(required = true, description = "Whether more events can be read right now; false means the reader has "
                + "caught up and should wait before asking again.") boolean hasMore) {
}
