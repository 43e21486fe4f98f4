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

/** A plan's printed document, under {@code /plans} beside its other reads. */
@Path("/plans")
@Tag(name = "Plans")
public class PlanDocumentResource {

    static final String LAYOUT = """
            The plan in the layout of a Kế hoạch (Nghị định 30/2020/NĐ-CP, mẫu 1.5): the governing and issuing body \
            with the number at top left, the national motto with place and date at top right, KẾ HOẠCH and its title, \
            the preamble, I. MỤC ĐÍCH, YÊU CẦU (the purposes), II. NỘI DUNG PHONG TRÀO THI ĐUA (the theme, the content \
            items, the named movements they do not already name, each phase with its dates, slogan and anniversaries \
            unless a duty introduces them), III. TỔ CHỨC THỰC HIỆN (the duties, under whom each falls to; the phases \
            under the duty that introduces them), the closing paragraph (unnumbered), Nơi nhận and the signature \
            block. Each movement and phase is printed once. Real text in an embedded font with every Vietnamese letter \
            (selectable, searchable).""";

    @Inject
    PlanDocuments documents;

    @GET
    @Path("/{id}/document")
    @Produces(Documents.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getPlanDocument", summary = "The plan as a document (PDF)", description = LAYOUT
            + " A draft (visible to board, leader and admin roles only) is watermarked DỰ THẢO, with the number "
            + "and date left blank.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment.", content =
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id) {
        return Documents.attachment(documents.pdf(id), Documents.PDF);
    }
}
