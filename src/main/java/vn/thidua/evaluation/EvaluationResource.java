package vn.thidua.evaluation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;

/** One evaluation and its workflow: {@code /evaluations/{id}}, its self-assessment, review and acts. */
@Path("/evaluations")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getEvaluation", summary = "Read an evaluation",
            description = "An evaluation in the caller's scope; a member reads only their own.")
    @APIResponse(responseCode = "200", description = "The evaluation, with its version as ETag.")
    public RestResponse<EvaluationResponse> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @PUT
    @Path("/{id}/self-assessment")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD, Roles.MEMBER})
    @Operation(operationId = "updateSelfAssessment", summary = "Write the self-assessment of a draft or returned "
            + "evaluation", description = "The results per sub-movement of the plan (each beside the pledge's "
            + "commitment, which stays listed when left out) and the achievements. By the member for themself, or a "
            + "unit head or the board in scope. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Saved.")
    @APIResponse(responseCode = "409", description = "The evaluation is not a draft or returned.")
    public RestResponse<EvaluationResponse> updateSelfAssessment(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid EvaluationRequests.SelfAssessment body) {
        return tagged(service.updateSelfAssessment(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:self-assess")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD, Roles.MEMBER})
    @Operation(operationId = "selfAssessEvaluation", summary = "Hand in the self-assessment",
            description = "DRAFT or RETURNED → SELF_ASSESSED, once it has achievements or a result. By the same "
                    + "authors as the self-assessment. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Self-assessed; the unit may review it.")
    @APIResponse(responseCode = "409", description = "The evaluation is not a draft or returned, or nothing is "
            + "written in its self-assessment.")
    public RestResponse<EvaluationResponse> selfAssess(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.selfAssess(id, ifMatch));
    }

    @PUT
    @Path("/{id}/review")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "updateReview", summary = "Write the unit's review of a self-assessed evaluation",
            description = "The proposed titles (they must fit the subject) and forms, the review meeting's date and "
                    + "votes (votesFor ≤ votesTotal, votesAgainst ≤ votesTotal − votesFor, votesTotal being those "
                    + "present), the comment and the attestations made by hand (each keeps who made it and when "
                    + "until it changes). For a person: a unit head or the board in scope. For a unit: the board of "
                    + "the plan's issuing unit, or the unit head of a unit above it. While SELF_ASSESSED or "
                    + "UNIT_REVIEWED. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Saved.")
    @APIResponse(responseCode = "409", description = "The evaluation is not self-assessed or reviewed.")
    public RestResponse<EvaluationResponse> updateReview(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid EvaluationRequests.Review body) {
        return tagged(service.updateReview(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:review")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "reviewEvaluation", summary = "Conclude the unit's review",
            description = "SELF_ASSESSED → UNIT_REVIEWED, once the review has the meeting's date and its vote counts. "
                    + "By the reviewers of `PUT /evaluations/{id}/review`. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Reviewed; it may go to the council.")
    @APIResponse(responseCode = "409", description = "The evaluation is not self-assessed, or the meeting's date or "
            + "vote counts are missing.")
    public RestResponse<EvaluationResponse> review(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.review(id, ifMatch));
    }

    @POST
    @Path("/{id}:submit")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "submitEvaluation", summary = "Submit a reviewed evaluation to the council",
            description = "UNIT_REVIEWED → SUBMITTED_TO_COUNCIL. By the reviewers. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Submitted to the council.")
    @APIResponse(responseCode = "409", description = "The evaluation is not reviewed.")
    public RestResponse<EvaluationResponse> submit(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.submit(id, ifMatch));
    }

    @POST
    @Path("/{id}:return")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "returnEvaluation", summary = "Return an evaluation for rework, with the reason",
            description = "From SELF_ASSESSED, UNIT_REVIEWED or SUBMITTED_TO_COUNCIL to RETURNED: the subject "
                    + "corrects the self-assessment and hands it in again. By the reviewers. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Returned.")
    @APIResponse(responseCode = "409", description = "The evaluation is a draft or already returned.")
    public RestResponse<EvaluationResponse> sendBack(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid EvaluationRequests.Reason body) {
        return tagged(service.sendBack(id, ifMatch, body));
    }

    private static RestResponse<EvaluationResponse> tagged(EvaluationResponse evaluation) {
        return RestResponse.ResponseBuilder.ok(evaluation).tag(ETags.of(evaluation.version())).build();
    }
}
