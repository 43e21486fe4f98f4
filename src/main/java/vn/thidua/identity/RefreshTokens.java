package vn.thidua.identity;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Sha256;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * Rotating refresh tokens: 256 random bits, handed out once, kept as a SHA-256 only. A login starts a family; each
 * exchange spends the token shown and issues the next of the same family, whose absolute end it never passes. A spent
 * token shown again means that someone else holds a copy: the whole family is revoked (and audited), so neither the
 * thief nor the owner can go on with it and the owner must log in again.
 */
@ApplicationScoped
class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A refresh token as handed out, once. */
    record Issued(String token, OffsetDateTime expiresAt) {

        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]";
        }
    }

    /** An accepted exchange: the account to issue the access token for and the family's next refresh token. */
    record Exchange(Account account, Issued next) {
    }

    @Inject
    RefreshTokenRepository tokens;
    @Inject
    AccountRepository accounts;
    @Inject
    AuditTrail audit;
    @Inject
    ThiduaConfig config;

    /** The first token of a new family, for a login that just succeeded. */
    @Transactional
    Issued start(Account account) {
        OffsetDateTime now = now();
        return add(account, UUID.randomUUID(), now.plus(config.auth().refreshFamilyLifespan()), now);
    }

    /**
     * Spends the token shown and gives the next, or nothing: unknown, expired, revoked, spent (which revokes its
     * family, in this transaction, so that the revocation stays although the caller is refused), or its account
     * disabled or changed since.
     */
    @Transactional
    Optional<Exchange> exchange(String presented) {
        Optional<RefreshToken> found = tokens.findByHashForUpdate(hash(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RefreshToken token = found.get();
        Account account = accounts.findById(token.accountId);
        OffsetDateTime now = now();
        if (token.isSpent()) {
            int revoked = tokens.revokeFamily(token.familyId, now);
            audit.recordAs(account.username, "account.refresh-token-reused", "account", account.id.toString(),
                    account.unitId, null, Map.of("family", token.familyId.toString(), "revoked", revoked));
            return Optional.empty();
        }
        if (!token.exchangeableFor(account, now)) {
            return Optional.empty();
        }
        token.spend(now);
        return Optional.of(new Exchange(account, add(account, token.familyId, token.familyExpiresAt, now)));
    }

    private Issued add(Account account, UUID family, OffsetDateTime familyEnd, OffsetDateTime now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        RefreshToken token = new RefreshToken();
        token.id = UUID.randomUUID();
        token.tokenHash = hash(value);
        token.accountId = account.id;
        token.familyId = family;
        token.tokenVersion = account.tokenVersion;
        token.issuedAt = now;
        OffsetDateTime end = now.plus(config.auth().refreshTokenLifespan());
        token.expiresAt = end.isBefore(familyEnd) ? end : familyEnd;
        token.familyExpiresAt = familyEnd;
        tokens.persist(token);
        return new Issued(value, token.expiresAt);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
