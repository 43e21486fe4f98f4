package vn.thidua.audit;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;

@Path("/audit-events")
@Tag(name = "Audit", description = "Who did what, when, with the fields before and after. Read-only.")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService service;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD})
    @Operation(operationId = "listAuditEvents", summary = "List audit events in the caller's scope",
            description = "Newest first by default (sort keys: id, occurredAt). Events are never changed or deleted.")
    public Page<AuditEventResponse> list(
            @Parameter(example = "person") @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @Parameter(description = "User name of the actor.") @QueryParam("actor") String actor,
            @Parameter(example = "person.updated") @QueryParam("action") String action,
            @Parameter(description = "From this time (inclusive), ISO-8601.", example = "2026-01-01T00:00:00Z")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Before this time (exclusive), ISO-8601.") @QueryParam("to") OffsetDateTime to,
            @BeanParam PageParams page) {
        Paging paging = Paging.of(page, AuditService.SORTS, "-id");
        return service.list(caller.unitId().orElse(null),
                new AuditService.Filter(entityType, entityId, actor, action, from, to), paging);
    }
}
