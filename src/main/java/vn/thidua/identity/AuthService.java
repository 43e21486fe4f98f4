package vn.thidua.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import vn.thidua.common.Caller;
import vn.thidua.common.api.RateLimits;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * Password login. Every failure gets the same answer, whether the user name is unknown, the password wrong, or the
 * account locked or disabled, so the answer reveals nothing; failures in a row slow the answer down (doubling, up to
 * a ceiling) and then lock the account for a while.
 */
@ApplicationScoped
public class AuthService {

    @Inject
    LoginAttempts attempts;
    @Inject
    ThiduaConfig config;
    @Inject
    RateLimits rateLimits;

    @ConfigProperty(name = "smallrye.jwt.new-token.lifespan", defaultValue = "3600")
    long lifespanSeconds;


    public TokenResponse login(AccountRequests.TokenRequest request) {
        rateLimits.countLogin(request.username());
        if (!canSign()) {
            throw new ApiException(ProblemType.FORBIDDEN, "detail.login-disabled");
        }
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        LoginAttempts.Outcome outcome = attempts.attempt(username, request.password());
        if (!outcome.succeeded()) {
            slowDown(outcome.failuresInARow());
            throw new ApiException(ProblemType.UNAUTHORIZED, "detail.login-failed");
        }
        return issue(outcome.account());
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

    TokenResponse issue(Account account) {
        Instant expires = Instant.now().plusSeconds(lifespanSeconds);
        JwtClaimsBuilder claims = Jwt.upn(account.username)
                .subject(account.id.toString())
                .groups(account.roles)
                .claim(Caller.UNIT_CLAIM, account.unitId.toString())
                .expiresAt(expires);
        if (account.personId != null) {
            claims.claim(Caller.PERSON_CLAIM, account.personId.toString());
        }
        return new TokenResponse(claims.sign(), "Bearer", lifespanSeconds,
                OffsetDateTime.ofInstant(expires, ZoneOffset.UTC), account.username, account.roles, account.unitId,
                account.personId);
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
