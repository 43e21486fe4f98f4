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
import vn.thidua.history.HistoryRequests.CreateProceeding;
import vn.thidua.history.HistoryRequests.UpdateProceeding;
import vn.thidua.history.HistoryResponses.Proceeding;
import vn.thidua.common.api.QueryFlags;

/** Disciplinary proceedings: {@code /disciplinary-proceedings}, {@code /disciplinary-proceedings/{id}}. */
@Path("/disciplinary-proceedings")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisciplinaryProceedingResource {

    @Inject
    HistoryService service;
    @Inject
    DisciplinaryProceedings kind;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listDisciplinaryProceedings", summary = "List disciplinary procedures, investigations and inspections",
            description = "Filters: person, unit (with subtree), year or fromYear/toYear (open during those years), kind, pending. Sort keys: openedOn, closedOn, createdAt (default -openedOn). " + HistoryDocs.READERS)
    public Page<Proceeding> list(@BeanParam HistoryFilters filters, @QueryParam("kind") ProceedingKind proceedingKind,
            @Parameter(description = "true: only those still open; false: only closed ones.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) @QueryParam("pending") String pending,
            @BeanParam PageParams page) {
        return service.list(kind, filters.query(pendingFilter(proceedingKind, pending)),
                Paging.of(page, kind.sorts(), kind.defaultSort()));
    }

    @POST
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "createDisciplinaryProceeding", summary = "Record a disciplinary procedure, investigation or inspection about a person or a unit",
            description = "While it is pending (no closedOn) no award or proposal is made for the subject. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "404", description = "The subject is not in your scope.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Proceeding.class)))
    public Response create(@NotNull @Valid CreateProceeding body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /disciplinary-proceedings", body, () -> {
            Proceeding created = service.create(kind, body);
            return Response.created(URI.create("disciplinary-proceedings/" + created.id())).entity(created)
                    .tag(ETags.of(created.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getDisciplinaryProceeding", summary = "Read a disciplinary proceeding",
            description = HistoryDocs.READERS)
    @APIResponse(responseCode = "200", description = "The assessment, with its version as ETag.")
    public RestResponse<Proceeding> get(@PathParam("id") UUID id) {
        Proceeding found = service.get(kind, id);
        return RestResponse.ResponseBuilder.ok(found).tag(ETags.of(found.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateDisciplinaryProceeding", summary = "Change or close a proceeding",
            description = "Replaces kind, dates, reference and note (set closedOn when it ends); the subject stays. Needs If-Match. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "200", description = "Changed.")
    public RestResponse<Proceeding> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid UpdateProceeding body) {
        Proceeding changed = service.update(kind, id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(changed).tag(ETags.of(changed.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deleteDisciplinaryProceeding", summary = "Delete a proceeding recorded by mistake",
            description = "Needs If-Match. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(kind, id, ifMatch);
        return RestResponse.noContent();
    }

    private static List<HistoryService.Condition> pendingFilter(ProceedingKind proceedingKind, String pending) {
        Boolean open = QueryFlags.parse("pending", pending, null);
        List<HistoryService.Condition> conditions = new java.util.ArrayList<>();
        conditions.add(new HistoryService.Condition("e.kind = :kind", "kind", proceedingKind));
        if (open != null) {
            conditions.add(new HistoryService.Condition(open ? "e.closedOn is null" : "e.closedOn is not null", null,
                    null));
        }
        return conditions;
    }
}
