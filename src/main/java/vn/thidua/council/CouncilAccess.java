package vn.thidua.council;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.error.ApiException;
import vn.thidua.council.CouncilDirectory.CouncilRef;
import vn.thidua.org.OrgScope;

/**
 * Who may do what with a council. Reading: the overseeing roles for the councils of their scope, and every member of a
 * council (whatever their role, and even when the agency lies above their home unit). Changing the council and its
 * memberships: an administrator or the board whose scope holds the agency. Out of reach answers 404; in sight but not
 * allowed, 403.
 */
@RequestScoped
public class CouncilAccess {

    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.COUNCIL,
            Roles.INTEGRATION, Roles.UNIT_HEAD);

    @Inject
    Caller caller;
    @Inject
    OrgScope scope;
    @Inject
    CouncilDirectory councils;
    @Inject
    CouncilRepository repository;

    /** Whether the caller reads the councils of their scope by role, not only those they sit on. */
    boolean readsScope() {
        return READERS.stream().anyMatch(caller::hasRole);
    }

    /**
     * The council, for reading. A caller without an overseeing role reads only the councils they sit on: any other
     * council is refused as the role would be (403), whether or not it exists. {@code kindKey} names what was asked
     * for in a 404 (the council, or one of its memberships).
     */
    CouncilRef readable(UUID councilId, String kindKey) {
        if (readsScope()) {
            return councils.council(councilId).orElseThrow(() -> ApiException.notFound(kindKey));
        }
        return account().filter(account -> repository.isEverMember(councilId, account))
                .flatMap(account -> councils.council(councilId))
                .orElseThrow(() -> ApiException.forbidden("detail.council-members-only"));
    }

    /** Refuses a caller without an overseeing role as {@link #readable} refuses them a council they do not sit on. */
    void refuseUnlessReader() {
        if (!readsScope()) {
            throw ApiException.forbidden("detail.council-members-only");
        }
    }

    /**
     * The council, for a change by an administrator or the board (the resource admits no one else): a member of the
     * board who sees the council only because they sit on it may not change it.
     */
    CouncilRef manageable(UUID councilId, String kindKey) {
        CouncilRef council = councils.council(councilId).orElseThrow(() -> ApiException.notFound(kindKey));
        if (!scope.containsUnitId(council.unitId())) {
            throw ApiException.forbidden("detail.council-not-yours-to-manage", council.unitName());
        }
        return council;
    }

    /** The calling account, for our own tokens. */
    Optional<UUID> account() {
        return councils.callerAccount();
    }

    String scopePath() {
        return scope.path();
    }

    boolean inScope(String unitPath) {
        return unitPath.startsWith(scope.path());
    }
}
