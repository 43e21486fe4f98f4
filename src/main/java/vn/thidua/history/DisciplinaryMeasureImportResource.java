package vn.thidua.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.thidua.common.Roles;
import vn.thidua.common.api.Idempotency;

/** {@code POST /disciplinary-measures:import}: disciplinary measures in bulk. */
@Path("/disciplinary-measures:import")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
public class DisciplinaryMeasureImportResource {

    @Inject
    HistoryImports imports;
    @Inject
    DisciplinaryMeasures kind;

    @POST
    @RolesAllowed(Roles.BOARD)
    @Consumes({HistoryImports.TEXT_CSV, MediaType.APPLICATION_JSON})
    @Operation(operationId = "importDisciplinaryMeasures", summary = "Record many disciplinary measures at once from a CSV file or a JSON array", description = """
            Creates one measure per row; a subject and decision number already recorded is a DUPLICATE row. Who: the board only, within its scope.

            Columns: `personCode` (`Mã cán bộ`) or `unitCode` (`Mã đơn vị`), `measure` (`Hình thức kỷ luật`: a DisciplineMeasure or `Khiển trách`, `Cảnh cáo`, `Hạ bậc lương`, `Giáng chức`, `Cách chức`, `Buộc thôi việc`), `decidedOn` (`Ngày quyết định`), `servedUntil` (`Thời hạn đến`), `decisionNumber` (`Số quyết định`), `note` (`Ghi chú`).

            """ + HistoryDocs.IMPORT)
    @RequestBody(required = true, content = {
            @Content(mediaType = HistoryImports.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryImportRows.Measure.class))})
    @APIResponse(responseCode = "200", description = "The file was read; the report says what was (or would be) done.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistoryImportReport.class)))
    public Response importRecords(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Check only; save nothing.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "true: one failed row means nothing is saved. false: save the valid rows.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("allOrNothing") String allOrNothing,
            @Parameter(description = "Makes a retried import safe: an applied import is not applied twice.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context HttpHeaders headers) throws JsonProcessingException {
        return imports.run(kind, ImportSpec.MEASURES, body, contentType, dryRun, allOrNothing, idempotencyKey, headers);
    }
}
