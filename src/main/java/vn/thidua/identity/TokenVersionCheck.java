package vn.thidua.identity;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

import vn.thidua.common.Caller;

/**
 * Refuses a token of ours that its account has outlived: one issued before the account was disabled, had its roles,
 * unit, person or password changed, logged out or (a client) got a new secret. Its {@value #CLAIM} claim must equal
 * the account's token version, as {@link TokenStates} knows it: from memory in the steady state, from the database
 * (on a worker thread) on the first request after a change. A refused token answers 401 like any bad token.
 * <p>
 * Tokens without the claim (an external identity provider's) are not ours to end: they last until their own expiry.
 */
@ApplicationScoped
class TokenVersionCheck implements SecurityIdentityAugmentor {

    static final String CLAIM = "token_version";

    @Inject
    TokenStates states;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            return Uni.createFrom().item(identity);
        }
        Optional<UUID> account = Caller.uuidClaim(token, Claims.sub.name());
        Optional<Long> version = version(claim);
        if (account.isEmpty() || version.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed token version"));
        }
        TokenStates.State known = states.cached(account.get());
        if (known != null) {
            return verdict(identity, known, version.get());
        }
        return context.runBlocking(() -> {
            if (!states.load(account.get()).admits(version.get())) {
                throw new AuthenticationFailedException("the token was issued before a change of its account");
            }
            return identity;
        });
    }

    private static Uni<SecurityIdentity> verdict(SecurityIdentity identity, TokenStates.State state, long version) {
        return state.admits(version) ? Uni.createFrom().item(identity)
                : Uni.createFrom().failure(
                        new AuthenticationFailedException("the token was issued before a change of its account"));
    }

    private static Optional<Long> version(Object claim) {
        if (claim instanceof JsonNumber number && number.isIntegral()) {
            return Optional.of(number.longValue());
        }
        if (claim instanceof Long number) {
            return Optional.of(number);
        }
        if (claim instanceof Integer number) {
            return Optional.of(number.longValue());
        }
        if (claim instanceof JsonString text) {
            return parse(text.getString());
        }
        return Optional.empty();
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
