package vn.thidua.report;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import vn.thidua.common.Roles;
import vn.thidua.common.api.QueryFlags;

/** The summary report as JSON, and the same figures as a CSV or XLSX file ({@code :download}, as pledges:export). */
@Path("/reports")
@Tag(name = "Reports", description = "The figures agencies report at every review (báo cáo tổng kết): pledges, "
        + "evaluations, titles and commendations conferred, cash, and the rates asked for, per unit and summed.")
public class ReportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    private static final String FIGURES = """
            For a plan (`planId`) or a year (`year`), exactly one: pledges and evaluations of the plan (or of every plan \
            of the year); titles, commendation forms and cash of the year (the plan's year). Per unit of `unitId` \
            (default: the caller's home unit) and, with `subtree=true` (the default), of each unit below it that has \
            staff or results; and their sum. Titles and forms come from the award history (signed decisions and \
            imported records), standing ones counted, revoked ones apart; cash from the lines of the year's signed \
            decisions. Rates: LĐTT of the headcount, CSTĐCS against the quota the unit configured (on the total; `quotas` \
            lists every configured quota reckoned as the council and decisions reckon it), collectives LĐXS and LĐTT \
            of the active units, as exact decimals (scale 4).""";

    @Inject
    ReportService service;
    @Inject
    ReportTable table;

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getReportSummary", summary = "The summary report of a plan or a year", description = FIGURES)
    public ReportResponses.Summary summary(@QueryParam("planId") UUID planId,
            @Parameter(description = "A calendar year, instead of a plan.", example = "2025")
            @QueryParam("year") @Min(1990) @Max(2100) Integer year,
            @QueryParam("unitId") UUID unitId,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree) {
        return service.summary(new ReportService.Query(planId, year, unitId, QueryFlags.parse("subtree", subtree, true)));
    }

    @GET
    @Path("/summary:download")
    @Produces({"text/csv", ReportTable.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "downloadReportSummary", summary = "The summary report as a CSV or XLSX file",
            description = "The figures of `getReportSummary` as a table: one row per unit, then the total row \"Tổng "
                    + "cộng\", headers in Vietnamese. CSV is UTF-8 with a byte-order mark so that Excel shows the "
                    + "Vietnamese correctly; XLSX has the sheet \"Tổng hợp\" (bold, frozen header) and the sheet "
                    + "\"Ghi chú\" with what each figure counts.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(@QueryParam("planId") UUID planId,
            @Parameter(description = "A calendar year, instead of a plan.", example = "2025")
            @QueryParam("year") @Min(1990) @Max(2100) Integer year,
            @QueryParam("unitId") UUID unitId,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @Parameter(description = "csv (default) or xlsx.", schema = @Schema(enumeration = {"csv", "xlsx"}))
            @QueryParam("format") @Pattern(regexp = "csv|xlsx") String format) {
        ReportResponses.Summary summary = service.summary(new ReportService.Query(planId, year, unitId,
                QueryFlags.parse("subtree", subtree, true)));
        var rows = table.rows(summary);
        boolean xlsx = "xlsx".equals(format);
        return Response.ok(xlsx ? table.xlsx(rows) : table.csv(rows), xlsx ? ReportTable.XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-tong-hop-" + summary.year()
                        + (xlsx ? ".xlsx" : ".csv") + "\"")
                .build();
    }
}
