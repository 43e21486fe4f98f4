package vn.thidua.integration;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to one subscription.")
public record DeliveryResponse(
        @Schema(description = "Sent as the Webhook-Id header, the same on every attempt: receivers de-duplicate by it.")
        UUID id,
        UUID webhookId,
        UUID eventId,
        @Schema(examples = "decision.signed") String eventType,
        DeliveryStatus status,
        @Schema(required = true) int attempts,
        OffsetDateTime lastAttemptAt,
        @Schema(description = "The receiver's HTTP status at the last attempt; none when it gave no answer.")
        Integer lastStatusCode,
        @Schema(description = "Why the last attempt failed, when it did.") String lastError,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime createdAt) {

    static DeliveryResponse from(WebhookDelivery delivery) {
        return new DeliveryResponse(delivery.id, delivery.subscriptionId, delivery.eventId, delivery.eventType,
                delivery.status, delivery.attempts, delivery.lastAttemptAt, delivery.lastStatusCode,
                delivery.lastError, delivery.status == DeliveryStatus.PENDING || delivery.status == DeliveryStatus.RETRYING
                        ? delivery.nextAttemptAt : null,
                delivery.deliveredAt, delivery.createdAt);
    }
}
