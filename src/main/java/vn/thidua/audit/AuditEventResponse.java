package vn.thidua.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "AuditEvent", description = "One audited act: who, when, what, on which object, and what changed.")
public record AuditEventResponse(
        @Schema(required = true) long id,
        OffsetDateTime occurredAt,
        @Schema(description = "User name of the actor; absent for the system.", examples = "tct.board") String actor,
        @Schema(examples = "person.updated") String action,
        @Schema(examples = "person") String entityType,
        String entityId,
        UUID unitId,
        @Schema(description = "The X-Request-Id of the request that did it.") String requestId,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, nullable = true,
                description = "Changed fields: {\"field\": {\"before\": ..., \"after\": ...}}. Never a password or hash.")
        JsonNode changes) {
}
