package vn.thidua.plan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;

@Path("/phases")
@Tag(name = "Phases", description = "Campaign phases (đợt thi đua) of a plan.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PhaseResource {

    @Inject
    PhaseService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getPhase", summary = "Read a phase",
            description = "A phase of a plan the caller may see.")
    @APIResponse(responseCode = "200", description = "The phase, with its version as ETag.")
    public RestResponse<PlanResponses.PhaseView> get(@PathParam("id") UUID id) {
        PlanResponses.PhaseView phase = service.get(id);
        return RestResponse.ResponseBuilder.ok(phase).tag(ETags.of(phase.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updatePhase", summary = "Change a phase of a draft plan, or correct one of an issued plan",
            description = "Replaces the phase's fields; the dates must stay inside the plan and the registration window "
                    + "inside the phase. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The plan is closed or cancelled.")
    public RestResponse<PlanResponses.PhaseView> update(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid PlanRequests.Phase body) {
        PlanResponses.PhaseView phase = service.update(id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(phase).tag(ETags.of(phase.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deletePhase", summary = "Remove a phase from a draft plan",
            description = "Only while the plan is a draft; an issued plan keeps its phases. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "409", description = "The plan is no longer a draft.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
