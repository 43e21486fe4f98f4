package vn.thidua.report;

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

/** The provincial export of a proposal, under {@code /proposals} beside the proposal's other reads. */
@Path("/proposals")
@Tag(name = "Proposals")
public class ProposalExportResource {

    @Inject
    ProposalExport export;

    @GET
    @Path("/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, ReportTable.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "exportProposalDossier", summary = "A proposal's dossier for the provincial board",
            description = """
                    The proposal, its nominees (unit, position, proposed award, achievements cited, and the council's \
                    result on their agenda item: approvals, base, ratio, outcome) and the references of its dossier \
                    parts, the minutes among them, as one document of the versioned provincial export schema \
                    (`openapi/provincial-export/v1/proposal-dossier.schema.json`, `schemaVersion` 1.0). With \
                    `format=xlsx`, the same as a workbook with the sheets "Tờ trình", "Danh sách" and "Hồ sơ".""")
    @APIResponse(responseCode = "200", description = "The document, or the workbook as an attachment.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalDossier.class)),
            @Content(mediaType = ReportTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("id") UUID id,
            @Parameter(description = "json (default) or xlsx.", schema = @Schema(enumeration = {"json", "xlsx"}))
            @QueryParam("format") @Pattern(regexp = "json|xlsx") String format) {
        ProposalDossier dossier = export.dossier(id);
        if (!"xlsx".equals(format)) {
            return Response.ok(dossier, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(export.xlsx(dossier), ReportTable.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ho-so-de-nghi-" + id + ".xlsx\"")
                .build();
    }
}
