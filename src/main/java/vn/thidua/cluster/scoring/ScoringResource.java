package vn.thidua.cluster.scoring;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

import vn.thidua.cluster.ClusterAccess;
import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Idempotency;

/** A cluster's scoring tables, the year's scoring and its sheets, and the ranking: {@code /clusters/{id}/...}. */
@Path("/clusters")
@Tag(name = "Clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoringResource {

    static final String RETRY = "Makes a retried request safe: the first answer is returned again.";
    static final String YEAR = "A calendar year; another value names nothing (404).";
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ScoringService service;
    @Inject
    Idempotency idempotency;

    // --- tables -------------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/scoring-tables")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listClusterScoringTables", summary = "The scoring tables, every version",
            description = "Latest year and version first; `year` keeps one year's versions.")
    public List<ScoringResponses.Table> tables(@PathParam("id") UUID id,
            @Parameter(example = "2022") @QueryParam("year") Integer year) {
        return service.tables(id, year);
    }

    @POST
    @Path("/{id}/scoring-tables")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "createClusterScoringTable", summary = "Make a new version of a year's scoring table",
            description = "By the organiser's board: the year's first version, or the next one (a version in use "
                    + "cannot be edited). Sheets are entered against the latest version; those entered against an "
                    + "earlier one keep it, and no longer count.")
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringResponses.Table.class)))
    // the next version's number is the latest's plus one: two versions made at once clash on it
    @APIResponse(responseCode = "409", description = "Another version of the year's table was made at the same "
            + "moment; read the tables and try again.", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response createTable(@PathParam("id") UUID id, @NotNull @Valid ScoringRequests.CreateTable body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /clusters/" + id + "/scoring-tables", body, () -> {
            ScoringResponses.Table table = service.createTable(id, body);
            return Response.created(URI.create("clusters/" + id + "/scoring-tables/" + table.id())).entity(table)
                    .tag(ETags.of(table.version())).build();
        });
    }

    @GET
    @Path("/{id}/scoring-tables/{tableId}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getClusterScoringTable", summary = "Read a version of a scoring table",
            description = "With whether it is current and whether it is in use, and its ETag.")
    @APIResponse(responseCode = "200", description = "The table version.")
    public RestResponse<ScoringResponses.Table> table(@PathParam("id") UUID id, @PathParam("tableId") UUID tableId) {
        ScoringResponses.Table table = service.table(id, tableId);
        return RestResponse.ResponseBuilder.ok(table).tag(ETags.of(table.version())).build();
    }

    @PUT
    @Path("/{id}/scoring-tables/{tableId}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "updateClusterScoringTable", summary = "Edit a scoring table version not yet in use",
            description = "By the organiser's board, the whole table again. Refused once a sheet was entered against "
                    + "it: make a new version instead. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The version is in use.")
    public RestResponse<ScoringResponses.Table> updateTable(@PathParam("id") UUID id,
            @PathParam("tableId") UUID tableId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ScoringRequests.UpdateTable body) {
        ScoringResponses.Table table = service.updateTable(id, tableId, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(table).tag(ETags.of(table.version())).build();
    }

    // --- the year's scoring -------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/scoring/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getClusterScoring", summary = "The scoring of a year: phase and progress",
            description = "Counts of the sheets entered against the current table, never their scores.")
    @APIResponse(responseCode = "200", description = "The year's scoring.")
    public RestResponse<ScoringResponses.Round> round(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year) {
        return tagged(service.round(id, ClusterAccess.year(year)));
    }

    @POST
    @Path("/{id}/scoring/{year}:open")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "openClusterScoring", summary = "Open the year's self-scoring",
            description = "By the head's board; the year needs a scoring table and at least two members.")
    @APIResponse(responseCode = "200", description = "Self-scoring is open.")
    @APIResponse(responseCode = "409", description = "Already open, or no table, or fewer than two members.")
    public RestResponse<ScoringResponses.Round> open(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year) {
        return tagged(service.open(id, ClusterAccess.year(year)));
    }

    @POST
    @Path("/{id}/scoring/{year}:start-cross-scoring")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "startClusterCrossScoring", summary = "End self-scoring and start cross-scoring",
            description = "By the head's board. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Cross-scoring is open.")
    @APIResponse(responseCode = "409", description = "The year is not self-scoring.")
    public RestResponse<ScoringResponses.Round> startCross(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.startCrossScoring(id, ClusterAccess.year(year), ifMatch));
    }

    @POST
    @Path("/{id}/scoring/{year}:close")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "closeClusterScoring", summary = "Close the year's scoring and rank the members",
            description = "By the head's board. The ranking is computed from the current table's sheets as the "
                    + "cluster's rules say, and kept as the record; every sheet and the ranking become visible to "
                    + "the members. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Closed.")
    @APIResponse(responseCode = "409", description = "The year is not cross-scoring.")
    public RestResponse<ScoringResponses.Round> close(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.close(id, ClusterAccess.year(year), ifMatch));
    }

    // --- sheets -------------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/scoring/{year}/sheets")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listClusterScoreSheets", summary = "The score sheets the caller may see",
            description = """
                    Before the year closes, a member agency sees the sheets it gave (its self-score, the cross-scores \
                    it gave) and, while cross-scoring, the self-scores of the members it is to score; the head's board \
                    also those it entered for external members; never another member's cross-scores. The \
                    organiser's side sees every sheet. Once closed, everyone in the cluster sees every sheet.""")
    public List<ScoringResponses.Sheet> sheets(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year) {
        return service.sheets(id, ClusterAccess.year(year));
    }

    @POST
    @Path("/{id}/scoring/{year}/sheets")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "enterClusterScoreSheet", summary = "Enter a self-score or a cross-score",
            description = """
                    Against the year's current table, every criterion scored (points up to each maximum, a group's \
                    criteria up to the group's), bonus and penalty items as needed, with evidence. A self-score \
                    (scorer absent or equal to the scored member) in SELF_SCORING; a cross-score in CROSS_SCORING, by \
                    any other member or only by the head, as the cluster's mode says. By the scorer's own board, or \
                    by the head's board for an external scorer. Once per scorer, scored member and table version.""")
    @APIResponse(responseCode = "201", description = "Entered.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringResponses.Sheet.class)))
    @APIResponse(responseCode = "409", description = "Not the phase for the sheet, or the sheet exists already.")
    public Response enter(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @NotNull @Valid ScoringRequests.EnterSheet body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /clusters/" + id + "/scoring/" + year + "/sheets", body,
                () -> {
                    ScoringResponses.Sheet sheet = service.enter(id, ClusterAccess.year(year), body);
                    return Response.created(URI.create("clusters/" + id + "/score-sheets/" + sheet.id()))
                            .entity(sheet).tag(ETags.of(sheet.version())).build();
                });
    }

    @GET
    @Path("/{id}/score-sheets/{sheetId}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getClusterScoreSheet", summary = "Read a score sheet",
            description = "When the caller may see it (as `listClusterScoreSheets` says); otherwise 404.")
    @APIResponse(responseCode = "200", description = "The sheet.")
    public RestResponse<ScoringResponses.Sheet> sheet(@PathParam("id") UUID id, @PathParam("sheetId") UUID sheetId) {
        ScoringResponses.Sheet sheet = service.sheet(id, sheetId);
        return RestResponse.ResponseBuilder.ok(sheet).tag(ETags.of(sheet.version())).build();
    }

    @PUT
    @Path("/{id}/score-sheets/{sheetId}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateClusterScoreSheet", summary = "Correct a score sheet in its phase",
            description = "Its entries again, by whoever may enter it, while its phase lasts and while its table is "
                    + "the current version. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "Not the sheet's phase, or its table version was superseded.")
    public RestResponse<ScoringResponses.Sheet> updateSheet(@PathParam("id") UUID id,
            @PathParam("sheetId") UUID sheetId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ScoringRequests.UpdateSheet body) {
        ScoringResponses.Sheet sheet = service.update(id, sheetId, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(sheet).tag(ETags.of(sheet.version())).build();
    }

    // --- the ranking --------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/scoring/{year}/ranking")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getClusterRanking", summary = "The ranking of a closed year",
            description = "Each member's self-score, cross-scores counted, their mean, the final score as the "
                    + "cluster's method computes it (self-score excluded), outlying cross-scores, and the rank; equal "
                    + "final scores share a rank and are marked tied. Refused until the head closes the year.")
    @APIResponse(responseCode = "200", description = "The ranking.")
    @APIResponse(responseCode = "409", description = "The year is not closed.")
    public ScoringResponses.Ranking ranking(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year) {
        return service.ranking(id, ClusterAccess.year(year));
    }

    @GET
    @Path("/{id}/scoring/{year}/ranking:download")
    @Produces({"text/csv", RankingExport.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "downloadClusterRanking", summary = "The ranking of a closed year as a CSV or XLSX file",
            description = "The lines of `getClusterRanking`, headers in Vietnamese. CSV is UTF-8 with a byte-order "
                    + "mark so that Excel shows the Vietnamese correctly; XLSX has the sheet \"Xếp hạng\".")
    @APIResponse(responseCode = "200", description = "The file, as an attachment.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = RankingExport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "The year is not closed.")
    public Response download(@PathParam("id") UUID id,
            @Parameter(description = YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @Parameter(description = "csv (default) or xlsx.", schema = @Schema(enumeration = {"csv", "xlsx"}))
            @QueryParam("format") @Pattern(regexp = "csv|xlsx") String format) {
        ScoringResponses.Ranking ranking = service.ranking(id, ClusterAccess.year(year));
        boolean xlsx = "xlsx".equals(format);
        return Response.ok(xlsx ? RankingExport.xlsx(ranking) : RankingExport.csv(ranking), xlsx ? RankingExport.XLSX
                : CSV).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"xep-hang-cum-thi-dua-" + year
                        + (xlsx ? ".xlsx" : ".csv") + "\"").build();
    }

    private static RestResponse<ScoringResponses.Round> tagged(ScoringResponses.Round round) {
        return RestResponse.ResponseBuilder.ok(round).tag(ETags.of(round.version())).build();
    }
}
