package vn.thidua.pledge;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** A pledge and its acts: {@code /pledges/{id}}, {@code :submit}, {@code :approve}... */
@Path("/pledges")
@Tag(name = "Pledges", description = "Registrations for emulation titles (đăng ký thi đua), by people and units.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PledgeResource {

    @Inject
    PledgeService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getPledge", summary = "Read a pledge",
            description = "A pledge the caller may see: a member their own, unit heads those of their unit, the board those "
                    + "in scope.")
    @APIResponse(responseCode = "200", description = "The pledge, with its version as ETag.")
    public RestResponse<PledgeResponse> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD, Roles.MEMBER})
    @Operation(operationId = "updatePledge", summary = "Change the titles and commitments of a draft or returned pledge",
            description = "Replaces the titles and commitments; the titles must fit the subject and the commitments name the "
                    + "plan's sub-movements. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The pledge is no longer editable.")
    public RestResponse<PledgeResponse> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PledgeRequests.Update body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:submit")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD, Roles.MEMBER})
    @Operation(operationId = "submitPledge", summary = "Submit a draft or returned pledge",
            description = "Only while the registration window is open; the board may accept a late one with a reason.")
    @APIResponse(responseCode = "200", description = "Submitted.")
    @APIResponse(responseCode = "409", description = "The registration window is closed, or the pledge cannot be submitted now.")
    public RestResponse<PledgeResponse> submit(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid PledgeRequests.Submit body) {
        return tagged(service.submit(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:approve")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "approvePledge", summary = "Approve a submitted pledge",
            description = "Unit heads approve their people's; the board of the plan's issuing unit approves units'.")
    @APIResponse(responseCode = "200", description = "Approved.")
    @APIResponse(responseCode = "409", description = "The pledge is not submitted.")
    public RestResponse<PledgeResponse> approve(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.approve(id, ifMatch));
    }

    @POST
    @Path("/{id}:return")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "returnPledge", summary = "Return a submitted pledge for changes, with the reason",
            description = "By the board or the subject's unit head: the pledge goes back to RETURNED with the reason, to be "
                    + "edited and submitted again. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Returned; it can be edited and submitted again.")
    @APIResponse(responseCode = "409", description = "The pledge is not submitted.")
    public RestResponse<PledgeResponse> sendBack(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PledgeRequests.Reason body) {
        return tagged(service.sendBack(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:reject")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "rejectPledge", summary = "Reject a submitted pledge, with the reason",
            description = "By the board or the subject's unit head. Final for this pledge; the reason is recorded and shown "
                    + "to the subject. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Rejected; the subject may register again.")
    @APIResponse(responseCode = "409", description = "The pledge is not submitted.")
    public RestResponse<PledgeResponse> reject(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PledgeRequests.Reason body) {
        return tagged(service.reject(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:withdraw")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD, Roles.MEMBER})
    @Operation(operationId = "withdrawPledge", summary = "Withdraw a pledge before it is approved",
            description = "By the subject (or whoever registered them) while the pledge is a draft, submitted or returned. "
                    + "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the subject may register again.")
    @APIResponse(responseCode = "409", description = "The pledge is already approved, rejected or withdrawn.")
    public RestResponse<PledgeResponse> withdraw(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.withdraw(id, ifMatch));
    }

    private static RestResponse<PledgeResponse> tagged(PledgeResponse pledge) {
        return RestResponse.ResponseBuilder.ok(pledge).tag(ETags.of(pledge.version())).build();
    }
}
