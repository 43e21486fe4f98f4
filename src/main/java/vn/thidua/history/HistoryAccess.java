package vn.thidua.history;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.org.OrgScope;

/**
 * Who may see which history records. Every reader sees the records of their scope (the subtree of their home unit),
 * except a member, who sees only their own: the records about them, and the initiatives they wrote. Who may write
 * which kind is said by each operation's roles: the board everything; a unit head assessments and initiatives.
 */
@RequestScoped
public class HistoryAccess {

    private static final Set<String> READERS_OF_ALL = Set.of(Roles.ADMIN, Roles.BOARD, Roles.UNIT_HEAD, Roles.LEADER,
            Roles.COUNCIL, Roles.INTEGRATION);
    /** Stands for "nobody" where a member's token names no person: matches no record. */
    static final UUID NOBODY = new UUID(0, 0);

    @Inject
    Caller caller;
    @Inject
    OrgScope scope;

    String scopePath() {
        return scope.path();
    }

    /** A member who holds no wider role: reads their own records only. */
    boolean ownOnly() {
        return READERS_OF_ALL.stream().noneMatch(caller::hasRole);
    }

    UUID ownPerson() {
        return caller.personId().orElse(NOBODY);
    }

    boolean canRead(HistoryRecord record) {
        if (!ownOnly()) {
            return true;
        }
        UUID own = ownPerson();
        return record instanceof Initiative initiative ? initiative.authorIds.contains(own)
                : own.equals(((SubjectRecord) record).personId);
    }

    String name() {
        return caller.name();
    }
}
