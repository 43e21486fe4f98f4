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
import vn.thidua.history.HistoryRequests.CreateAssessment;
import vn.thidua.history.HistoryRequests.UpdateAssessment;
import vn.thidua.history.HistoryResponses.Assessment;

/** Annual assessments: {@code /annual-assessments}, {@code /annual-assessments/{id}}. */
@Path("/annual-assessments")
@Tag(name = "History", description = "What happened to each person and unit year by year, as the eligibility rules "
        + "read it: assessments, disciplinary records, initiatives, award history.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnnualAssessmentResource {

    @Inject
    HistoryService service;
    @Inject
    AnnualAssessments kind;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listAnnualAssessments", summary = "List annual assessments",
            description = "Filters: person, unit (with subtree), year or fromYear/toYear, rating. Sort keys: year, "
                    + "rating, createdAt (default -year). " + HistoryDocs.READERS)
    public Page<Assessment> list(@BeanParam HistoryFilters filters, @QueryParam("rating") Rating rating,
            @BeanParam PageParams page) {
        return service.list(kind, filters.query(List.of(HistoryService.Condition.is("rating", rating))),
                Paging.of(page, kind.sorts(), kind.defaultSort()));
    }

    @POST
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "createAnnualAssessment", summary = "Record the annual assessment of a person or a unit",
            description = "One per subject and year: a second one for the same year is a 409 (change the first). "
                    + HistoryDocs.BOARD_AND_UNIT_HEADS)
    @APIResponse(responseCode = "404", description = "The subject is not in your scope.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Assessment.class)))
    @APIResponse(responseCode = "409", description = "The subject already has an assessment for the year.")
    public Response create(@NotNull @Valid CreateAssessment body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /annual-assessments", body, () -> {
            Assessment created = service.create(kind, body);
            return Response.created(URI.create("annual-assessments/" + created.id())).entity(created)
                    .tag(ETags.of(created.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getAnnualAssessment", summary = "Read an annual assessment",
            description = HistoryDocs.READERS)
    @APIResponse(responseCode = "200", description = "The assessment, with its version as ETag.")
    public RestResponse<Assessment> get(@PathParam("id") UUID id) {
        Assessment found = service.get(kind, id);
        return RestResponse.ResponseBuilder.ok(found).tag(ETags.of(found.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "updateAnnualAssessment", summary = "Change an annual assessment",
            description = "Replaces year, rating, months and note; the subject stays. Needs If-Match. "
                    + HistoryDocs.BOARD_AND_UNIT_HEADS)
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", description = "The subject already has an assessment for the new year.")
    public RestResponse<Assessment> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid UpdateAssessment body) {
        Assessment changed = service.update(kind, id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(changed).tag(ETags.of(changed.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "deleteAnnualAssessment", summary = "Delete an annual assessment recorded by mistake",
            description = "Needs If-Match. " + HistoryDocs.BOARD_AND_UNIT_HEADS)
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(kind, id, ifMatch);
        return RestResponse.noContent();
    }
}
