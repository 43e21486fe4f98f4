package vn.thidua.integration;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One event of the feed, and the body of a webhook delivery. */
@Schema(name = "Event", description = "Something that happened to an object, with the object's new state.")
public record EventResponse(
        @Schema(description = "The event's id: the same in the feed and in every delivery of it.") UUID id,
        @Schema(examples = "decision.signed") String type,
        OffsetDateTime occurredAt,
        @Schema(examples = "decision") String aggregateKind,
        String aggregateId,
        @Schema(description = "The unit whose subtree sees the event; none for province-wide changes (the catalogue).")
        UUID unitId,
        @Schema(description = "Who acted; none for the system.") String actor,
        @Schema(description = "The object's new state, as its own read operation returns it.") JsonNode state,
        @Schema(description = "The feed position right after this event: pass it as `after` to continue from here.")
        String cursor) {

    /** The stored state parsed, so that it is written as JSON and not as a string of JSON. */
    static EventResponse of(FeedEvent event, ObjectMapper json) {
        try {
            return new EventResponse(event.eventId(), event.type(), event.occurredAt(), event.aggregateKind(),
                    event.aggregateId(), event.unitId(), event.actor(), json.readTree(event.payload()),
                    event.cursor().encode());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox event " + event.eventId() + " holds no JSON", e);
        }
    }
}
