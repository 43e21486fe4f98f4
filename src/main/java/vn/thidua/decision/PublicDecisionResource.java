package vn.thidua.decision;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;

@Path("/public")
@Tag(name = "Public", description = "What was issued, without a token (công khai), for the agencies' websites.")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicDecisionResource {

    /** Agencies' websites and their visitors' browsers may keep an answer for five minutes. */
    static final String CACHE_CONTROL = "public, max-age=300";

    @Inject
    PublicDecisionService service;

    @GET
    @Path("/decisions")
    @Operation(operationId = "listPublicDecisions",
            extensions = @Extension(name = "x-public", value = "true", parseValue = true),
            summary = "List published decisions",
            description = "Published decisions, awards and revocations, without a token; drafts and decisions signed "
                    + "but not yet published never appear. `q` finds, accent-insensitively, a decision's number, "
                    + "title, authority or signer, or the name or unit of any of its awardees. Sorts: `decisionDate`, "
                    + "`number`.")
    @APIResponse(responseCode = "200", description = "One page of published decisions.",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "Cacheable for five minutes.",
                    schema = @Schema(implementation = String.class)))
    public RestResponse<Page<PublicDecisionResponses.PublicSummary>> list(
            @Parameter(example = "nguyen van duc") @QueryParam("q") String q,
            @Parameter(description = "The year of the achievements rewarded.", example = "2022")
            @QueryParam("year") Integer year,
            @Parameter(description = "Decisions kept by this unit or any unit below it.") @QueryParam("unit") UUID unit,
            @Parameter(description = "Decisions conferring this title or form.", example = "GRASSROOTS_EMULATION_FIGHTER")
            @QueryParam("awardCode") String awardCode,
            @Parameter(description = "Decision date, from this day.", example = "2022-01-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Decision date, up to this day.", example = "2022-12-31")
            @QueryParam("to") LocalDate to,
            @QueryParam("kind") DecisionKind kind,
            @BeanParam PageParams page) {
        return cacheable(service.list(new PublicDecisionRepository.Filter(q, year, unit, awardCode, from, to, kind),
                Paging.of(page, PublicDecisionService.SORTS, "-decisionDate")));
    }

    @GET
    @Path("/decisions/{id}")
    @Operation(operationId = "getPublicDecision",
            extensions = @Extension(name = "x-public", value = "true", parseValue = true),
            summary = "Read a published decision with its awardees",
            description = "A published decision, without a token; a draft, or one signed but not yet published, "
                    + "answers 404.")
    @APIResponse(responseCode = "200", description = "The decision.",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "Cacheable for five minutes.",
                    schema = @Schema(implementation = String.class)))
    public RestResponse<PublicDecisionResponses.Detail> get(@PathParam("id") UUID id) {
        return cacheable(service.get(id));
    }

    @GET
    @Path("/verify/{code}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "verifyAwardee",
            extensions = @Extension(name = "x-public", value = "true", parseValue = true),
            summary = "Verify a certificate by its code",
            description = "The awardee a verification code (printed on the certificate) belongs to, once the "
                    + "decision is signed, and whether the award stands or was revoked. The code is read as people "
                    + "type it: any case, with or without its dash or spaces, O for 0 and I or L for 1. An unknown "
                    + "or malformed code answers 404 alike. A browser (one that prefers `text/html`, as a phone "
                    + "does when it opens the certificate's QR code) gets the same as a small Vietnamese page, and "
                    + "for an unknown code a page warning that the certificate may not be genuine; everyone else "
                    + "JSON.")
    @APIResponse(responseCode = "200", description = "The certificate's awardee and standing.",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "Cacheable for five minutes.",
                    schema = @Schema(implementation = String.class)), content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicDecisionResponses.Verification.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No certificate holds the code (or it is malformed): a problem, "
            + "or for a browser a page saying so.", content = {
            @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response verify(
            @Parameter(description = "The code, e.g. as printed: `7K3QD-M9X2T`.", example = "7K3QD-M9X2T")
            @PathParam("code") String code, @Context HttpHeaders headers) {
        if (!VerificationPage.wanted(headers.getAcceptableMediaTypes())) {
            return Response.ok(service.verify(code), MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        MediaType html = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
        return service.find(code)
                .map(v -> Response.ok(VerificationPage.render(v), html).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(VerificationPage.unknown(code))
                        .type(html))
                .build();
    }

    private static <T> RestResponse<T> cacheable(T body) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
