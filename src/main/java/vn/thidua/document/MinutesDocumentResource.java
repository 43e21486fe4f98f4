package vn.thidua.document;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Roles;

/** A council session's minutes as a printed document, beside its structured and plain-text minutes. */
@Path("/council-sessions")
@Tag(name = "Council sessions")
public class MinutesDocumentResource {

    @Inject
    MinutesDocuments documents;

    @GET
    @Path("/{id}/minutes/document")
    @Produces(Documents.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getCouncilSessionMinutesDocument", summary = "The minutes (biên bản) as a document (PDF)",
            description = """
                    The minutes worded as `downloadCouncilSessionMinutes` words them, laid out for print (Nghị định \
                    30/2020/NĐ-CP): the agency and the national motto, BIÊN BẢN, time and place, I. THÀNH PHẦN (who \
                    chaired, the secretary, those present and absent), II. NỘI DUNG (each title's threshold, quorum \
                    and a table of its results, recusals, quotas and settled ties), III. KẾT LUẬN, the end of the \
                    meeting and the signatures of the secretary and the chair. Watermarked DỰ THẢO until the session \
                    is closed. Real text in an embedded font with every Vietnamese letter (selectable, searchable).""")
    @APIResponse(responseCode = "200", description = "The document, as an attachment.", content =
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id) {
        return Documents.attachment(documents.pdf(id), Documents.PDF);
    }
}
