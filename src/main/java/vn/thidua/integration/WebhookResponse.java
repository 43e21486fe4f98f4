package vn.thidua.integration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.api.ShownOnce;

@Schema(name = "Webhook", description = "A webhook subscription. Its secret is shown only by the first answer of "
        + "the creation (not by an idempotent replay of it) and by :rotate-secret's answer.")
public record WebhookResponse(
        UUID id,
        UUID unitId,
        @Schema(examples = "https://tdkt.laichau.gov.vn/hooks/thidua") String url,
        List<String> eventTypes,
        String description,
        @Schema(required = true) boolean active,
        @Schema(description = "Set while deliveries are held back: DEAD_DELIVERY when a delivery failed every "
                + "attempt. Lift it with :resume or by redelivering.") String pausedReason,
        OffsetDateTime pausedAt,
        @Schema(description = "The signing secret: only in the first answer that created it (an idempotent replay "
                + "leaves it out) or rotated it.") String secret,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true) long version) implements ShownOnce {

    static WebhookResponse from(WebhookSubscription subscription) {
        return new WebhookResponse(subscription.id, subscription.unitId, subscription.url,
                subscription.eventTypes().asList(), subscription.description, subscription.active,
                subscription.pausedReason, subscription.pausedAt, null, subscription.createdBy,
                subscription.createdAt, subscription.updatedAt, subscription.version);
    }

    @Override
    public WebhookResponse forReplay() {
        return withSecret(null);
    }

    /** The one answer that shows the secret. */
    WebhookResponse withSecret(String shown) {
        return new WebhookResponse(id, unitId, url, eventTypes, description, active, pausedReason, pausedAt, shown,
                createdBy, createdAt, updatedAt, version);
    }
}
