package vn.thidua.decision;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

/** A decision's awardee lines: {@code /decisions/{id}/awardees}, from a council session, and their recovery. */
@Path("/decisions")
@Tag(name = "Decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionAwardeeResource {

    @Inject
    DecisionService service;
    @Inject
    Idempotency idempotency;

    @GET
    @Path("/{id}/awardees")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listDecisionAwardees", summary = "The decision's awardee lines, in order",
            description = "With each line's eligibility, override reason, cash, verification code (once signed) "
                    + "and, once revoked, its recovery.")
    public Page<DecisionResponses.Awardee> list(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return service.awardees(id, Paging.of(page, java.util.Map.of("position", "position"), "position"));
    }

    @POST
    @Path("/{id}/awardees")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "addDecisionAwardee", summary = "Add an awardee by hand",
            description = "A person or collective under the authority. Refused (400, with the field and code) when the law refuses it: a "
                    + "pending disciplinary procedure, investigation or inspection; the same title already conferred "
                    + "for the year; a form for an achievement year already rewarded, or a title the rules do not "
                    + "find the subject eligible for, without an `overrideReason`; a configured quota overrun. The "
                    + "cash is reckoned on the decision's date.")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionResponses.Awardee.class)))
    @APIResponse(responseCode = "409", description = "The decision is signed, or lists the subject for the award.")
    public Response add(@PathParam("id") UUID id, @NotNull @Valid DecisionRequests.AddAwardee body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /decisions/" + id + "/awardees", body, () -> {
            DecisionResponses.Awardee line = service.addAwardee(id, body);
            return Response.created(URI.create("decisions/" + id + "/awardees/" + line.id())).entity(line)
                    .tag(ETags.of(line.version())).build();
        });
    }

    @POST
    @Path("/{id}/awardees:from-session")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "addDecisionAwardeesFromSession", summary = "Add the council's passed results",
            description = "Every item of a closed session that passed and was accepted within its quota, for the "
                    + "awards asked (default the decision's), becomes a line in one call; the others are reported "
                    + "with the reason they were passed over (another award, over the quota, above the authority, "
                    + "already listed, or a refusal of the law such as NOT_ELIGIBLE).")
    @APIResponse(responseCode = "200", description = "Added and passed over.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionResponses.Added.class)))
    @APIResponse(responseCode = "409", description = "The decision is signed, or the session is not closed.")
    public Response fromSession(@PathParam("id") UUID id, @NotNull @Valid DecisionRequests.FromSession body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /decisions/" + id + "/awardees:from-session", body,
                () -> Response.ok(service.addFromSession(id, body)).build());
    }

    @GET
    @Path("/{id}/awardees/{awardeeId}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getDecisionAwardee", summary = "Read an awardee line",
            description = "One line of a decision in the caller's scope, with its cash, verification code and recovery.")
    @APIResponse(responseCode = "200", description = "The line, with its version as ETag.")
    public RestResponse<DecisionResponses.Awardee> get(@PathParam("id") UUID id,
            @PathParam("awardeeId") UUID awardeeId) {
        return tagged(service.awardee(id, awardeeId));
    }

    @PATCH
    @Path("/{id}/awardees/{awardeeId}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateDecisionAwardee", summary = "Change a draft's line",
            description = "Citation, override reason (judged again), fund. Needs If-Match (the line's).")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The decision is signed.")
    public RestResponse<DecisionResponses.Awardee> update(@PathParam("id") UUID id,
            @PathParam("awardeeId") UUID awardeeId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionRequests.UpdateAwardee body) {
        return tagged(service.updateAwardee(id, awardeeId, ifMatch, body));
    }

    @DELETE
    @Path("/{id}/awardees/{awardeeId}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "removeDecisionAwardee", summary = "Remove a draft's line",
            description = "The lines after it move up. Needs If-Match (the line's). Answers the decision.")
    @APIResponse(responseCode = "200", description = "Removed; the decision with its new total.")
    @APIResponse(responseCode = "409", description = "The decision is signed.")
    public RestResponse<DecisionResponses.Decision> remove(@PathParam("id") UUID id,
            @PathParam("awardeeId") UUID awardeeId, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        DecisionResponses.Decision decision = service.removeAwardee(id, awardeeId, ifMatch);
        return RestResponse.ResponseBuilder.ok(decision).tag(ETags.of(decision.version())).build();
    }

    @PUT
    @Path("/{id}/awardees/{awardeeId}/recovery")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "recordAwardeeRecovery", summary = "Record what a revoked line has returned",
            description = "The money recovered so far (never above what is owed) and when, and when the item "
                    + "(certificate, flag, badge) came back. Only on a revoked line. Needs If-Match (the line's).")
    @APIResponse(responseCode = "200", description = "Recorded.")
    @APIResponse(responseCode = "409", description = "The line is not revoked.")
    public RestResponse<DecisionResponses.Awardee> recovery(@PathParam("id") UUID id,
            @PathParam("awardeeId") UUID awardeeId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionRequests.Recovery body) {
        return tagged(service.recordRecovery(id, awardeeId, ifMatch, body));
    }

    private static RestResponse<DecisionResponses.Awardee> tagged(DecisionResponses.Awardee line) {
        return RestResponse.ResponseBuilder.ok(line).tag(ETags.of(line.version())).build();
    }
}
