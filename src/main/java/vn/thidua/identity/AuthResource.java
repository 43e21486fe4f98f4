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
@Tag(name = "Authentication", description = "Tokens for built-in accounts (a person's password, an integration "
        + "client's secret), their renewal and end, and password changes.")
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
            summary = "Exchange a user name and password, or a client id and secret, for an access token",
            description = "Grant `password` (the default) for a person's account: an access token and a refresh token. "
                    + "Grant `client_credentials` for an integration client: an access token only, got again with "
                    + "the secret when it expires. A person's password never opens the client grant, nor a client's "
                    + "secret the password grant. Every failure answers the same 401, whatever the reason (unknown "
                    + "name, wrong password or secret, locked or disabled account, the other grant's account). "
                    + "Failures in a row are answered more and more slowly, and after a number of them the account is "
                    + "locked for a while.")
    @APIResponse(responseCode = "200", description = "A signed JWT with the account's roles (`groups`), home unit "
            + "(`unit`), person (`person`) and token version (`token_version`), and for a person a refresh token.")
    @APIResponse(responseCode = "401", description = "The credentials were not accepted.")
    @APIResponse(responseCode = "403", description = "Login is disabled: tokens come from an external identity provider.")
    public TokenResponse token(@NotNull @Valid AccountRequests.TokenRequest body) {
        return auth.login(body);
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(operationId = "refreshToken",
            extensions = @Extension(name = "x-public", value = "true", parseValue = true),
            summary = "Exchange a refresh token for a new access token and refresh token",
            description = "The refresh token is spent: the answer's is the one to keep. Showing a spent refresh token "
                    + "again revokes every refresh token of its login (someone else holds a copy), and the user must "
                    + "log in again. A refresh token also ends with its account's other tokens (disabling, a role, "
                    + "unit or password change, logout) and at its login's absolute end.")
    @APIResponse(responseCode = "200", description = "The next pair.")
    @APIResponse(responseCode = "401", description = "The refresh token is unknown, spent, revoked or expired, or its "
            + "account changed or was disabled.")
    @APIResponse(responseCode = "403", description = "Login is disabled: tokens come from an external identity provider.")
    public TokenResponse refresh(@NotNull @Valid AccountRequests.RefreshRequest body) {
        return auth.refresh(body);
    }

    @POST
    @Path("/logout")
    // no body: a logout sent without a Content-Type (as most clients send a bodiless POST) is still one
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "logout", summary = "End every token of the caller's account",
            description = "Every access token and refresh token issued to the caller's account so far stops working at "
                    + "once, on every device and every replica of the service; log in again to go on.")
    @APIResponse(responseCode = "204", description = "Logged out.")
    @APIResponse(responseCode = "409", description = "The caller's token does not belong to a built-in account (an "
            + "external identity provider's tokens end at their own expiry).")
    public void logout() {
        auth.logout();
    }

    @POST
    @Path("/password")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.COUNCIL, Roles.LEADER, Roles.UNIT_HEAD, Roles.MEMBER,
            Roles.INTEGRATION})
    @Operation(operationId = "changeOwnPassword", summary = "Change the caller's own password",
            description = "The current password must be given. Every token issued before, the caller's own included, "
                    + "stops working: log in again with the new password.")
    @APIResponse(responseCode = "200", description = "Changed.")
    @APIResponse(responseCode = "409", description = "The caller's token does not belong to a built-in person's account.")
    public AccountResponse changePassword(@NotNull @Valid AccountRequests.ChangePassword body) {
        return accounts.changeOwnPassword(body);
    }
}
