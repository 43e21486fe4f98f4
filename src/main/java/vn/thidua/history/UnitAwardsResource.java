package vn.thidua.history;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Roles;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;
import vn.thidua.history.HistoryResponses.Award;
import vn.thidua.org.SubjectKind;

/** {@code /units/{id}/awards}: a collective's award history; shares the class path {@code /units}. */
@Path("/units")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
public class UnitAwardsResource {

    @Inject
    HistoryService service;

    @GET
    @Path("/{id}/awards")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.INTEGRATION})
    @Operation(operationId = "listUnitAwards", summary = "A unit's award history across years, as a collective",
            description = "Every title and form conferred on the unit itself (not on its people), newest year first, "
                    + "revoked ones included. Sort keys: year, awardCode (default -year,awardCode). Who: admin, board, "
                    + "council, leader, unit_head and integration, within their scope; a unit outside it answers 404.")
    public Page<Award> list(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return service.awardsOf(SubjectKind.UNIT, id, Paging.of(page, PersonAwardsResource.SORTS,
                "-year,awardCode"));
    }
}
