package vn.thidua.common;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the verified token says: name, roles, home unit ({@code unit} claim) and linked person
 * ({@code person} claim). Tokens come from our own {@code /auth/token} or from a configured external identity
 * provider; both must carry {@code unit}, without which the caller's scope is empty.
 */
@RequestScoped
public class Caller {

    public static final String UNIT_CLAIM = "unit";
    public static final String PERSON_CLAIM = "person";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;

    /**
     * The user name of whoever is acting now, for writers that also run outside requests (start-up, background
     * jobs): null when there is no request or no authenticated caller.
     */
    public static String currentName(SecurityIdentity identity) {
        if (!io.quarkus.arc.Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal().getName();
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The account's user name ({@code upn}), or null for an anonymous caller. */
    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The token's subject: for our own tokens, the account id. */
    public Optional<String> subject() {
        return Optional.ofNullable(token.getSubject());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<UUID> unitId() {
        return uuidClaim(UNIT_CLAIM);
    }

    public Optional<UUID> personId() {
        return uuidClaim(PERSON_CLAIM);
    }

    private Optional<UUID> uuidClaim(String name) {
        return identity.isAnonymous() ? Optional.empty() : uuidClaim(token, name);
    }

    /** A claim holding a UUID, as a JSON string or text; empty when absent or not a UUID. */
    public static Optional<UUID> uuidClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
