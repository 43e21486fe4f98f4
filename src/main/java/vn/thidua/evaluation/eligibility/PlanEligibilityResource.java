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

/** Eligibility of every person and unit of a unit for a plan: {@code /plans/{planId}/eligibility}. */
@Path("/plans")
@Tag(name = "Eligibility")
@Produces(MediaType.APPLICATION_JSON)
public class PlanEligibilityResource {

    private static final String HOW = EligibilityResource.HOW;

    @Inject
    EligibilityService service;

    @GET
    @Path("/{planId}/eligibility")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listEligibility", summary = "Eligibility of every person and unit of a unit, for a plan",
            description = HOW + """


                    Judges every active person and unit of the unit's subtree (default: your home unit) in one run, \
                    whether or not they have an evaluation yet, and answers the counts per title and outcome, the \
                    configured quotas checked over the unit (who is over the cap; nobody is dropped), and one page of \
                    subjects. Narrow the page with `subjectKind`, and with `title` (and `outcome`) to list, say, who \
                    passes CSTĐCS: `?title=GRASSROOTS_EMULATION_FIGHTER&outcome=PASS`. 409 when no rule set is in \
                    force for the period.""")
    @APIResponse(responseCode = "200", description = "The titles judged, with every criterion's outcome and reason.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityResponses.Batch.class)))
    @APIResponse(responseCode = "409", description = "No rule set is in force for the period.")
    public EligibilityResponses.Batch forPlan(@PathParam("planId") UUID planId, @QueryParam("unit") UUID unit,
            @QueryParam("phase") UUID phase, @QueryParam("subjectKind") SubjectKind subjectKind,
            @Parameter(description = "Only subjects considered for this title (with `outcome`: having that outcome).",
                    example = "GRASSROOTS_EMULATION_FIGHTER") @QueryParam("title") String title,
            @QueryParam("outcome") Outcome outcome,
            @Parameter(description = "The day pending procedures are looked at; default today.", example = "2026-01-20")
            @QueryParam("asOf") LocalDate asOf,
            @BeanParam PageParams page, @Context HttpHeaders headers) {
        return service.forPlan(planId, new EligibilityService.BatchQuery(unit, phase, subjectKind, title, outcome,
                asOf), Paging.of(page, Map.of("name", "name"), "name"), Messages.localeOf(headers));
    }
}
