package vn.thidua.identity;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Token", description = "A signed access token; send it as `Authorization: Bearer <accessToken>`.")
public record TokenResponse(
        String accessToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(required = true, description = "Seconds until the token expires.", examples = "3600") long expiresIn,
        OffsetDateTime expiresAt,
        String username,
        Set<String> roles,
        UUID unitId,
        UUID personId) {
}
