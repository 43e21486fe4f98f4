package vn.thidua.identity;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Runs work as one of our accounts outside any request, with the very token its login would give (signed, then
 * verified): for the demo's loaders, which walk a council session through the same services, checks, audit and
 * outbox that a user's requests go through, instead of writing rows behind their back.
 */
@ApplicationScoped
public class ActingAccount {

    @Inject
    AccountRepository accounts;
    @Inject
    AuthService auth;
    @Inject
    JWTParser parser;

    public <T> T call(String username, Supplier<T> work) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("no account " + username));
        JsonWebToken token;
        try {
            token = parser.parse(auth.issue(account).accessToken());
        } catch (ParseException e) {
            throw new IllegalStateException("the service cannot verify its own token", e);
        }
        // a request context of its own: request-scoped beans (the caller's scope, resolved once per request) must not
        // carry over from the work of another account done before in the same context (start-up has one active)
        ManagedContext requests = Arc.container().requestContext();
        InjectableContext.ContextState outer = requests.isActive() ? requests.getState() : null;
        if (outer != null) {
            requests.deactivate();
        }
        requests.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(
                    QuarkusSecurityIdentity.builder().setPrincipal(token).addRoles(token.getGroups()).build());
            return work.get();
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }
}
