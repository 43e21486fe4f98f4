package vn.thidua.council;

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

/** A session's agenda and paper tallies: {@code /council-sessions/{id}/agenda...}. */
@Path("/council-sessions")
@Tag(name = "Council sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionAgendaResource {

    @Inject
    AgendaService service;
    @Inject
    Idempotency idempotency;

    @GET
    @Path("/{id}/agenda")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listCouncilAgenda", summary = "The session's agenda, in order",
            description = "Each item with its candidate, title, voting mode and recusals; while voting, how many "
                    + "members have voted on it; once voting is closed, its result and quota standing.")
    public Page<SessionResponses.Item> list(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return service.list(id, Paging.of(page, java.util.Map.of("position", "position"), "position"));
    }

    @POST
    @Path("/{id}/agenda")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "addCouncilAgendaItem", summary = "Put a candidate and a title on the agenda",
            description = "The evaluation must be submitted to the council, of the session's plan when it has one, "
                    + "of a subject inside the council's agency, and propose the title. Members who are the "
                    + "candidate, or head the candidate unit, are recused.")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponses.Item.class)))
    @APIResponse(responseCode = "409", description = "Not a draft; the evaluation is not submitted to the council, "
            + "of another plan or outside the agency; or the item is already on the agenda.")
    public Response add(@PathParam("id") UUID id, @NotNull @Valid SessionRequests.AddItem body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /council-sessions/" + id + "/agenda", body, () -> {
            SessionResponses.Item item = service.add(id, body);
            return Response.created(URI.create("council-sessions/" + id + "/agenda/" + item.id())).entity(item)
                    .tag(ETags.of(item.version())).build();
        });
    }

    @POST
    @Path("/{id}/agenda:add-from-unit")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "addCouncilAgendaFromUnit", summary = "Put a unit's candidates on the agenda at once",
            description = "Every evaluation of the session's plan submitted to the council under the unit (with "
                    + "`subtree`, the default, also below it), each title it proposes (or those of `awardCodes`); "
                    + "items already on the agenda are skipped and counted.")
    @APIResponse(responseCode = "200", description = "What was added.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponses.Added.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, the session has no plan, or the unit is outside "
            + "the council's agency.")
    public Response addFromUnit(@PathParam("id") UUID id, @NotNull @Valid SessionRequests.AddFromUnit body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /council-sessions/" + id + "/agenda:add-from-unit", body,
                () -> Response.ok(service.addFromUnit(id, body)).build());
    }

    @GET
    @Path("/{id}/agenda/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getCouncilAgendaItem", summary = "Read one agenda item",
            description = "As the agenda lists it, with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The item.")
    public RestResponse<SessionResponses.Item> get(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return tagged(service.get(id, itemId));
    }

    @PATCH
    @Path("/{id}/agenda/{itemId}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateCouncilAgendaItem", summary = "Change how an item is decided",
            description = "BALLOT, PAPER or NONE, while the session is a draft. Needs If-Match (the item's).")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The session is no longer a draft.")
    public RestResponse<SessionResponses.Item> update(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid SessionRequests.UpdateItem body) {
        return tagged(service.update(id, itemId, ifMatch, body));
    }

    @DELETE
    @Path("/{id}/agenda/{itemId}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deleteCouncilAgendaItem", summary = "Take an item off the agenda",
            description = "While the session is a draft; the items after it move up. Needs If-Match (the item's).")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "409", description = "The session is no longer a draft.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.remove(id, itemId, ifMatch);
        return RestResponse.noContent();
    }

    @PUT
    @Path("/{id}/agenda/{itemId}/tally")
    @RolesAllowed({Roles.BOARD, Roles.COUNCIL})
    @Operation(operationId = "putCouncilItemTally", summary = "Enter the paper tally of an item",
            description = "While voting is open, for an item voted on paper; by the board or the session's "
                    + "secretary. Counts that the turnout makes impossible are refused field by field. Needs "
                    + "If-Match (the item's).")
    @APIResponse(responseCode = "200", description = "Entered.")
    @APIResponse(responseCode = "409", description = "Voting is not open, or the item is not voted on paper.")
    public RestResponse<SessionResponses.Item> tally(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid SessionRequests.TallyInput body) {
        return tagged(service.enterTally(id, itemId, ifMatch, body));
    }

    private static RestResponse<SessionResponses.Item> tagged(SessionResponses.Item item) {
        return RestResponse.ResponseBuilder.ok(item).tag(ETags.of(item.version())).build();
    }
}
