package vn.thidua.integration;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox event as the feed and the webhook queue read it, with its place in the feed order. */
record FeedEvent(EventCursor cursor, UUID eventId, String type, OffsetDateTime occurredAt, String aggregateKind,
        String aggregateId, UUID unitId, String unitPath, String actor, String payload) {
}
