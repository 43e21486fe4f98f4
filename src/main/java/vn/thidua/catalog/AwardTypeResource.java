package vn.thidua.catalog;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Roles;

@Path("/award-types")
@Tag(name = "Catalogue", description = "Titles and commendation forms.")
@Produces(MediaType.APPLICATION_JSON)
public class AwardTypeResource {

    @Inject
    AwardTypeRepository types;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "listAwardTypes", summary = "List the titles and commendation forms of the catalogue",
            description = "The catalogue of the emulation and commendation law (Luật Thi đua, khen thưởng): titles (danh "
                    + "hiệu) and forms (hình thức khen thưởng), active ones only; `category` narrows to one kind. Pledges "
                    + "name titles by `code`.")
    public List<AwardTypeResponse> list(@QueryParam("category") AwardType.Category category) {
        return types.listActive(category).stream().map(AwardTypeResponse::from).toList();
    }
}
