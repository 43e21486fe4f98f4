package vn.thidua.identity;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;

/**
 * Integration clients. Their creation takes no {@code Idempotency-Key}: a stored answer would hand the secret out a
 * second time. A retried creation is told apart by its client id instead, which it names itself (409 when taken).
 */
@Path("/integration-clients")
@Tag(name = "Accounts", description = "Built-in accounts (tài khoản): roles, home unit, linked person.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class IntegrationClientResource {

    @Inject
    IntegrationClientService service;

    @POST
    @Operation(operationId = "createIntegrationClient", summary = "Create an integration client and its secret",
            description = "An account for one of the Board's systems, with the role `integration`, acting inside its "
                    + "home unit's subtree. It gets access tokens from `/auth/token` with grant `client_credentials`, "
                    + "its client id and the secret of this answer, which is shown here only and never again. Read, "
                    + "disable or move it as an account (`/accounts/{id}`).")
    @APIResponse(responseCode = "201", description = "Created; the secret is in the answer only.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntegrationClientCredentials.class)))
    @APIResponse(responseCode = "404", description = "`unitId` names no unit the caller can see.")
    @APIResponse(responseCode = "409", description = "The client id is taken (by any account: a retried creation too).")
    public Response create(@NotNull @Valid AccountRequests.CreateIntegrationClient body) {
        IntegrationClientCredentials made = service.create(body);
        return Response.created(URI.create("accounts/" + made.client().id())).entity(made)
                .tag(ETags.of(made.client().version())).build();
    }

    @POST
    @Path("/{id}:rotate-secret")
    @Operation(operationId = "rotateIntegrationClientSecret", summary = "Give an integration client a new secret",
            description = "The old secret stops working at once, and so does every token got with it; the new secret "
                    + "is shown in this answer only. Also lifts a lock after failed attempts. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The client with its new secret.")
    public RestResponse<IntegrationClientCredentials> rotateSecret(@PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        IntegrationClientCredentials rotated = service.rotateSecret(id, ifMatch);
        return RestResponse.ResponseBuilder.ok(rotated).tag(ETags.of(rotated.client().version())).build();
    }
}
