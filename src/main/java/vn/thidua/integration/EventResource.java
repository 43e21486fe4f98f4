package vn.thidua.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Roles;

@Path("/events")
@Tag(name = "Integrations", description = "The event feed and signed webhooks, for the provincial board's systems.")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventFeed feed;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.INTEGRATION})
    @Operation(operationId = "listEvents", summary = "Read the event feed from a cursor",
            description = "Every change the service records, oldest first, after the cursor given (from the start "
                    + "without one). Reading page after page with `nextCursor` sees every event of the caller's scope "
                    + "exactly once and in the same order as any other reader, also while changes are going on: an "
                    + "event is released only once every transaction that began before it has ended, so nothing can "
                    + "appear behind a cursor already handed out (events are held back while a long transaction runs). "
                    + "Scope: the events of the units in the caller's subtree; events of no unit (province-wide "
                    + "changes) for callers of the root unit only.")
    @APIResponse(responseCode = "200", description = "The next events; `hasMore` false when the reader has caught up.")
    @APIResponse(responseCode = "400", description = "`after` is not a cursor of this feed, a type is malformed, or "
            + "`limit` is out of range.")
    public EventPage list(
            @Parameter(description = "A cursor from an earlier page (`nextCursor`) or event (`cursor`); none: from "
                    + "the start.", example = "djEuNzQ4LjEwMjQ") @QueryParam("after") String after,
            @Parameter(description = "Comma-separated event types: exact (`decision.signed`) or prefixes "
                    + "(`decision.*`); none: all types.", example = "decision.*,proposal.sent")
            @QueryParam("types") String types,
            @Parameter(description = "Events per page.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000", defaultValue = "100"), example = "100") @QueryParam("limit") String limit) {
        return feed.read(after, types, limit);
    }
}
