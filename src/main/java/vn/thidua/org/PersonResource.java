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

@Path("/people")
@Tag(name = "People", description = "Staff of the agencies (cán bộ, viên chức, người lao động).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listPeople", summary = "List people in the caller's scope",
            description = "Filters combine. `unit` lists the people of one unit, `within` those of a whole subtree "
                    + "(the unit included); `q` searches full name and code ignoring accents and case. A caller "
                    + "whose only reading role is `member` sees at most their own record.\n\n"
                    + "Sort keys: `givenName` (the default: given name, then family name, then middle name, as staff "
                    + "lists are ordered), `familyName` (family, middle, given), `code`, `createdAt`. Names sort by "
                    + "the Vietnamese alphabet, then tones (ngang, huyền, hỏi, ngã, sắc, nặng), then case: "
                    + "Anh < Ánh < Ăn < Ân < Bình < Dung < Dũng < Đức.")
    @APIResponse(responseCode = "200", description = "One page of people.")
    @APIResponse(responseCode = "404", description = "`unit` or `within` names no unit the caller can see.")
    public Page<PersonResponse> list(
            @Parameter(description = "Only the people of this unit (not of the units below it).")
            @QueryParam("unit") UUID unit,
            @Parameter(description = "Only the people of this unit and of every unit below it.")
            @QueryParam("within") UUID within,
            @Parameter(description = "true: active people only; false: deactivated only.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "Accent-insensitive search in full name and code.", example = "nguyen van duc")
            @QueryParam("q") String q,
            @BeanParam PageParams page) {
        Paging paging = Paging.of(page, PersonService.SORTS, "givenName");
        return service.list(unit, within, QueryFlags.parse("active", active, null), q, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getPerson", summary = "Read a person",
            description = "A caller whose only reading role is `member` reads only their own record (the token's "
                    + "`person` claim); any other id answers 404.")
    @APIResponse(responseCode = "200", description = "The person, with their version as ETag.")
    public RestResponse<PersonResponse> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "createPerson", summary = "Add a person to a unit",
            description = "The unit must be inside the caller's scope and active; the person starts active.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "404", description = "`unitId` names no unit the caller can see.")
    @APIResponse(responseCode = "409", description = "The code is taken in the unit's agency (codes are unique per "
            + "agency, so another agency's are never in the way), or the unit is deactivated.")
    public Response create(@NotNull @Valid PersonRequest body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /people", body, () -> {
            PersonResponse person = service.create(body);
            return Response.created(URI.create("people/" + person.id())).entity(person)
                    .tag(ETags.of(person.version())).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "updatePerson", summary = "Replace a person's editable fields",
            description = "Optional fields left out are cleared. Changing `unitId` moves the person; the new unit "
                    + "must be inside the caller's scope too.")
    @APIResponse(responseCode = "200", description = "Updated (or unchanged, when nothing differed).")
    @APIResponse(responseCode = "409", description = "The code is taken in the new unit's agency, or the new unit is "
            + "deactivated.")
    public RestResponse<PersonResponse> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid PersonRequest body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:deactivate")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "deactivatePerson", summary = "Deactivate a person who has left (people are never deleted)",
            description = "For someone who has left: the person stays in history (pledges, audit) but no longer appears in "
                    + "active lists. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Deactivated.")
    public RestResponse<PersonResponse> deactivate(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.deactivate(id, ifMatch));
    }

    @POST
    @Path("/{id}:activate")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "activatePerson", summary = "Activate a deactivated person again",
            description = "The person's unit must be active. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Active.")
    @APIResponse(responseCode = "409", description = "The person's unit is deactivated.")
    public RestResponse<PersonResponse> activate(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.activate(id, ifMatch));
    }

    private static RestResponse<PersonResponse> tagged(PersonResponse person) {
        return RestResponse.ResponseBuilder.ok(person).tag(ETags.of(person.version())).build();
    }
}
