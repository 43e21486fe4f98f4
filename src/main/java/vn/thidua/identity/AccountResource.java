package vn.thidua.identity;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.QueryFlags;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.PageParams;
import vn.thidua.common.api.Paging;

@Path("/accounts")
@Tag(name = "Accounts", description = "Built-in accounts (tài khoản): roles, home unit, linked person.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

    @Inject
    AccountService service;
    @Inject
    Idempotency idempotency;

    @GET
    @Operation(operationId = "listAccounts", summary = "List the accounts whose home unit is in the caller's scope",
            description = "Sort keys: username, createdAt, lastLoginAt.")
    public Page<AccountResponse> list(@QueryParam("unit") UUID unit,
            @Parameter(description = "Only accounts holding this role.")
            @QueryParam("role") @Pattern(regexp = AccountRequests.ROLE_PATTERN) String role,
            @Parameter(description = "true: enabled accounts only; false: disabled only.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("enabled") String enabled,
            @Parameter(description = "Accent-insensitive search in user name and display name.") @QueryParam("q") String q,
            @BeanParam PageParams page) {
        return service.list(unit, role, QueryFlags.parse("enabled", enabled, null), q, Paging.of(page, AccountService.SORTS, "username"));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccount", summary = "Read an account",
            description = "An account in the admin's scope; never its password or hash.")
    @APIResponse(responseCode = "200", description = "The account, with its version as ETag.")
    public RestResponse<AccountResponse> get(@PathParam("id") UUID id) {
        return tagged(service.get(id));
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Create an account",
            description = "A built-in account (password login) for someone in the admin's scope, with its roles and home "
                    + "unit; the account acts only inside that unit's subtree.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "404", description = "`unitId` names no unit the caller can see.")
    @APIResponse(responseCode = "409", description = "The user name is taken, in any agency: user names are the login "
            + "identity and unique across the installation.")
    public Response create(@NotNull @Valid AccountRequests.CreateAccount body,
            @Parameter(description = "Makes a retried request safe: the first answer is returned again.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /accounts", body, () -> {
            AccountResponse account = service.create(body);
            return Response.created(URI.create("accounts/" + account.id())).entity(account)
                    .tag(ETags.of(account.version())).build();
        });
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateAccount", summary = "Change an account's roles, unit, person, name or enabled flag",
            description = "Replaces the roles, home unit, linked person, display name and enabled flag; send every field. "
                    + "Disabling an account, or changing its roles, unit or person, ends every token issued to it before "
                    + "at once. An integration client keeps the role `integration` alone and no person. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    public RestResponse<AccountResponse> update(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid AccountRequests.UpdateAccount body) {
        return tagged(service.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:reset-password")
    @Operation(operationId = "resetAccountPassword", summary = "Set a new password for an account (and unlock it)",
            description = "For a user who forgot the password: the admin sets a new one, to be passed on out of band. Also "
                    + "lifts a lock after failed logins. Every token issued before ends. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Reset.")
    @APIResponse(responseCode = "409", description = "The account is an integration client: rotate its secret instead.")
    public RestResponse<AccountResponse> resetPassword(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @NotNull @Valid AccountRequests.ResetPassword body) {
        return tagged(service.resetPassword(id, ifMatch, body));
    }

    @POST
    @Path("/{id}:unlock")
    @Operation(operationId = "unlockAccount", summary = "Unlock an account locked after failed logins",
            description = "Lifts the lock set after repeated failed logins, before it would expire by itself. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Unlocked.")
    public RestResponse<AccountResponse> unlock(@PathParam("id") UUID id, @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return tagged(service.unlock(id, ifMatch));
    }

    private static RestResponse<AccountResponse> tagged(AccountResponse account) {
        return RestResponse.ResponseBuilder.ok(account).tag(ETags.of(account.version())).build();
    }
}
