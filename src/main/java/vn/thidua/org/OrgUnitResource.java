package vn.thidua.org;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.QueryFlags;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;

@Path("/units")
@Tag(name = "Units", description = "The organisation tree (đơn vị): province, agencies, faculties and offices.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitResource {

    @Inject
    OrgUnitService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listUnits", summary = "List units in the caller's scope",
            description = "Filters combine. `parent` lists a unit's children, `within` a whole subtree (the unit "
                    + "included); `q` searches name and code ignoring accents. Sort keys: code, name, depth, createdAt.")
    @APIResponse(responseCode = "200", description = "One page of units.")
    @APIResponse(responseCode = "404", description = "`within` names no unit the caller can see.")
    public Page<UnitResponse> list(
            @Parameter(description = "Only the children of this unit.") @QueryParam("parent") UUID parent,
            @Parameter(description = "Only this unit and everything below it.") @QueryParam("within") UUID within,
            @QueryParam("kind") UnitKind kind,
            @Parameter(description = "true: active units only; false: deactivated only.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active,
            @Parameter(description = "Accent-insensitive search in name and code.", example = "ly luan")
            @QueryParam("q") String q,
            @BeanParam PageParams page) {
        Paging paging = Paging.of(page, OrgUnitService.SORTS, "code");
        String withinPath = within == null ? null : service.pathOf(within);
        return service.list(new OrgUnitRepository.UnitFilter(parent, withinPath, kind,
                QueryFlags.parse("active", active, null), q), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getUnit", summary = "Read a unit",
            description = "A unit inside the caller's scope; any other answers 404.")
    @APIResponse(responseCode = "200", description = "The unit, with its version as ETag.")
    public RestResponse<UnitResponse> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUnit", summary = "Create a unit under an existing one",
            description = "The parent must be in the admin's scope and active; the code is unique ignoring case.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResponse.class)))
    @APIResponse(responseCode = "404", description = "`parentId` names no unit the caller can see.")
    @APIResponse(responseCode = "409", description = "The code is taken in the unit's agency (or, for an agency, among "
            + "the agencies): codes are unique per agency, so another agency's are never in the way. Or the parent is "
            + "deactivated.")
    public Response create(@NotNull @Valid UnitRequests.CreateUnit body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /units", body, () -> {
            UnitResponse unit = service.create(body);
            return Response.created(URI.create("units/" + unit.id())).entity(unit)
                    .tag(ETags.of(unit.version())).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateUnit", summary = "Change a unit's code, name or kind",
            description = "Replaces code, name, short name and kind; the place in the tree changes only by `:move`. Needs "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The code is taken in the unit's agency (or, for an agency, "
            + "among the agencies).")
    public RestResponse<UnitResponse> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid UnitRequests.UpdateUnit body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:move")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "moveUnit", summary = "Move a unit, with its subtree, under another parent",
            description = "The unit and everything below it move under the new parent, which must be in scope and not below "
                    + "the unit itself. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Moved.")
    @APIResponse(responseCode = "409", description = "The move would make a cycle, the unit is the root, or a person "
            + "of the subtree has a code that a person of the receiving agency has already.")
    public RestResponse<UnitResponse> move(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid UnitRequests.MoveUnit body) {
        return tagged(service.move(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateUnit", summary = "Deactivate a unit (units are never deleted)",
            description = "Its children and people must be deactivated or moved first; the root cannot be deactivated. Needs "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "Deactivated.")
    @APIResponse(responseCode = "409", description = "The unit still has active children or people, or is the root.")
    public RestResponse<UnitResponse> deactivate(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.deactivate(id, ifMatch));
    }

    @POST
    @Path("/{id}:activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "activateUnit", summary = "Activate a deactivated unit again",
            description = "The parent must be active. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Active.")
    @APIResponse(responseCode = "409", description = "The parent is deactivated.")
    public RestResponse<UnitResponse> activate(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.activate(id, ifMatch));
    }

    private static RestResponse<UnitResponse> tagged(UnitResponse unit) {
        return RestResponse.ResponseBuilder.ok(unit).tag(ETags.of(unit.version())).build();
    }
}
