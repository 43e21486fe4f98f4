package vn.thidua.cluster.meeting;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.cluster.ClusterAccess;
import vn.thidua.cluster.ClusterResource;
import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Idempotency;
import vn.thidua.decision.proposal.ProposalResponses;

/** The cluster's meeting of a year: {@code /clusters/{id}/meetings/{year}...}. */
@Path("/clusters")
@Tag(name = "Clusters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterMeetingResource {

    @Inject
    ClusterMeetingService service;
    @Inject
    Idempotency idempotency;

    @GET
    @Path("/{id}/meetings")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listClusterMeetings", summary = "The cluster's meetings, year by year",
            description = "Latest year first, to everyone in reach of the cluster: each year's session and status, "
                    + "how many nominees, what it chose once closed, and the proposal made from it.")
    @APIResponse(responseCode = "200", description = "The meetings.")
    public List<MeetingResponses.Summary> list(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @Path("/{id}/meetings/{year}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "conveneClusterMeeting", summary = "Convene the year's cluster meeting",
            description = "By the board of the year's head agency (the organiser's board when the head is external): "
                    + "the meeting (hội nghị tổng kết cụm, khối) that chooses by secret ballot the leading unit for "
                    + "the flag and one or two for the Bằng khen. One delegate for each member agency of the year, the "
                    + "head's in the chair. It votes as a council session (`sessionId`): attendance, opening and "
                    + "closing the vote, paper tallies or secret ballots, results and minutes are the council-session "
                    + "operations. PAPER voting (the default) suits delegates without accounts here; BALLOT needs an "
                    + "account for every delegate. One meeting a year (409 once convened).")
    @APIResponse(responseCode = "201", description = "Convened.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingResponses.Meeting.class)))
    @APIResponse(responseCode = "409", description = "The year's meeting is convened already, or the year has no head.")
    public Response convene(@PathParam("id") UUID id,
            @Parameter(description = ClusterResource.YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @NotNull @Valid MeetingRequests.Convene body,
            @Parameter(description = ClusterResource.RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        int y = ClusterAccess.year(year);
        return idempotency.execute(idempotencyKey, "POST /clusters/" + id + "/meetings/" + y, body, () -> {
            MeetingResponses.Meeting meeting = service.convene(id, y, body);
            return Response.created(URI.create("clusters/" + id + "/meetings/" + y)).entity(meeting).build();
        });
    }

    @GET
    @Path("/{id}/meetings/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getClusterMeeting", summary = "The year's cluster meeting",
            description = "To everyone in reach of the cluster, member agencies included: its session, delegates and "
                    + "nominees with their place in the year's closed ranking; once the session is closed, each "
                    + "nominee's votes and result, what the meeting chose, and the proposal made from it.")
    @APIResponse(responseCode = "200", description = "The meeting.")
    public MeetingResponses.Meeting get(@PathParam("id") UUID id,
            @Parameter(description = ClusterResource.YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year) {
        return service.get(id, ClusterAccess.year(year));
    }

    @POST
    @Path("/{id}/meetings/{year}/candidates")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "nominateClusterMember", summary = "Put a member agency to the meeting's vote",
            description = "By the board running the year, while the session is a draft: a member agency of the year "
                    + "for the flag (PROVINCE_FLAG, passing with 80% of all delegates by default) or the Bằng khen "
                    + "(PROVINCE_COMMENDATION). Several may stand for each: the meeting chooses the flag's nominee "
                    + "with the most votes among those that passed, and at most two for the Bằng khen.")
    @APIResponse(responseCode = "201", description = "Nominated.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeetingResponses.Candidate.class)))
    @APIResponse(responseCode = "409", description = "The session is no longer a draft, or the member stands for "
            + "that award already.")
    public Response nominate(@PathParam("id") UUID id,
            @Parameter(description = ClusterResource.YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year,
            @NotNull @Valid MeetingRequests.Nominate body,
            @Parameter(description = ClusterResource.RETRY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        int y = ClusterAccess.year(year);
        return idempotency.execute(idempotencyKey, "POST /clusters/" + id + "/meetings/" + y + "/candidates", body,
                () -> {
                    ClusterMeetingService.Nominated nominated = service.nominate(id, y, body);
                    return Response.created(URI.create("council-sessions/" + nominated.sessionId() + "/agenda/"
                            + nominated.candidate().agendaItemId())).entity(nominated.candidate()).build();
                });
    }

    @POST
    @Path("/{id}/meetings/{year}:propose")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "proposeClusterMeetingChoice", summary = "Propose what the meeting chose",
            description = "By the board running the year, once the session is closed: a draft proposal (tờ trình) "
                    + "of the agency running the year to the organiser, with the flag's nominee and the Bằng khen's, "
                    + "each cited with its place in the ranking, resting on the meeting's session (its minutes belong "
                    + "in the dossier). From there it is an ordinary proposal (/proposals/{id}): dossier, sending, "
                    + "the organiser's receipt and decision. A nominee outside this installation is named as the "
                    + "cluster names it. 409 while the session is open, on equal votes at a cut (the meeting settles "
                    + "it), when nothing passed, or once proposed.")
    @APIResponse(responseCode = "201", description = "The proposal drafted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProposalResponses.Detail.class)))
    @APIResponse(responseCode = "409", description = "Not closed, tied, nothing passed, or proposed already.")
    public Response propose(@PathParam("id") UUID id,
            @Parameter(description = ClusterResource.YEAR, schema = @Schema(type = SchemaType.INTEGER, minimum = "1990",
                    maximum = "2100")) @PathParam("year") String year) {
        ProposalResponses.Detail proposal = service.propose(id, ClusterAccess.year(year));
        return Response.created(URI.create("proposals/" + proposal.id())).entity(proposal)
                .tag(ETags.of(proposal.version())).build();
    }
}
