package vn.thidua.council;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import vn.thidua.common.Roles;

/**
 * The secret ballot: {@code /council-sessions/{id}/ballots...}. No Idempotency-Key here: a stored answer would keep
 * the voter's name beside the receipts that open their ballots.
 */
@Path("/council-sessions")
@Tag(name = "Council sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionBallotResource {

    @Inject
    BallotService service;

    @POST
    @Path("/{id}/ballots")
    @RolesAllowed(Roles.COUNCIL)
    @ResponseStatus(201)
    @Operation(operationId = "castCouncilBallots", summary = "Cast secret ballots",
            description = "By a member of the session while voting is open, on items voted by ballot: all the "
                    + "ballots of the request or none. Each answer holds a receipt, shown only here: it lets the "
                    + "voter check that the ballot is counted and change it until voting closes. Nothing records "
                    + "who chose what.")
    @APIResponse(responseCode = "201", description = "Cast; keep the receipts.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponses.Cast.class)))
    @APIResponse(responseCode = "409", description = "Voting is not open; or an item is not voted by ballot, the "
            + "caller is recused from it, has already voted on it, or is absent where written votes are not "
            + "allowed (naming the item).")
    public SessionResponses.Cast cast(@PathParam("id") UUID id, @NotNull @Valid SessionRequests.Ballots body) {
        return service.cast(id, body);
    }

    @POST
    @Path("/{id}/ballots:change")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "changeCouncilBallot", summary = "Change a ballot, with its receipt",
            description = "By a member who has voted on the item, until voting closes.")
    @APIResponse(responseCode = "200", description = "Changed; still counted once.")
    @APIResponse(responseCode = "409", description = "Voting is not open, the caller has not voted on the item, or no "
            + "ballot of the item has that receipt.")
    public SessionResponses.Counted change(@PathParam("id") UUID id,
            @NotNull @Valid SessionRequests.ChangeBallot body) {
        return service.change(id, body);
    }

    @POST
    @Path("/{id}/ballots:verify")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "verifyCouncilBallot", summary = "Check that a ballot is counted",
            description = "Whether a ballot of the item holds the receipt; never what it says.")
    @APIResponse(responseCode = "200", description = "Whether it is counted.")
    public SessionResponses.Counted verify(@PathParam("id") UUID id,
            @NotNull @Valid SessionRequests.VerifyBallot body) {
        return service.verify(id, body);
    }

    @GET
    @Path("/{id}/ballots/mine")
    @RolesAllowed(Roles.COUNCIL)
    @Operation(operationId = "listMyCouncilBallots", summary = "Where the caller stands on each item",
            description = "VOTED, NOT_VOTED, RECUSED, NOT_ALLOWED (absent where written votes are not allowed) or "
                    + "NO_BALLOT (decided on paper or without a vote); never the choice.")
    public List<SessionResponses.MyBallot> mine(@PathParam("id") UUID id) {
        return service.mine(id);
    }
}
