package vn.thidua.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Caller;
import vn.thidua.common.api.RateLimits;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.ProblemType;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * Tokens: a person's password login (an access token and a refresh token), an integration client's client-credentials
 * grant (an access token only), the refresh exchange, and logout. Every failure of a grant gets the same answer,
 * whether the name is unknown, the secret wrong, or the account locked, disabled or of the other kind, so the answer
 * reveals nothing; failures in a row slow the answer down (doubling, up to a ceiling) and then lock the account for a
 * while. Every access token carries its account's token version ({@link TokenVersionCheck}).
 */
@ApplicationScoped
public class AuthService {

    @Inject
    LoginAttempts attempts;
    @Inject
    RefreshTokens refreshTokens;
    @Inject
    TokenRevocation revocation;
    @Inject
    AccountService accountService;
    @Inject
    AuditTrail audit;
    @Inject
    ThiduaConfig config;
    @Inject
    RateLimits rateLimits;

    public TokenResponse login(AccountRequests.TokenRequest request) {
        if (!canSign()) {
            throw new ApiException(ProblemType.FORBIDDEN, "detail.login-disabled");
        }
        boolean client = AccountRequests.TokenRequest.CLIENT_CREDENTIALS.equals(request.grantType());
        String name = client ? request.clientId() : request.username();
        String secret = client ? request.clientSecret() : request.password();
        requireGiven(client ? "clientId" : "username", name, client ? "clientSecret" : "password", secret);
        String username = name.strip().toLowerCase(Locale.ROOT);
        // per account (a person's user name or a client's id), before the secret is looked at
        rateLimits.countLogin(username);
        LoginAttempts.Outcome outcome = attempts.attempt(username, secret,
                client ? AccountKind.CLIENT : AccountKind.PERSON);
        if (!outcome.succeeded()) {
            slowDown(outcome.failuresInARow());
            throw new ApiException(ProblemType.UNAUTHORIZED, "detail.login-failed");
        }
        TokenResponse token = issue(outcome.account());
        return client ? token : token.withRefresh(refreshTokens.start(outcome.account()));
    }

    /** The next pair for a refresh token, which is spent; every refusal is the same 401. */
    public TokenResponse refresh(AccountRequests.RefreshRequest request) {
        if (!canSign()) {
            throw new ApiException(ProblemType.FORBIDDEN, "detail.login-disabled");
        }
        RefreshTokens.Exchange exchange = refreshTokens.exchange(request.refreshToken())
                .orElseThrow(() -> new ApiException(ProblemType.UNAUTHORIZED, "detail.refresh-failed"));
        return issue(exchange.account()).withRefresh(exchange.next());
    }

    /** Ends every token of the caller's account, on every replica, this one included; refresh tokens too. */
    @Transactional
    public void logout() {
        Account account = accountService.callersAccount()
                .orElseThrow(() -> ApiException.conflict("detail.logout-not-a-built-in-account"));
        revocation.endTokens(account);
        audit.record("account.logged-out", "account", account.id.toString(), account.unitId, null, null);
    }

    /**
     * Whether a signing key is configured (or was generated). When an external identity provider's key is
     * configured for verification instead, there is none, and password login is off.
     */
    private static boolean canSign() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        // Quarkus gives smallrye.jwt.sign.key the default "NONE"; that is not a key.
        return config.getOptionalValue("smallrye.jwt.sign.key.location", String.class).isPresent()
                || config.getOptionalValue("smallrye.jwt.sign.key", String.class).filter(k -> !"NONE".equals(k))
                        .isPresent();
    }

    /** An access token for the account as it is now, carrying its token version. */
    TokenResponse issue(Account account) {
        Duration lifespan = config.auth().accessTokenLifespan();
        Instant expires = Instant.now().plus(lifespan);
        JwtClaimsBuilder claims = Jwt.upn(account.username)
                .subject(account.id.toString())
                .groups(account.roles)
                .claim(Caller.UNIT_CLAIM, account.unitId.toString())
                .claim(TokenVersionCheck.CLAIM, account.tokenVersion)
                .expiresAt(expires);
        if (account.personId != null) {
            claims.claim(Caller.PERSON_CLAIM, account.personId.toString());
        }
        return new TokenResponse(claims.sign(), "Bearer", lifespan.toSeconds(),
                OffsetDateTime.ofInstant(expires, ZoneOffset.UTC), account.username, account.roles, account.unitId,
                account.personId, null, null);
    }

    private static void requireGiven(String nameField, String name, String secretField, String secret) {
        List<FieldViolation> missing = new ArrayList<>();
        if (name == null || name.isBlank()) {
            missing.add(new FieldViolation(nameField, "NOT_BLANK", "field.required"));
        }
        if (secret == null || secret.isBlank()) {
            missing.add(new FieldViolation(secretField, "NOT_BLANK", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
    }

    private void slowDown(int failuresInARow) {
        Duration delay = config.auth().failureDelay().multipliedBy(1L << Math.min(failuresInARow - 1, 16));
        if (delay.compareTo(config.auth().maxFailureDelay()) > 0) {
            delay = config.auth().maxFailureDelay();
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
