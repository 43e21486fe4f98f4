package vn.thidua.pledge;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

/** The registration list of a unit as a file, under {@code /plans} like the other plan-scoped pledge operations. */
@Path("/plans")
@Tag(name = "Pledges")
public class PledgeExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    PledgeExport export;

    @GET
    @Path("/{planId}/pledges:export")
    @Produces({"text/csv", PledgeExport.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "exportPledges", summary = "A unit's registration list as CSV or XLSX",
            description = "Columns STT, Họ và tên, Chức vụ, Đơn vị, Danh hiệu đăng ký: live pledges, people in "
                    + "staff-list order, then collectives. CSV is UTF-8 with a byte-order mark so that Excel shows the "
                    + "Vietnamese correctly. Without `unit`, the caller's home unit.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PledgeExport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("planId") UUID planId, @QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @QueryParam("phase") UUID phase,
            @Parameter(description = "csv (default) or xlsx.", schema = @Schema(enumeration = {"csv", "xlsx"}))
            @QueryParam("format") @Pattern(regexp = "csv|xlsx") String format) {
        var lines = export.lines(planId, unit, QueryFlags.parse("subtree", subtree, true), phase);
        boolean xlsx = "xlsx".equals(format);
        return Response.ok(xlsx ? export.xlsx(lines) : export.csv(lines), xlsx ? PledgeExport.XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dang-ky-thi-dua." + (xlsx ? "xlsx" : "csv")
                        + "\"")
                .build();
    }
}
