package vn.thidua.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One refresh token of a login's family (chain), known only by its SHA-256: the token itself is handed out once and
 * never stored. It is spent by its one use; a spent one shown again revokes its family.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    public UUID id;
    @Column(name = "token_hash", nullable = false)
    String tokenHash;
    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(name = "family_id", nullable = false)
    public UUID familyId;
    /** The account's token version when issued: the token is good only while the account still has it. */
    @Column(name = "token_version", nullable = false)
    public long tokenVersion;
    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;
    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;
    @Column(name = "family_expires_at", nullable = false)
    public OffsetDateTime familyExpiresAt;
    @Column(name = "spent_at")
    public OffsetDateTime spentAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    boolean isSpent() {
        return spentAt != null;
    }

    /** Whether it may be exchanged now for the account as it is now. */
    boolean exchangeableFor(Account account, OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now) && account.enabled
                && account.tokenVersion == tokenVersion;
    }

    void spend(OffsetDateTime now) {
        spentAt = now;
    }
}
