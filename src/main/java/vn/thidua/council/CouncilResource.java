package vn.thidua.council;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import vn.thidua.council.CouncilResponses.CouncilView;
import vn.thidua.council.CouncilResponses.MemberView;

/** Councils and their members: {@code /councils}, {@code /councils/{id}}, {@code /councils/{id}/members}. */
@Path("/councils")
@Tag(name = "Councils", description = "The Emulation–Commendation Council (Hội đồng thi đua – khen thưởng) of an "
        + "agency, its members and sessions.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilResource {

    static final String READERS = "Readers: admin, board, leader, council, unit_head and integration for the councils "
            + "of their scope, and every member of the council (whatever their role, and even when the agency lies "
            + "above their home unit); a member of no council gets 403.";
    static final String MANAGERS = "Administrators and the board whose scope holds the agency; a board member who "
            + "sees the council only as one of its members gets 403.";

    @Inject
    CouncilService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listCouncils", summary = "List the councils the caller may read",
            description = "The councils of agencies in the caller's scope (for the overseeing roles), and the councils "
                    + "the caller sits on. `unit` with `subtree=true` (the default) includes the agencies below it. "
                    + "Sort keys: name, createdAt.")
    public Page<CouncilView> list(@QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree")
            String subtree,
            @BeanParam PageParams page) {
        return service.list(new CouncilService.ListQuery(unit, QueryFlags.parse("subtree", subtree, true)),
                Paging.of(page, CouncilService.SORTS, "name"));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "createCouncil", summary = "Establish the council of an agency",
            description = "One council per unit. " + MANAGERS)
    @APIResponse(responseCode = "201", description = "Established.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouncilView.class)))
    @APIResponse(responseCode = "404", description = "The unit is not in your scope.")
    @APIResponse(responseCode = "409", description = "The unit already has a council (the answer names it).")
    public Response create(@NotNull @Valid CouncilRequests.Create body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /councils", body, () -> {
            CouncilView council = service.create(body);
            return Response.created(URI.create("councils/" + council.id())).entity(council)
                    .tag(ETags.of(council.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getCouncil", summary = "Read a council", description = READERS)
    @APIResponse(responseCode = "200", description = "The council, with its version as ETag.")
    public RestResponse<CouncilView> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "updateCouncil", summary = "Rename a council or change its founding decision",
            description = "An absent field keeps its value; an empty `establishedBy` clears it. Needs If-Match. "
                    + MANAGERS)
    @APIResponse(responseCode = "200", description = "Changed.")
    public RestResponse<CouncilView> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid CouncilRequests.Update body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listCouncilMembers", summary = "The council's members on a day, or every membership",
            description = "The members holding office on `on` (default: today in Vietnam), in the minutes' order: "
                    + "chair, vice-chairs, members, secretary, each by name in staff-list order. `all=true` (without "
                    + "`on`) lists every membership past and future instead. `current` says whether a membership "
                    + "holds today; `canVote`, whether the account holds the role council that voting needs. "
                    + READERS)
    @APIResponse(responseCode = "200", description = "The memberships.")
    public List<MemberView> members(@PathParam("id") UUID id,
            @Parameter(description = "The day; default today in Vietnam.", example = "2025-12-15")
            @QueryParam("on") LocalDate on,
            @Parameter(description = "true: every membership past and future (not with `on`).",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("all")
            String all) {
        return service.members(id, on, QueryFlags.parse("all", all, false));
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "addCouncilMember", summary = "Appoint an account to the council",
            description = "The account must be enabled and belong to the agency or a unit below it (an account "
                    + "outside your scope is a 404). One membership per account on any day, and one chair and one "
                    + "secretary holding office on any day (409 naming who holds the seat). Voting needs the role "
                    + "council: the answer's `canVote` says whether the account has it. " + MANAGERS)
    @APIResponse(responseCode = "201", description = "Appointed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "The account already sits on the council on some of these days, "
            + "or the chair's or secretary's seat is taken.")
    public Response addMember(@PathParam("id") UUID id, @NotNull @Valid CouncilRequests.AddMember body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /councils/" + id + "/members", body, () -> {
            MemberView member = service.addMember(id, body);
            return Response.created(URI.create("council-members/" + member.id())).entity(member)
                    .tag(ETags.of(member.version())).build();
        });
    }

    private static RestResponse<CouncilView> tagged(CouncilView council) {
        return RestResponse.ResponseBuilder.ok(council).tag(ETags.of(council.version())).build();
    }
}
