package vn.thidua.integration;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;
import vn.thidua.common.api.QueryFlags;

/** Webhook subscriptions and their delivery log: {@code /webhooks}. */
@Path("/webhooks")
@Tag(name = "Integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BOARD})
public class WebhookResource {

    static final String SIGNING = " Each delivery is a POST of the event (as in the feed) with the headers Webhook-Id "
            + "(the delivery's id, the same on every attempt), Webhook-Timestamp (Unix seconds) and Webhook-Signature: "
            + "`v1=` and the hex HMAC-SHA256, keyed with the secret, of the timestamp, a dot and the body. Deliveries "
            + "of one subscription go out one at a time, in feed order; a failure is retried with growing waits, and "
            + "after the last attempt the delivery is dead and the subscription paused, so that order is kept.";

    @Inject
    WebhookService service;
    @Inject
    Idempotency idempotency;

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the webhook subscriptions of the caller's scope",
            description = "Filters: unit (exactly), active. Sort keys: createdAt, url (default createdAt).")
    public Page<WebhookResponse> list(@Parameter(description = "Only the subscriptions of this unit.")
            @QueryParam("unit") UUID unit,
            @Parameter(description = "true: active subscriptions only; false: inactive only.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active,
            @BeanParam PageParams page) {
        return service.list(unit, QueryFlags.parse("active", active, null),
                Paging.of(page, WebhookService.SORTS, "createdAt"));
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to events",
            description = "Events of the unit's subtree whose type matches are delivered from now on. The answer "
                    + "shows the secret, given or generated, once; keep it to check signatures." + SIGNING)
    @APIResponse(responseCode = "201", description = "Subscribed; the only answer with the secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "The URL is not https or names a loopback or private address "
            + "(unless the service allows them), or an event type is malformed.")
    @APIResponse(responseCode = "404", description = "`unitId` names no unit the caller can see.")
    public Response create(@NotNull @Valid WebhookRequests.CreateWebhook body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /webhooks", body, () -> {
            WebhookResponse created = service.create(body);
            return Response.created(URI.create("webhooks/" + created.id())).entity(created)
                    .tag(ETags.of(created.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription", description = "Never its secret.")
    @APIResponse(responseCode = "200", description = "The subscription, with its version as ETag.")
    public RestResponse<WebhookResponse> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateWebhook", summary = "Change a webhook subscription",
            description = "Replaces URL, event types, unit, description and the active flag; the secret changes with "
                    + ":rotate-secret only. Switching a subscription on starts its deliveries at the present. Needs "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "Changed.")
    public RestResponse<WebhookResponse> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid WebhookRequests.UpdateWebhook body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription and its delivery log",
            description = "Deliveries not yet made are dropped. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}:rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace a webhook's signing secret",
            description = "A new secret is generated and shown in this answer only; deliveries from now on are signed "
                    + "with it. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Rotated; the only answer with the new secret.")
    public RestResponse<WebhookResponse> rotateSecret(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.rotateSecret(id, ifMatch));
    }

    @POST
    @Path("/{id}:resume")
    @Operation(operationId = "resumeWebhook", summary = "Resume a webhook paused after a dead delivery",
            description = "The dead delivery stays dead (redeliver it to send it again); the deliveries after it go "
                    + "out. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Resumed.")
    @APIResponse(responseCode = "409", description = "The subscription is not paused.")
    public RestResponse<WebhookResponse> resume(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.resume(id, ifMatch));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Read a webhook's delivery log",
            description = "Each delivery's status, attempts, last answer or error and next attempt. Filter: status. "
                    + "Sort key: createdAt (default -createdAt, the newest first).")
    public Page<DeliveryResponse> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Only deliveries in this status.") @QueryParam("status") DeliveryStatus status,
            @BeanParam PageParams page) {
        return service.deliveries(id, status, Paging.of(page, WebhookService.DELIVERY_SORTS, "-createdAt"));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}:redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivered or dead delivery again",
            description = "The delivery goes back in the queue with its id, ahead of every delivery queued after it, "
                    + "and a subscription paused for a dead delivery is resumed.")
    @APIResponse(responseCode = "200", description = "Queued again.")
    @APIResponse(responseCode = "409", description = "The delivery is still queued.")
    public DeliveryResponse redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.redeliver(id, deliveryId);
    }

    private static RestResponse<WebhookResponse> tagged(WebhookResponse webhook) {
        return RestResponse.ResponseBuilder.ok(webhook).tag(ETags.of(webhook.version())).build();
    }
}
