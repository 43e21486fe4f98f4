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
import vn.thidua.history.HistoryRequests.CreateAward;
import vn.thidua.history.HistoryRequests.UpdateAward;
import vn.thidua.history.HistoryRequests.Revoke;
import vn.thidua.history.HistoryResponses.Award;
import vn.thidua.common.api.QueryFlags;

/** Award history: {@code /award-records}, {@code /award-records/{id}}, {@code :revoke}. */
@Path("/award-records")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardRecordResource {

    @Inject
    HistoryService service;
    @Inject
    AwardRecords kind;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listAwardRecords", summary = "List award history",
            description = "Filters: person, unit (with subtree), year or fromYear/toYear, awardCode, source, revoked. Sort keys: year, awardCode, createdAt (default -year). " + HistoryDocs.READERS)
    public Page<Award> list(@BeanParam HistoryFilters filters, @QueryParam("awardCode") String awardCode, @QueryParam("source") AwardSource source,
            @Parameter(description = "true: only revoked awards; false: only standing ones.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) @QueryParam("revoked") String revoked,
            @BeanParam PageParams page) {
        return service.list(kind, filters.query(awardFilters(awardCode, source, revoked)),
                Paging.of(page, kind.sorts(), kind.defaultSort()));
    }

    @POST
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "createAwardRecord", summary = "Record a title or form conferred in a past year",
            description = "Source IMPORTED; awards written by signed decisions come from the decisions feature. The code must fit the subject (individual awards for people, collective ones for units). A subject holds an award for a year once among standing awards. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "404", description = "The subject is not in your scope.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Award.class)))
    @APIResponse(responseCode = "409", description = "The subject already holds this award for the year.")
    public Response create(@NotNull @Valid CreateAward body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /award-records", body, () -> {
            Award created = service.create(kind, body);
            return Response.created(URI.create("award-records/" + created.id())).entity(created)
                    .tag(ETags.of(created.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getAwardRecord", summary = "Read an award record",
            description = HistoryDocs.READERS)
    @APIResponse(responseCode = "200", description = "The assessment, with its version as ETag.")
    public RestResponse<Award> get(@PathParam("id") UUID id) {
        Award found = service.get(kind, id);
        return RestResponse.ResponseBuilder.ok(found).tag(ETags.of(found.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateAwardRecord", summary = "Change an imported award record",
            description = "Replaces year, code, decision and note; the subject stays. Only IMPORTED records that are not revoked. Needs If-Match. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", description = "The record comes from a decision or is revoked, or the subject already holds the new award for the year.")
    public RestResponse<Award> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid UpdateAward body) {
        Award changed = service.update(kind, id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(changed).tag(ETags.of(changed.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deleteAwardRecord", summary = "Delete an imported award record entered by mistake",
            description = "Needs If-Match. " + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The record comes from a decision (revoke it instead) or is revoked.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(kind, id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}:revoke")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "revokeAwardRecord", summary = "Record that a later decision annulled the award",
            description = "The award stays in history with its revocation (date, decision number, reason) and no "
                    + "longer counts: it breaks chains of consecutive years. Any source. Needs If-Match. "
                    + HistoryDocs.BOARD_ONLY)
    @APIResponse(responseCode = "200", description = "Revoked.")
    @APIResponse(responseCode = "409", description = "The award is already revoked.")
    public RestResponse<Award> revoke(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid Revoke body) {
        Award revoked = service.revoke(id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(revoked).tag(ETags.of(revoked.version())).build();
    }

    private static List<HistoryService.Condition> awardFilters(String awardCode, AwardSource source, String revoked) {
        Boolean isRevoked = QueryFlags.parse("revoked", revoked, null);
        List<HistoryService.Condition> conditions = new java.util.ArrayList<>();
        conditions.add(HistoryService.Condition.is("awardCode", awardCode == null ? null
                : awardCode.strip().toUpperCase(java.util.Locale.ROOT)));
        conditions.add(HistoryService.Condition.is("source", source));
        if (isRevoked != null) {
            conditions.add(new HistoryService.Condition(isRevoked ? "e.revokedOn is not null" : "e.revokedOn is null",
                    null, null));
        }
        return conditions;
    }
}
