package vn.thidua.council;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import vn.thidua.council.CouncilResponses.MemberView;

/** One membership of a council: {@code /council-members/{id}}. */
@Path("/council-members")
@Tag(name = "Councils")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilMemberResource {

    @Inject
    CouncilService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getCouncilMember", summary = "Read a council membership",
            description = CouncilResource.READERS)
    @APIResponse(responseCode = "200", description = "The membership, with its version as ETag.")
    public RestResponse<MemberView> get(@PathParam("id") UUID id) {
        return tagged(service.member(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "updateCouncilMember", summary = "Change a membership's role, name, position or term",
            description = "An absent field keeps its value. Ending a membership is setting `validTo`; an ended "
                    + "membership is continued by a new one from the next day (membership changes between years are "
                    + "new memberships, so that past sessions keep the members they had). The account stays: another "
                    + "account is a new membership. One membership per account on any day, one chair and one "
                    + "secretary on any day. Needs If-Match. "
                    + CouncilResource.MANAGERS)
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", description = "The new term overlaps another membership of the account, or "
            + "the chair's or secretary's seat is taken on some of its days.")
    public RestResponse<MemberView> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid CouncilRequests.UpdateMember body) {
        return tagged(service.updateMember(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "deleteCouncilMember", summary = "Delete a membership entered by mistake",
            description = "Only while no session has listed it among its members; afterwards it is history: end it "
                    + "with `validTo` instead. Needs If-Match. " + CouncilResource.MANAGERS)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "A session lists the membership; end it with validTo instead.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.deleteMember(id, ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<MemberView> tagged(MemberView member) {
        return RestResponse.ResponseBuilder.ok(member).tag(ETags.of(member.version())).build();
    }
}
