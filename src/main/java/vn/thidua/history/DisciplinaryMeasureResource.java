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
import vn.thidua.history.HistoryRequests.CreateMeasure;
import vn.thidua.history.HistoryRequests.UpdateMeasure;
import vn.thidua.history.HistoryResponses.Measure;

/** Disciplinary measures: {@code /disciplinary-measures}, {@code /disciplinary-measures/{id}}. */
@Path("/disciplinary-measures")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisciplinaryMeasureResource {

    @Inject
    HistoryService service;
    @Inject
    DisciplinaryMeasures kind;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listDisciplinaryMeasures", summary = "List disciplinary measures",
            description = "Filters: person, unit (with subtree), year or fromYear/toYear (measures in effect during those years), measure. Sort keys: decidedOn, servedUntil, createdAt (default -decidedOn). " + HistoryDocs.READERS)
    public Page<Measure> list(@BeanParam HistoryFilters filters, @QueryParam("measure") DisciplineMeasure measure,
            @BeanParam PageParams page) {
        return service.list(kind, filters.query(List.of(HistoryService.Condition.is("measure", measure))),
                Paging.of(page, kind.sorts(), kind.defaultSort()));
    }

    @POST
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "createDisciplinaryMeasure", summary = "Record a disciplinary measure against a person or a unit",
            description = "Served until servedUntil (inclusive, not before decidedOn). One decision disciplines a subject once. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "404", description = "The subject is not in your scope.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Measure.class)))
    @APIResponse(responseCode = "409", description = "The subject already has a measure under this decision number.")
    public Response create(@NotNull @Valid CreateMeasure body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /disciplinary-measures", body, () -> {
            Measure created = service.create(kind, body);
            return Response.created(URI.create("disciplinary-measures/" + created.id())).entity(created)
                    .tag(ETags.of(created.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getDisciplinaryMeasure", summary = "Read a disciplinary measure",
            description = HistoryDocs.READERS)
    @APIResponse(responseCode = "200", description = "The assessment, with its version as ETag.")
    public RestResponse<Measure> get(@PathParam("id") UUID id) {
        Measure found = service.get(kind, id);
        return RestResponse.ResponseBuilder.ok(found).tag(ETags.of(found.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateDisciplinaryMeasure", summary = "Change a disciplinary measure",
            description = "Replaces the measure, dates, decision number and note; the subject stays. Needs If-Match. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", description = "The subject already has a measure under the new decision number.")
    public RestResponse<Measure> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid UpdateMeasure body) {
        Measure changed = service.update(kind, id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(changed).tag(ETags.of(changed.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deleteDisciplinaryMeasure", summary = "Delete a disciplinary measure recorded by mistake",
            description = "Needs If-Match. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(kind, id, ifMatch);
        return RestResponse.noContent();
    }
}
