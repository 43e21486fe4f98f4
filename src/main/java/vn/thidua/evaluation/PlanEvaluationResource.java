package vn.thidua.evaluation;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;
import vn.thidua.common.api.QueryFlags;
import vn.thidua.org.SubjectKind;

/**
 * A plan's evaluations: {@code /plans/{id}/evaluations...}. It shares the class path {@code /plans} with the plan
 * resource, and lives here because evaluations depend on plans, not the reverse.
 */
@Path("/plans")
@Tag(name = "Evaluations", description = "Self-assessment and the unit's review (bình xét) of people and units.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanEvaluationResource {

    @Inject
    EvaluationService service;
    @Inject
    Idempotency idempotency;

    @GET
    @Path("/{planId}/evaluations")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listEvaluations", summary = "List a plan's evaluations in the caller's scope",
            description = "A member sees only their own. `unit` with `subtree=true` includes the units below it. "
                    + "`q` searches the subject's name ignoring accents; `proposedTitle` keeps those whose review "
                    + "proposes that title. Sort keys: subjectName, status, createdAt, updatedAt.")
    public Page<EvaluationResponse> list(@PathParam("planId") UUID planId, @QueryParam("phase") UUID phase,
            @QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @QueryParam("status") EvaluationStatus status,
            @Parameter(description = "Evaluations whose review proposes this title code.", example = "ADVANCED_WORKER")
            @QueryParam("proposedTitle") String proposedTitle,
            @QueryParam("subjectKind") SubjectKind subjectKind,
            @Parameter(example = "nguyen van") @QueryParam("q") String q,
            @BeanParam PageParams page) {
        return service.list(planId, new EvaluationService.ListQuery(phase, unit,
                QueryFlags.parse("subtree", subtree, true), status, proposedTitle, subjectKind, q),
                Paging.of(page, EvaluationService.SORTS, "subjectName"));
    }

    @POST
    @Path("/{planId}/evaluations")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD, Roles.MEMBER})
    @Operation(operationId = "createEvaluation", summary = "Open the evaluation of a person or a unit, as a draft",
            description = "The plan must be issued and the subject in scope and in a unit taking part in it. Members "
                    + "for themselves; unit heads and the board for the people and units in scope. The subject's "
                    + "live pledge in the plan and phase is linked and its commitments copied into `results`. One "
                    + "evaluation per subject, plan and phase.")
    @APIResponse(responseCode = "201", description = "Opened as a draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationResponse.class)))
    @APIResponse(responseCode = "409", description = "The subject already has an evaluation, or the plan is not issued.")
    public Response create(@PathParam("planId") UUID planId, @NotNull @Valid EvaluationRequests.Create body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /plans/" + planId + "/evaluations", body, () -> {
            EvaluationResponse evaluation = service.create(planId, body);
            return Response.created(URI.create("evaluations/" + evaluation.id())).entity(evaluation)
                    .tag(ETags.of(evaluation.version())).build();
        });
    }

    @POST
    @Path("/{planId}/evaluations:open")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD})
    @Operation(operationId = "openEvaluations", summary = "Open the evaluations of a whole unit at once",
            description = "Every subject of the unit (with `subtree`, the default, also of the units below it) whose "
                    + "pledge in the plan and phase is APPROVED and who has no evaluation yet gets one, as a draft "
                    + "with the pledge's commitments. Subjects already evaluated are left as they are and counted. "
                    + "Each evaluation is audited and announced (`evaluation.created`); the act as a whole is audited "
                    + "once more (`evaluations.opened`).")
    @APIResponse(responseCode = "200", description = "What was opened.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationsOpened.class)))
    @APIResponse(responseCode = "409", description = "The plan is not issued.")
    public Response open(@PathParam("planId") UUID planId, @NotNull @Valid EvaluationRequests.Open body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /plans/" + planId + "/evaluations:open", body,
                () -> Response.ok(service.open(planId, body)).build());
    }
}
