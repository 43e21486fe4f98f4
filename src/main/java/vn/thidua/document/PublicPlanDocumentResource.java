package vn.thidua.document;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An issued plan's document for anyone (công khai), beside the public plan it prints. */
@Path("/public/plans")
@Tag(name = "Public")
@PermitAll
public class PublicPlanDocumentResource {

    @Inject
    PlanDocuments documents;

    @GET
    @Path("/{id}/document")
    @Produces(Documents.PDF)
    @Operation(operationId = "getPublicPlanDocument",
            extensions = @Extension(name = "x-public", value = "true", parseValue = true),
            summary = "An issued plan as a document (PDF), without a token",
            description = PlanDocumentResource.LAYOUT + " Issued and closed plans only; drafts and cancelled plans "
                    + "answer 404. The public plan has no preamble: the document opens with the documents the plan "
                    + "implements (Thực hiện ...) instead.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment.", content =
            @Content(mediaType = Documents.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id) {
        return Documents.attachment(documents.publicPdf(id), Documents.PDF);
    }
}
