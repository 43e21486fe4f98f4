package vn.thidua.council;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

/** Council sessions and their acts: {@code /council-sessions}, {@code :open-voting}, {@code :close}... */
@Path("/council-sessions")
@Tag(name = "Council sessions", description = "Sessions of the Emulation–Commendation Council (phiên họp Hội đồng thi "
        + "đua – khen thưởng): DRAFT → VOTING → VOTING_CLOSED → CLOSED, or CANCELLED; the agenda, attendance, secret "
        + "ballots or paper tallies, results with quorum, thresholds and quotas, and the minutes.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilSessionResource {

    static final String MINUTES_TEXT = "text/plain; charset=UTF-8";

    @Inject
    SessionService service;
    @Inject
    MinutesText minutesText;
    @Inject
    ResultsService results;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listCouncilSessions", summary = "List the sessions of the councils the caller sees",
            description = "Councils whose agency is in the caller's scope, and councils the caller sits on. Sort "
                    + "keys: meetingAt, name, year, status, createdAt.")
    public Page<SessionResponses.Session> list(@QueryParam("councilId") UUID councilId,
            @QueryParam("planId") UUID planId, @Parameter(example = "2024") @QueryParam("year") Integer year,
            @QueryParam("status") SessionStatus status, @BeanParam PageParams page) {
        return service.list(new SessionRepository.Filter(councilId, planId, year, status),
                Paging.of(page, SessionService.SORTS, "-meetingAt"));
    }

    @POST
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "createCouncilSession", summary = "Open a session of a council, as a draft",
            description = "By the board in the council agency's scope. The members holding office on the meeting "
                    + "day (in Vietnam) are snapshotted, attendance unrecorded. A plan must be issued or closed; the "
                    + "year defaults to the plan's and is required without one.")
    @APIResponse(responseCode = "201", description = "Created as a draft.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponses.Session.class)))
    @APIResponse(responseCode = "409", description = "No member, or no chair, holds office on the meeting day; or "
            + "the plan is not issued.")
    public Response create(@NotNull @Valid SessionRequests.Create body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /council-sessions", body, () -> {
            SessionResponses.Session session = service.create(body);
            return Response.created(URI.create("council-sessions/" + session.id())).entity(session)
                    .tag(ETags.of(session.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getCouncilSession", summary = "Read a session",
            description = "With its counts of members, members present and agenda items.")
    @APIResponse(responseCode = "200", description = "The session, with its version as ETag.")
    public RestResponse<SessionResponses.Session> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "updateCouncilSession", summary = "Change a draft session",
            description = "Name, meeting time, place, default voting mode. A new meeting day takes the members "
                    + "holding office that day (those still on it keep their attendance) and recomputes the "
                    + "recusals. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The session is no longer a draft, or nobody (or no chair) holds "
            + "office on the new day.")
    public RestResponse<SessionResponses.Session> update(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid SessionRequests.Update body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @PUT
    @Path("/{id}/notes")
    @RolesAllowed({Roles.BOARD, Roles.COUNCIL})
    @Operation(operationId = "putCouncilSessionNotes", summary = "Write the minutes' notes",
            description = "The opening, the opinions voiced, the conclusion and when the meeting ended; by the board "
                    + "or the session's secretary, until the session is closed. Needs If-Match (the session's).")
    @APIResponse(responseCode = "200", description = "Written.")
    @APIResponse(responseCode = "409", description = "The session is closed or cancelled.")
    public RestResponse<SessionResponses.Session> notes(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid SessionRequests.Notes body) {
        return tagged(service.writeNotes(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listCouncilSessionMembers", summary = "The session's members and their attendance",
            description = "The members holding office on the meeting day, by role then name.")
    public List<SessionResponses.Member> members(@PathParam("id") UUID id) {
        return service.members(id);
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "recordCouncilAttendance", summary = "Record who is present and who is absent",
            description = "For the members listed (others unchanged), while the session is a draft. Needs If-Match "
                    + "(the session's); the answer's ETag is the session's new version.")
    @APIResponse(responseCode = "200", description = "Recorded; every member of the session.")
    @APIResponse(responseCode = "409", description = "The session is no longer a draft.")
    public RestResponse<List<SessionResponses.Member>> attendance(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid SessionRequests.Attendance body) {
        List<SessionResponses.Member> members = service.recordAttendance(id, ifMatch, body);
        return RestResponse.ResponseBuilder.ok(members).tag(ETags.of(service.version(id))).build();
    }

    @POST
    @Path("/{id}:open-voting")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "openCouncilSessionVoting", summary = "Open the vote",
            description = "Needs an agenda and every member's attendance recorded. Fixes the rule set and each "
                    + "item's vote rule, and refuses items decided without a vote whose title needs one. Needs "
                    + "If-Match.")
    @APIResponse(responseCode = "200", description = "Voting is open.")
    @APIResponse(responseCode = "409", description = "Not a draft, no agenda, attendance unrecorded (naming who), or "
            + "items needing a vote set to none (naming them).")
    public RestResponse<SessionResponses.Session> openVoting(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.openVoting(id, ifMatch));
    }

    @POST
    @Path("/{id}:close-voting")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "closeCouncilSessionVoting", summary = "Close the vote and count",
            description = "Each item counted by its vote rule (quorum, base, threshold); quotas applied over the "
                    + "passed items, a tie at a cap reported for the council to settle; the ballot box sealed. Every "
                    + "paper item needs its tally. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Counted; the results are readable.")
    @APIResponse(responseCode = "409", description = "Voting is not open, or paper tallies are missing (naming the "
            + "items).")
    public RestResponse<SessionResponses.Session> closeVoting(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.closeVoting(id, ifMatch));
    }

    @POST
    @Path("/{id}/quota-ties:settle")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "settleCouncilQuotaTie", summary = "Settle a tie at a quota's cap",
            description = "The council's choice of exactly as many of the tied items as seats are left, with its "
                    + "reason; the others stand over the quota. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Settled.")
    @APIResponse(responseCode = "409", description = "Voting is not closed, or the quota has no tie.")
    public RestResponse<SessionResponses.Session> settle(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid SessionRequests.Settle body) {
        return tagged(service.settleTie(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:close")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "closeCouncilSession", summary = "Close the session for good",
            description = "From VOTING_CLOSED, once every tie is settled. The session and everything it holds never "
                    + "change again; `council.session_closed` carries the results. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Closed.")
    @APIResponse(responseCode = "409", description = "Voting is not closed, or a tie is unsettled (naming the titles).")
    public RestResponse<SessionResponses.Session> close(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.close(id, ifMatch));
    }

    @POST
    @Path("/{id}:cancel")
    @RolesAllowed(Roles.BOARD)
    @Operation(operationId = "cancelCouncilSession", summary = "Cancel a session, with the reason",
            description = "From DRAFT, VOTING or VOTING_CLOSED; a re-vote is a new session. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled.")
    @APIResponse(responseCode = "409", description = "The session is closed or already cancelled.")
    public RestResponse<SessionResponses.Session> cancel(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid SessionRequests.Cancel body) {
        return tagged(service.cancel(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getCouncilSessionResults", summary = "The counted results",
            description = "Per item: counts, base and its kind, ratio, threshold, approvals needed, quorum, outcome "
                    + "and reason, quota standing and whether it is accepted; the quotas with their ranking, ties "
                    + "and settlements. Never a member's choice.")
    @APIResponse(responseCode = "200", description = "The results.")
    @APIResponse(responseCode = "409", description = "Voting is not closed yet.")
    public SessionResponses.Results results(@PathParam("id") UUID id) {
        return results.results(id);
    }

    @GET
    @Path("/{id}/minutes")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "getCouncilSessionMinutes", summary = "The minutes (biên bản) as structured data",
            description = "Time, place, attendance, agenda, each item's result, quotas and the secretary's notes; "
                    + "a draft (`final` false) until the session is closed.")
    @APIResponse(responseCode = "200", description = "The minutes.")
    public Minutes minutes(@PathParam("id") UUID id) {
        return results.minutes(id);
    }

    @GET
    @Path("/{id}/minutes:download")
    @Produces(MINUTES_TEXT)
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "downloadCouncilSessionMinutes", summary = "The minutes (biên bản) as a Vietnamese document",
            description = "The same minutes as text in the usual layout: the agency and the national motto, BIÊN BẢN, "
                    + "time and place, I. THÀNH PHẦN (who chaired, the secretary, those present and absent), II. NỘI "
                    + "DUNG (each title's threshold and results table, recusals, quotas and settled ties), III. KẾT "
                    + "LUẬN, the end of the meeting and the signature block. Marked DỰ THẢO until the session is "
                    + "closed. UTF-8, as an attachment.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment.", content = @Content(
            mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)))
    public Response downloadMinutes(@PathParam("id") UUID id) {
        return Response.ok(minutesText.render(results.minutes(id)), MINUTES_TEXT)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bien-ban-" + id + ".txt\"")
                .build();
    }

    private static RestResponse<SessionResponses.Session> tagged(SessionResponses.Session session) {
        return RestResponse.ResponseBuilder.ok(session).tag(ETags.of(session.version())).build();
    }
}
