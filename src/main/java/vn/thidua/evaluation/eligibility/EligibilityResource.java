package vn.thidua.evaluation.eligibility;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Roles;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.Messages;
import vn.thidua.org.SubjectKind;

/**
 * Who has earned which title, and why, for one evaluation ({@code /evaluations/{id}/eligibility}); the batch for a
 * plan is {@link PlanEligibilityResource}. Both say how the check works in {@link #HOW}.
 */
@Path("/evaluations")
@Tag(name = "Eligibility", description = "The rule check of titles and forms (xét tiêu chuẩn danh hiệu), with reasons.")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    static final String HOW = """
            Each title is judged against the rule set in force on the period's last day (see `GET /rule-sets`), with \
            the configurable items as the subject's agency set them (`GET /units/{id}/rule-settings`), from the records \
            of history (assessments, discipline, initiatives, awards: `/annual-assessments`, `/disciplinary-measures`, \
            `/disciplinary-proceedings`, `/initiatives`, `/award-records`), the plan's pledges (registration) and the \
            evaluation's attestations. Sentences follow `Accept-Language` (Vietnamese by default, `en` for English). \
            `asOf` (default today) is the day pending procedures are looked at.""";

    @Inject
    EligibilityService service;

    @GET
    @Path("/{id}/eligibility")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "getEligibility", summary = "Which titles the evaluation's subject has earned, and why",
            description = HOW + """


                    For a person, every individual title and form of the rule set; for a unit, every collective one, \
                    derived from its members' results (the people of the unit and of the units below it). A member \
                    reads only their own evaluation's answer. Quotas are checked over a unit's candidates together: \
                    see `GET /plans/{id}/eligibility`. 409 when no rule set is in force for the period.""")
    @APIResponse(responseCode = "200", description = "The titles judged, with every criterion's outcome and reason.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityResponses.Answer.class)))
    @APIResponse(responseCode = "409", description = "No rule set is in force for the period.")
    public EligibilityResponses.Answer forEvaluation(@PathParam("id") UUID id,
            @Parameter(description = "The day pending procedures are looked at; default today.", example = "2026-01-20")
            @QueryParam("asOf") LocalDate asOf,
            @Context HttpHeaders headers) {
        return service.forEvaluation(id, asOf, Messages.localeOf(headers));
    }

}
