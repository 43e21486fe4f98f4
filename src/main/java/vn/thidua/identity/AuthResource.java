package vn.thidua.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.thidua.common.Roles;

@Path("/auth")
@Tag(name = "Authentication", description = "Password login for built-in accounts, and password changes.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthService auth;
    @Inject
    AccountService accounts;

    @POST
    @Path("/token")
    @PermitAll
    @Operation(operationId = "createToken",
            extensions = @Extension(name = "x-public", value = "true", parseValue = true),
            summary = "Exchange a user name and password for an access token",
            description = "Every failure answers the same 401, whatever the reason (unknown user, wrong password, "
                    + "locked or disabled account). Failures in a row are answered more and more slowly, and "
                    + "after a number of them the account is locked for a while.")
    @APIResponse(responseCode = "200", description = "A signed JWT with the account's roles (`groups`), home unit "
            + "(`unit`) and person (`person`).")
    @APIResponse(responseCode = "401", description = "The credentials were not accepted.")
    @APIResponse(responseCode = "403", description = "Password login is disabled: tokens come from an external identity provider.")
    public TokenResponse token(@NotNull @Valid AccountRequests.TokenRequest body) {
        return auth.login(body);
    }

    @POST
    @Path("/password")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "changeOwnPassword", summary = "Change the caller's own password",
            description = "The current password must be given. Tokens already issued stay valid until they expire.")
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", description = "The caller's token does not belong to a built-in account.")
    public AccountResponse changePassword(@NotNull @Valid AccountRequests.ChangePassword body) {
        return accounts.changeOwnPassword(body);
    }
}
