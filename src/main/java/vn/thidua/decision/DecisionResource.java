package vn.thidua.decision;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;

/** Commendation decisions and their acts: {@code /decisions}, {@code :sign}, {@code :publish}, {@code :revoke}. */
@Path("/decisions")
@Tag(name = "Decisions", description = "Commendation decisions (quyết định khen thưởng): DRAFT → SIGNED → PUBLISHED, "
        + "revoked line by line or whole by a later decision; awardee lines with their cash, verification codes and "
        + "the recovery of what a revocation annulled.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listDecisions", summary = "List the decisions of the caller's scope",
            description = "Drafts included. `q` searches number, title, authority, signer and awardees' names "
                    + "accent-insensitively. Sort keys: decisionDate, createdAt, number, year, status.")
    public Page<DecisionResponses.Decision> list(@QueryParam("status") DecisionStatus status,
            @QueryParam("kind") DecisionKind kind, @Parameter(example = "2022") @QueryParam("year") Integer year,
            @QueryParam("planId") UUID planId,
            @Parameter(description = "Decisions kept in this unit's subtree.") @QueryParam("unitId") UUID unitId,
            @Parameter(example = "nguyen van") @QueryParam("q") String q, @BeanParam PageParams page) {
        String query = q == null || q.isBlank() ? null : q;
        return service.list(new DecisionRepository.Filter(status, kind, year, planId, unitId, null, query),
                Paging.of(page, DecisionService.SORTS, "-createdAt"));
    }

    @POST
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "createDecision", summary = "Draft a decision",
            description = "By the board, for an agency (or province) in its scope. The authority must be able to award "
                    + "the type: an agency's head decides LĐTT, CSTĐCS, TTLĐTT and Giấy khen; higher titles and forms "
                    + "go up as a proposal. A title needs the plan it was earned in.")
    @APIResponse(responseCode = "201", description = "Drafted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionResponses.Decision.class)))
    @APIResponse(responseCode = "409", description = "The plan is not issued.")
    public Response create(@NotNull @Valid DecisionRequests.Create body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /decisions", body, () -> {
            DecisionResponses.Decision decision = service.create(body);
            return Response.created(URI.create("decisions/" + decision.id())).entity(decision)
                    .tag(ETags.of(decision.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getDecision", summary = "Read a decision",
            description = "With its total and counts of lines and revoked lines.")
    @APIResponse(responseCode = "200", description = "The decision, with its version as ETag.")
    public RestResponse<DecisionResponses.Decision> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateDecision", summary = "Change a draft",
            description = "Title, legal bases, recipients, fund, signer, intended date (a new date reckons every "
                    + "line's cash again). Needs If-Match. A signed decision never changes: corrections are new "
                    + "decisions.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The decision is signed.")
    public RestResponse<DecisionResponses.Decision> update(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid DecisionRequests.Update body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deleteDecision", summary = "Discard a draft",
            description = "Only a draft, with its lines. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Discarded.")
    @APIResponse(responseCode = "409", description = "The decision is signed.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}:sign")
    @RolesAllowed(Roles.LEADER)
    @Operation(operationId = "signDecision", summary = "Sign a draft",
            description = "By the head of the authority (leader) in scope. Fixes the number (given, or the next of "
                    + "the authority's register for the year, e.g. `16/QĐ-TCT`; unique per authority and year), the "
                    + "date (default today, never in the future) and the signer. Every line is judged again on the "
                    + "day (eligibility with recorded overrides, one award per achievement, quotas as the council "
                    + "reckons them) and its cash reckoned on the date; each line gets its verification code and its "
                    + "award is written into the subject's history. A line whose award the rule set puts to the "
                    + "council must rest on an accepted item of a closed session of the authority's own council for "
                    + "the year (linked on the line as `vote`); otherwise the signer confers it only by naming it in "
                    + "`voteOverrides` with the written legal reason, which the line keeps, the audit trail records "
                    + "(`decision.vote-overridden`) and the decision's list prints; any line left without its vote "
                    + "answers 409, each named in `errors` (VOTE_MISSING). Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Signed.")
    @APIResponse(responseCode = "409", description = "Not a draft, no line, the number is taken, or a line lacks the "
            + "council vote its award needs (each in `errors`, VOTE_MISSING).",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "400", description = "A line the law refuses (each named with its code), a date in "
            + "the future, or the signer missing.")
    public RestResponse<DecisionResponses.Decision> sign(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid DecisionRequests.Sign body) {
        return tagged(service.sign(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:publish")
    @RolesAllowed({Roles.BOARD, Roles.LEADER})
    @Operation(operationId = "publishDecision", summary = "Publish a signed decision (công khai)",
            description = "It appears at `/public/decisions` with what the law makes public. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Published.")
    @APIResponse(responseCode = "409", description = "Not signed, or already published.")
    public RestResponse<DecisionResponses.Decision> publish(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.publish(id, ifMatch));
    }

    @POST
    @Path("/{id}:revoke")
    @RolesAllowed(Roles.LEADER)
    @Operation(operationId = "revokeDecision", summary = "Revoke a decision, whole or in part, by a new decision",
            description = "By the leader: a revoking decision (signed at once, numbered like any other) on one of "
                    + "the law's four grounds annuls the chosen lines (default all standing ones). Each revoked line "
                    + "owes back its money and item; its award stays in history, revoked, and breaks the chains "
                    + "built on it. The decision becomes REVOKED when no line stands. Needs If-Match (the revoked "
                    + "decision's). Answers the revoking decision.")
    @APIResponse(responseCode = "201", description = "The revoking decision.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionResponses.Decision.class)))
    @APIResponse(responseCode = "409", description = "Not signed, already revoked, or a line already revoked.")
    public Response revoke(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionRequests.Revoke body) {
        DecisionResponses.Decision revocation = service.revoke(id, ifMatch, body);
        return Response.created(URI.create("decisions/" + revocation.id())).entity(revocation)
                .tag(ETags.of(revocation.version())).build();
    }

    private static RestResponse<DecisionResponses.Decision> tagged(DecisionResponses.Decision decision) {
        return RestResponse.ResponseBuilder.ok(decision).tag(ETags.of(decision.version())).build();
    }
}
