package vn.thidua.history;

import java.util.Map;
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

/**
 * {@code /people/{id}/awards}: a person's award history. It shares the class path {@code /people} with the person
 * resource, and lives here because history depends on the organisation, not the reverse.
 */
@Path("/people")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
public class PersonAwardsResource {

    /** Newest first; the same year by code. */
    static final Map<String, String> SORTS = Map.of("year", "year", "awardCode", "awardCode");

    @Inject
    HistoryService service;

    @GET
    @Path("/{id}/awards")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listPersonAwards", summary = "A person's award history across years",
            description = "Every title and form conferred on the person, newest year first, revoked ones included "
                    + "(with their revocation). Sort keys: year, awardCode (default -year,awardCode). "
                    + HistoryDocs.READERS)
    public Page<Award> list(@PathParam("id") UUID id, @BeanParam PageParams page) {
        return service.awardsOf(SubjectKind.PERSON, id, Paging.of(page, SORTS, "-year,awardCode"));
    }
}
