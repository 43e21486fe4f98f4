package vn.thidua.pledge;

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
import vn.thidua.org.OrgDirectory;

/**
 * A plan's pledges: {@code /plans/{id}/pledges...}. It shares the class path {@code /plans} with the plan resource
 * (JAX-RS picks the class by its path first), and lives here because pledges depend on plans, not the reverse.
 */
@Path("/plans")
@Tag(name = "Pledges", description = "Registrations for emulation titles (đăng ký thi đua), by people and units.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanPledgeResource {

    @Inject
    PledgeService service;
    @Inject
    Idempotency idempotency;

    @GET
    @Path("/{planId}/pledges")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listPledges", summary = "List a plan's pledges in the caller's scope",
            description = "A member sees only their own. `unit` with `subtree=true` includes the units below it. "
                    + "`q` searches the subject's name ignoring accents. Sort keys: subjectName, status, submittedAt, createdAt.")
    public Page<PledgeResponse> list(@PathParam("planId") UUID planId, @QueryParam("phase") UUID phase,
            @QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @QueryParam("status") PledgeStatus status,
            @Parameter(description = "Pledges that include this title code.", example = "ADVANCED_WORKER") @QueryParam("title") String title,
            @QueryParam("subjectKind") SubjectKind subjectKind,
            @Parameter(example = "nguyen van") @QueryParam("q") String q,
            @BeanParam PageParams page) {
        return service.list(planId, new PledgeService.ListQuery(phase, unit, QueryFlags.parse("subtree", subtree, true),
                status, title, subjectKind, q), Paging.of(page, PledgeService.SORTS, "subjectName"));
    }

    @POST
    @Path("/{planId}/pledges")
    @RolesAllowed({Roles.BOARD, Roles.UNIT_HEAD, Roles.MEMBER})
    @Operation(operationId = "createPledge", summary = "Register a person or a unit for titles, as a draft",
            description = "Members for themselves; unit heads for the people and units of their unit; the board for "
                    + "anything in scope. One live pledge per subject, plan and phase.")
    @APIResponse(responseCode = "201", description = "Created as a draft.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PledgeResponse.class)))
    @APIResponse(responseCode = "409", description = "The subject already has a live pledge, or the plan is not issued.")
    public Response create(@PathParam("planId") UUID planId, @NotNull @Valid PledgeRequests.Create body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /plans/" + planId + "/pledges", body, () -> {
            PledgeResponse pledge = service.create(planId, body);
            return Response.created(URI.create("/api/v1/pledges/" + pledge.id())).entity(pledge)
                    .tag(ETags.of(pledge.version())).build();
        });
    }

    @GET
    @Path("/{planId}/pledges:summary")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "summarisePledges", summary = "Counts per status and per title for a unit",
            description = "Without `unit`, the caller's home unit. With `subtree=false`, that unit's own people and pledges only.")
    public PledgeSummary summary(@PathParam("planId") UUID planId, @QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @QueryParam("phase") UUID phase) {
        return service.summary(planId, unit, QueryFlags.parse("subtree", subtree, true), phase);
    }

    @GET
    @Path("/{planId}/pledges:missing")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listPeopleWithoutPledge", summary = "Who has not registered yet",
            description = "The active people of the unit with no live pledge in the plan (and phase), in staff-list order.")
    public Page<OrgDirectory.PersonRef> missing(@PathParam("planId") UUID planId, @QueryParam("unit") UUID unit,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @QueryParam("subtree") String subtree,
            @QueryParam("phase") UUID phase, @BeanParam PageParams page) {
        return service.missing(planId, unit, QueryFlags.parse("subtree", subtree, true), phase,
                Paging.of(page, java.util.Map.of("name", "name"), "name"));
    }
}
