package vn.thidua.decision.proposal;

import java.net.URI;
import java.util.List;
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

/** Proposals upward and their acts: {@code /proposals}, {@code /proposals/{id}:send}... */
@Path("/proposals")
@Tag(name = "Proposals", description = "Proposals to a higher authority (tờ trình đề nghị khen thưởng) with their "
        + "dossier, for titles and forms beyond the agency's authority.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

    static final String RETRY = "Makes a retried request safe: the first answer is returned again.";

    @Inject
    ProposalService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listProposals", summary = "List the proposals in the caller's scope",
            description = "Those of the agencies in scope: an agency sees its own, a higher authority those of the "
                    + "agencies below it. `q` searches number, title and authority ignoring accents. Sort keys: "
                    + "createdAt, year, sentOn, title, status.")
    public Page<ProposalResponses.Detail> list(@QueryParam("status") ProposalStatus status,
            @Parameter(example = "2024") @QueryParam("year") Integer year,
            @Parameter(example = "chien si thi dua") @QueryParam("q") String q, @BeanParam PageParams page) {
        return service.list(new ProposalRepository.Filter(status, year, q),
                Paging.of(page, ProposalService.SORTS, "-createdAt"));
    }

    @POST
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "createProposal", summary = "Start a proposal to a higher authority, as a draft",
            description = "By the board, for its agency (or a unit in scope). Nominees and dossier parts are added "
                    + "next; the number, date and signer come when it is sent.")
    @APIResponse(responseCode = "201", description = "Created as a draft.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalResponses.Detail.class)))
    @APIResponse(responseCode = "404", description = "The unit or the plan named is not in the caller's scope.")
    public Response create(@NotNull @Valid ProposalRequests.Create body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /proposals", body, () -> {
            ProposalResponses.Detail proposal = service.create(body);
            return Response.created(URI.create("proposals/" + proposal.id())).entity(proposal)
                    .tag(ETags.of(proposal.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getProposal", summary = "Read a proposal",
            description = "With its counts of nominees and dossier parts, and its version as ETag (which moves when "
                    + "a nominee or a part is added or removed).")
    @APIResponse(responseCode = "200", description = "The proposal.")
    public RestResponse<ProposalResponses.Detail> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateProposal", summary = "Change a draft or returned proposal",
            description = "Authority, year, plan, title; absent fields stay. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The proposal is sent, received or decided.")
    public RestResponse<ProposalResponses.Detail> update(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid ProposalRequests.Update body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deleteProposal", summary = "Delete a draft or returned proposal",
            description = "With its nominees and dossier. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The proposal is sent, received or decided.")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    // --- nominees -----------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/nominees")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listProposalNominees", summary = "The nominees of a proposal, in order",
            description = "Each with the title or form proposed and, once the decision is recorded, its outcome.")
    public List<ProposalResponses.Nominee> nominees(@PathParam("id") UUID id) {
        return service.nominees(id);
    }

    @POST
    @Path("/{id}/nominees")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "addProposalNominee", summary = "Propose a person or a unit for a title or form",
            description = "Of the proposing agency, for an award the agency cannot give itself (awarded by the "
                    + "province or the nation); once per subject and award. Only while draft or returned. An award "
                    + "the rule set puts to the council is proposed only on an accepted item of a closed session of "
                    + "the agency's own council for the year, which the nominee carries as `councilVote` (the minutes' "
                    + "counts as data).")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalResponses.Nominee.class)))
    @APIResponse(responseCode = "409", description = "The proposal is not editable, the nominee is there already, or "
            + "the council has not passed the award for the subject (VOTE_MISSING).")
    public Response addNominee(@PathParam("id") UUID id, @NotNull @Valid ProposalRequests.AddNominee body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /proposals/" + id + "/nominees", body, () -> {
            ProposalResponses.Nominee nominee = service.addNominee(id, body);
            return Response.created(URI.create("proposals/" + id + "/nominees/" + nominee.id())).entity(nominee)
                    .build();
        });
    }

    @POST
    @Path("/{id}/nominees:from-session")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "addProposalNomineesFromSession", summary = "Propose what a closed council session "
            + "passed above the agency's authority", description = """
                    Every item of the session that passed and was accepted within the quotas, for a title or form \
                    awarded by the province or the nation, becomes a nominee (items already nominees are skipped and \
                    counted). The session must be closed, of the proposing agency and of the proposal's year; it \
                    becomes the proposal's session, whose minutes the dossier then needs.""")
    @APIResponse(responseCode = "200", description = "What was added.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalResponses.Added.class)))
    @APIResponse(responseCode = "409", description = "The proposal is not editable, the session is not closed, or "
            + "the proposal already rests on another session.")
    public Response addFromSession(@PathParam("id") UUID id, @NotNull @Valid ProposalRequests.FromSession body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /proposals/" + id + "/nominees:from-session", body,
                () -> Response.ok(service.addFromSession(id, body)).build());
    }

    @DELETE
    @Path("/{id}/nominees/{nomineeId}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deleteProposalNominee", summary = "Take a nominee off a proposal",
            description = "With the dossier parts about them; the nominees after it move up. Only while draft or "
                    + "returned.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "409", description = "The proposal is not editable.")
    public RestResponse<Void> deleteNominee(@PathParam("id") UUID id, @PathParam("nomineeId") UUID nomineeId) {
        service.removeNominee(id, nomineeId);
        return RestResponse.noContent();
    }

    // --- the dossier --------------------------------------------------------------------------------------------

    @GET
    @Path("/{id}/dossier")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listProposalDossier", summary = "The parts of a proposal's dossier",
            description = "References to the files, in the order they were added.")
    public List<ProposalResponses.Part> dossier(@PathParam("id") UUID id) {
        return service.dossier(id);
    }

    @POST
    @Path("/{id}/dossier")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "addProposalDossierPart", summary = "Add a part to a proposal's dossier",
            description = "A reference (URL, optional checksum) to the list, an achievement report or initiative "
                    + "proof of a nominee, the council's minutes, an earlier decision, or another document. Only "
                    + "while draft or returned.")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProposalResponses.Part.class)))
    @APIResponse(responseCode = "409", description = "The proposal is not editable.")
    public Response addPart(@PathParam("id") UUID id, @NotNull @Valid ProposalRequests.AddPart body,
            @Parameter(description = RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /proposals/" + id + "/dossier", body, () -> {
            ProposalResponses.Part part = service.addPart(id, body);
            return Response.created(URI.create("proposals/" + id + "/dossier/" + part.id())).entity(part).build();
        });
    }

    @DELETE
    @Path("/{id}/dossier/{partId}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "deleteProposalDossierPart", summary = "Remove a part from a proposal's dossier",
            description = "Only while draft or returned.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "409", description = "The proposal is not editable.")
    public RestResponse<Void> deletePart(@PathParam("id") UUID id, @PathParam("partId") UUID partId) {
        service.removePart(id, partId);
        return RestResponse.noContent();
    }

    // --- the round trip -----------------------------------------------------------------------------------------

    @POST
    @Path("/{id}:send")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "sendProposal", summary = "Send a complete proposal to the higher authority",
            description = """
                    Fixes its number (unique for the agency in the year it is sent), date and signer. The dossier \
                    must hold at least one nominee; the list (LIST); the council's minutes (MINUTES) when the \
                    nominees came from a session or an award proposed needs the council's vote; an \
                    ACHIEVEMENT_REPORT for each nominee; and an INITIATIVE_PROOF for each nominee proposed as a \
                    provincial or national emulation fighter; and, for every nominee of an award the rule set puts to the \
                    council, the agency's council's vote (`councilVote`, VOTE_MISSING otherwise). Otherwise 409, every \
                    gap listed in `errors`. The nominees must also fit the quotas the agency configured, reckoned as the \
                    council and decisions reckon them (409, QUOTA_EXCEEDED). A returned proposal is sent again the \
                    same way. Needs If-Match.""")
    @APIResponse(responseCode = "200", description = "Sent.")
    @APIResponse(responseCode = "409", description = "The dossier is incomplete (each missing part in `errors`), the "
            + "proposal is not a draft or returned, or the number is taken.",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public RestResponse<ProposalResponses.Detail> send(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid ProposalRequests.Send body) {
        return tagged(service.send(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:receive")
    @RolesAllowed({Roles.BOARD, Roles.INTEGRATION})
    @Operation(operationId = "receiveProposal", summary = "Acknowledge a sent proposal as received",
            description = "By the higher authority's board (which has the proposing agency in scope) or its system. "
                    + "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Received.")
    @APIResponse(responseCode = "409", description = "The proposal is not sent.")
    public RestResponse<ProposalResponses.Detail> receive(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.receive(id, ifMatch));
    }

    @POST
    @Path("/{id}:return")
    @RolesAllowed({Roles.BOARD, Roles.INTEGRATION})
    @Operation(operationId = "returnProposal", summary = "Return a sent or received proposal to the agency",
            description = "With the reason; the agency edits it and sends it again. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Returned.")
    @APIResponse(responseCode = "409", description = "The proposal is neither sent nor received.")
    public RestResponse<ProposalResponses.Detail> sendBack(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid ProposalRequests.Return body) {
        return tagged(service.sendBack(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:record-decision")
    @RolesAllowed({Roles.BOARD, Roles.INTEGRATION})
    @Operation(operationId = "recordProposalDecision", summary = "Record the higher authority's decision on a "
            + "received proposal", description = """
                    By the higher authority's board or its system (or the agency's board, entering the decision that \
                    came back). The decision is recorded as a signed decision of that authority, external to the \
                    agency: its awardees are the nominees named in `awarded` (each award of the decision's level), \
                    their cash reckoned on the decision date and their award history written. Those not named are \
                    recorded as not awarded. The proposal becomes DECIDED with the decision's id, and never changes \
                    again. Needs If-Match.""")
    @APIResponse(responseCode = "200", description = "Decided.")
    @APIResponse(responseCode = "409", description = "The proposal is not received, or the decision's number is "
            + "taken for that authority and year.")
    public RestResponse<ProposalResponses.Detail> recordDecision(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid ProposalRequests.RecordDecision body) {
        return tagged(service.recordDecision(id, ifMatch, body));
    }

    private static RestResponse<ProposalResponses.Detail> tagged(ProposalResponses.Detail proposal) {
        return RestResponse.ResponseBuilder.ok(proposal).tag(ETags.of(proposal.version())).build();
    }
}
