package vn.thidua.identity;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Account", description = "A built-in account. Its password is never shown.")
public record AccountResponse(
        UUID id,
        @Schema(examples = "tct.board") String username,
        String displayName,
        Set<String> roles,
        UUID unitId,
        UUID personId,
        @Schema(required = true) boolean enabled,
        @Schema(description = "PERSON: password login; CLIENT: an integration client (client id and secret).")
        AccountKind kind,
        @Schema(description = "Set while the account is locked after repeated failed logins.") OffsetDateTime lockedUntil,
        OffsetDateTime lastLoginAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true) long version) {

    static AccountResponse from(Account account) {
        return new AccountResponse(account.id, account.username, account.displayName, Set.copyOf(account.roles),
                account.unitId, account.personId, account.enabled, account.kind, account.isLocked() ? account.lockedUntil : null,
                account.lastLoginAt, account.createdAt, account.updatedAt, account.version);
    }
}
