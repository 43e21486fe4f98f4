package vn.thidua.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/plans")
@Tag(name = "Plans", description = "Emulation plans (kế hoạch phát động thi đua): DRAFT → ISSUED → CLOSED, or CANCELLED.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService service;
    @Inject
    PhaseService phases;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listPlans", summary = "List the plans the caller may see",
            description = "Plans issued by a unit in the caller's scope (drafts for board, leader and admin only), and "
                    + "issued plans the caller's unit takes part in. `q` searches number, title and theme ignoring "
                    + "accents. Sort keys: issuedOn, number, title, year, startDate, createdAt.")
    public Page<PlanResponses.Summary> list(@Parameter(example = "2022") @QueryParam("year") Integer year,
            @QueryParam("status") PlanStatus status,
            @Parameter(description = "Issuing unit.") @QueryParam("issuingUnit") UUID issuingUnit,
            @QueryParam("kind") PlanKind kind,
            @Parameter(example = "thi dua nam 2022") @QueryParam("q") String q,
            @BeanParam PageParams page) {
        return service.list(new PlanRepository.Filter(year, status, issuingUnit, kind, q),
                Paging.of(page, PlanService.SORTS, "-issuedOn"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getPlan", summary = "Read a plan with every part of the document and its phases",
            description = "The whole plan document (legal bases, purposes, contents, sub-movements, duties, signer, "
                    + "recipients) with its phases. Drafts are visible to board, leader and admin roles only.")
    @APIResponse(responseCode = "200", description = "The plan, with its version as ETag.")
    public RestResponse<PlanResponses.Full> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "createPlan", summary = "Create a plan, with its phases, in one call",
            description = "The plan is created as a draft. Units may be named by id or by code, which suits "
                    + "hand-written imports with curl. Every broken date rule is a field error.")
    @APIResponse(responseCode = "201", description = "Created as a draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponses.Full.class)))
    @APIResponse(responseCode = "404", description = "The issuing unit is not one the caller can see.")
    @APIResponse(responseCode = "409", description = "The number is already used by the issuing unit.")
    public Response create(@NotNull @Valid PlanRequests.Create body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /plans", body, () -> {
            PlanResponses.Full plan = service.create(body);
            return Response.created(URI.create("plans/" + plan.id())).entity(plan)
                    .tag(ETags.of(plan.version())).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updatePlan", summary = "Edit a draft, or correct the text of an issued plan",
            description = "A draft takes any change. An issued plan keeps its number, date, kind, period and "
                    + "participants; its text may be corrected, and the correction is audited.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The plan is closed or cancelled, or the number is taken.")
    public RestResponse<PlanResponses.Full> update(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.Update body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:issue")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "issuePlan", summary = "Issue a draft plan (ban hành)",
            description = "Needs a number, an issue date and a signer. Raises `plan.issued`.")
    @APIResponse(responseCode = "200", description = "Issued.")
    @APIResponse(responseCode = "409", description = "The plan is not a draft.")
    public RestResponse<PlanResponses.Full> issue(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.issue(id, ifMatch));
    }

    @POST
    @Path("/{id}:close")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "closePlan", summary = "Close an issued plan", description = "Raises `plan.closed`.")
    @APIResponse(responseCode = "200", description = "Closed.")
    @APIResponse(responseCode = "409", description = "The plan is not issued.")
    public RestResponse<PlanResponses.Full> close(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.close(id, ifMatch));
    }

    @POST
    @Path("/{id}:cancel")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "cancelPlan", summary = "Cancel a draft or issued plan, with the reason",
            description = "Raises `plan.cancelled`.")
    @APIResponse(responseCode = "200", description = "Cancelled.")
    @APIResponse(responseCode = "409", description = "The plan is already closed or cancelled.")
    public RestResponse<PlanResponses.Full> cancel(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PlanRequests.Cancel body) {
        return tagged(service.cancel(id, ifMatch, body));
    }

    @GET
    @Path("/{planId}/phases")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listPhases", summary = "List a plan's phases, in order",
            description = "The phases of a plan the caller may see, by number.")
    public List<PlanResponses.PhaseView> listPhases(@PathParam("planId") UUID planId) {
        return phases.list(planId);
    }

    @POST
    @Path("/{planId}/phases")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "addPhase", summary = "Add a phase to a draft or issued plan",
            description = "The phase must lie inside the plan's period and overlap no other phase; its registration "
                    + "window closes before it ends; evaluations are due on or after its end.")
    @APIResponse(responseCode = "201", description = "Added.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponses.PhaseView.class)))
    @APIResponse(responseCode = "409", description = "The plan is closed or cancelled.")
    public Response addPhase(@PathParam("planId") UUID planId, @NotNull @Valid PlanRequests.Phase body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /plans/" + planId + "/phases", body, () -> {
            PlanResponses.PhaseView phase = phases.add(planId, body);
            return Response.created(URI.create("phases/" + phase.id())).entity(phase)
                    .tag(ETags.of(phase.version())).build();
        });
    }

    private static RestResponse<PlanResponses.Full> tagged(PlanResponses.Full plan) {
        return RestResponse.ResponseBuilder.ok(plan).tag(ETags.of(plan.version())).build();
    }
}
