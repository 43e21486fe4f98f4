package vn.thidua.document;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Roles;
import vn.thidua.common.runtime.ThiduaConfig;

/** A decision's printed documents, under {@code /decisions} beside its other reads. */
@Path("/decisions")
@Tag(name = "Decisions")
public class DecisionDocumentResource {

    @Inject
    DecisionDocuments documents;
    @Inject
    ThiduaConfig config;

    @GET
    @Path("/{id}/document")
    @Produces({Documents.PDF, Documents.DOCX})
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getDecisionDocument", summary = "The decision as a document (PDF, or DOCX of a draft)",
            description = """
                    The decision in the layout of Nghị định 30/2020/NĐ-CP: the governing and issuing body with the \
                    number at top left, the national motto with place and date at top right, QUYẾT ĐỊNH and its \
                    subject, the authority, each basis (Căn cứ ...), the articles (what is conferred on how many \
                    people and collectives, the cash and its fund, who carries it out; for a revocation what is \
                    annulled, why and what is paid back), Nơi nhận and the signature block; then the attached list \
                    (STT, name, position and unit, title or form, amount) whose header repeats on every page. A \
                    draft is watermarked DỰ THẢO, with the number and date left blank. The text is real text in an \
                    embedded font with every Vietnamese letter (selectable, searchable). `format=docx` gives a draft \
                    as a Word document to edit the wording before signing; a signed decision has none (409).""")
    @APIResponse(responseCode = "200", description = "The document, as an attachment.", content = {
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Documents.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "DOCX asked of a decision that is no longer a draft.")
    public Response document(@PathParam("id") UUID id,
            @Parameter(description = "pdf (default) or docx (drafts only).",
                    schema = @Schema(enumeration = {"pdf", "docx"}))
            @QueryParam("format") @Pattern(regexp = "pdf|docx") String format) {
        return "docx".equals(format) ? Documents.attachment(documents.docx(id), Documents.DOCX)
                : Documents.attachment(documents.pdf(id), Documents.PDF);
    }

    @GET
    @Path("/{id}/certificates")
    @Produces(Documents.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getDecisionCertificates", summary = "Every certificate of a signed decision, one a page",
            description = """
                    One A4 landscape page per awardee line that stands (revoked lines have none): the national motto, \
                    the authority, TẶNG and the form (Giấy khen...) or CÔNG NHẬN DANH HIỆU and the title, the \
                    awardee, the achievement, the decision's number and date, the verification code and a QR code \
                    of the public verification address (`/api/v1/public/verify/{code}` on the configured public \
                    address, `THIDUA_DOCUMENTS_PUBLIC_URL`), place, date and signature block.""")
    @APIResponse(responseCode = "200", description = "The certificates, as an attachment.", content =
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The decision is not a signed award decision, or every line "
            + "of it has been revoked.")
    public Response certificates(@PathParam("id") UUID id, @Context UriInfo uri) {
        return Documents.attachment(documents.certificates(id, null, publicUrl(uri)), Documents.PDF);
    }

    @GET
    @Path("/{id}/awardees/{awardeeId}/certificate")
    @Produces(Documents.PDF)
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getAwardeeCertificate", summary = "One awardee's certificate",
            description = "The certificate of one line of a signed decision, as in `getDecisionCertificates`.")
    @APIResponse(responseCode = "200", description = "The certificate, as an attachment.", content =
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The decision is not a signed award decision, or the line was "
            + "revoked.")
    public Response certificate(@PathParam("id") UUID id, @PathParam("awardeeId") UUID awardeeId,
            @Context UriInfo uri) {
        return Documents.attachment(documents.certificates(id, awardeeId, publicUrl(uri)), Documents.PDF);
    }

    private String publicUrl(UriInfo uri) {
        return config.documents().publicUrl().orElseGet(() -> uri.getBaseUri().resolve("/").toString());
    }
}
