package vn.thidua.integration;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the webhook operations. */
public final class WebhookRequests {

    private WebhookRequests() {
    }

    @Schema(name = "CreateWebhookRequest")
    public record CreateWebhook(
            @Schema(description = "Where deliveries are POSTed: https, on a public address (unless the service is "
                    + "configured otherwise).", examples = "https://tdkt.laichau.gov.vn/hooks/thidua")
            @NotBlank @Size(max = 2000) String url,
            @Schema(description = "Exact types (`decision.signed`), prefixes (`decision.*`) or `*` for all.")
            @NotEmpty @Size(max = EventTypes.MAX) List<@NotBlank @Size(max = 100) String> eventTypes,
            @Schema(description = "The unit whose subtree's events are delivered.") @NotNull UUID unitId,
            @Schema(description = "The signing secret; none: one is generated. Shown in this answer only.")
            @Size(min = 24, max = 200) String secret,
            @Size(max = 500) String description,
            @Schema(description = "Default true.") Boolean active) {

        @Override
        public String toString() {
            return "CreateWebhook[url=" + url + ", eventTypes=" + eventTypes + ", unitId=" + unitId + "]";
        }
    }

    @Schema(name = "UpdateWebhookRequest", description = "Everything but the secret (see :rotate-secret).")
    public record UpdateWebhook(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = EventTypes.MAX) List<@NotBlank @Size(max = 100) String> eventTypes,
            @NotNull UUID unitId,
            @Size(max = 500) String description,
            @Schema(description = "false: no deliveries are made, and the events of the time off are not delivered "
                    + "later; those already queued wait.") @NotNull Boolean active) {
    }
}
