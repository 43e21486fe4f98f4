package vn.thidua.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntegrationClientCredentials", description = "An integration client and its new secret, shown only "
        + "in this answer: keep it in the client system's secret store.")
public record IntegrationClientCredentials(
        AccountResponse client,
        @Schema(description = "The client secret for `/auth/token` (grant `client_credentials`).") String clientSecret) {

    /** Never the secret. */
    @Override
    public String toString() {
        return "IntegrationClientCredentials[client=" + client.username() + "]";
    }
}
