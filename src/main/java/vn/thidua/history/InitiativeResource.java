package vn.thidua.history;

import java.net.URI;
import java.util.List;
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
import vn.thidua.history.HistoryRequests.InitiativeContent;
import vn.thidua.history.HistoryResponses.InitiativeView;

/** Initiatives and science projects: {@code /initiatives}, {@code /initiatives/{id}}. */
@Path("/initiatives")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InitiativeResource {

    @Inject
    HistoryService service;
    @Inject
    Initiatives kind;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listInitiatives", summary = "List initiatives and science projects",
            description = "Filters: person (an author), unit (with subtree), year or fromYear/toYear (the emulation year), kind, level. Sort keys: year, recognisedOn, title, createdAt (default -year). " + HistoryDocs.READERS)
    public Page<InitiativeView> list(@BeanParam HistoryFilters filters, @QueryParam("kind") InitiativeKind initiativeKind, @QueryParam("level") EffectLevel level,
            @BeanParam PageParams page) {
        return service.list(kind, filters.query(List.of(new HistoryService.Condition("e.kind = :kind", "kind", initiativeKind), HistoryService.Condition.is("level", level))),
                Paging.of(page, kind.sorts(), kind.defaultSort()));
    }

    @POST
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "createInitiative", summary = "Record a recognised initiative or accepted science project",
            description = "Authors are people of your scope (at least one, unless unitId names the owning collective); year defaults to the year of recognisedOn. One decision recognises a title once. " + HistoryDocs.BOARD_AND_UNIT_HEADS)
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InitiativeView.class)))
    @APIResponse(responseCode = "409", description = "An initiative with this decision number and title is already recorded.")
    public Response create(@NotNull @Valid InitiativeContent body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /initiatives", body, () -> {
            InitiativeView created = service.create(kind, body);
            return Response.created(URI.create("initiatives/" + created.id())).entity(created)
                    .tag(ETags.of(created.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getInitiative", summary = "Read an initiative",
            description = HistoryDocs.READERS)
    @APIResponse(responseCode = "200", description = "The assessment, with its version as ETag.")
    public RestResponse<InitiativeView> get(@PathParam("id") UUID id) {
        InitiativeView found = service.get(kind, id);
        return RestResponse.ResponseBuilder.ok(found).tag(ETags.of(found.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "updateInitiative", summary = "Change an initiative",
            description = "Replaces everything, authors included. Needs If-Match. " + HistoryDocs.BOARD_AND_UNIT_HEADS)
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", description = "An initiative with the new decision number and title is already recorded.")
    public RestResponse<InitiativeView> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid InitiativeContent body) {
        InitiativeView changed = service.update(kind, id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(changed).tag(ETags.of(changed.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "deleteInitiative", summary = "Delete an initiative recorded by mistake",
            description = "Needs If-Match. " + HistoryDocs.BOARD_AND_UNIT_HEADS)
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(kind, id, ifMatch);
        return RestResponse.noContent();
    }
}
