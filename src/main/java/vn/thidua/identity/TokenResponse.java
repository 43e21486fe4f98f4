package vn.thidua.identity;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Token", description = "A signed access token; send it as `Authorization: Bearer <accessToken>`. A "
        + "person's login also gives a refresh token, to get the next pair from `/auth/refresh` before the access "
        + "token expires; it is shown only here, once.")
public record TokenResponse(
        String accessToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(required = true, description = "Seconds until the access token expires.", examples = "900") long expiresIn,
        OffsetDateTime expiresAt,
        String username,
        Set<String> roles,
        UUID unitId,
        UUID personId,
        @Schema(description = "Exchanged once at `/auth/refresh` for the next pair; absent for an integration client.")
        String refreshToken,
        @Schema(description = "When the refresh token expires if not used.") OffsetDateTime refreshExpiresAt) {

    TokenResponse withRefresh(RefreshTokens.Issued refresh) {
        return new TokenResponse(accessToken, tokenType, expiresIn, expiresAt, username, roles, unitId, personId,
                refresh.token(), refresh.expiresAt());
    }

    /** Never the tokens: an answer logged by accident must not hand them on. */
    @Override
    public String toString() {
        return "TokenResponse[username=" + username + ", expiresAt=" + expiresAt + "]";
    }
}
