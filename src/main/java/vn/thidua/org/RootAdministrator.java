package vn.thidua.org;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;

/**
 * Derives {@link Roles#ROOT_ADMIN} on every authenticated request: an {@code admin} whose home unit ({@code unit}
 * claim) is the root unit. Settings that hold for every agency ask for that role, so an agency's admin, whose scope is
 * its own subtree, cannot change them for the whole province. The role is never taken from the token: a token that
 * lists it has it removed, whoever signed it.
 */
@ApplicationScoped
public class RootAdministrator implements SecurityIdentityAugmentor {

    @Inject
    OrgUnitRepository units;

    /** The root unit never changes once made (it cannot be moved, deactivated or made twice), so it is read once. */
    private volatile UUID root;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.ROOT_ADMIN))) {
            return Uni.createFrom().item(identity);
        }
        UUID home = homeUnit(identity);
        if (root != null || home == null) {
            return Uni.createFrom().item(withDerivedRole(identity, home));
        }
        return context.runBlocking(() -> withDerivedRole(identity, home));
    }

    private SecurityIdentity withDerivedRole(SecurityIdentity identity, UUID home) {
        boolean rootAdmin = identity.hasRole(Roles.ADMIN) && home != null && home.equals(root());
        if (rootAdmin == identity.hasRole(Roles.ROOT_ADMIN)) {
            return identity;
        }
        Set<String> roles = new HashSet<>(identity.getRoles());
        if (rootAdmin) {
            roles.add(Roles.ROOT_ADMIN);
        } else {
            roles.remove(Roles.ROOT_ADMIN);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission)
                .addRoles(roles)
                .build();
    }

    private UUID root() {
        if (root == null) {
            root = rootUnit();
        }
        return root;
    }

    @ActivateRequestContext
    UUID rootUnit() {
        return units.root().map(unit -> unit.id).orElse(null);
    }

    private static UUID homeUnit(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token
                ? Caller.uuidClaim(token, Caller.UNIT_CLAIM).orElse(null)
                : null;
    }
}
