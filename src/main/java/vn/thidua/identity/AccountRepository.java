package vn.thidua.identity;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.thidua.common.text.Text;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public Optional<Account> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    /** The account locked for the rest of the transaction, so that concurrent logins count failures exactly. */
    public Optional<Account> findByUsernameForUpdate(String username) {
        return find("lower(username) = lower(?1)", username).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** An account whose home unit lies in the scope (path prefix of the caller's unit). */
    public Optional<Account> findInScope(UUID id, String scopePath) {
        return find("id = :id and unitId in (select u.id from OrgUnit u where u.path like :scope)",
                Parameters.with("id", id).and("scope", scopePath + "%")).firstResultOptional();
    }

    public PanacheQuery<Account> search(String scopePath, UUID unitId, String role, Boolean enabled, String query,
            Sort sort) {
        StringBuilder where = new StringBuilder("unitId in (select u.id from OrgUnit u where u.path like :scope)");
        Parameters params = Parameters.with("scope", scopePath + "%");
        if (unitId != null) {
            where.append(" and unitId = :unit");
            params.and("unit", unitId);
        }
        if (role != null) {
            where.append(" and :role member of roles");
            params.and("role", role);
        }
        if (enabled != null) {
            where.append(" and enabled = :enabled");
            params.and("enabled", enabled);
        }
        if (query != null && !query.isBlank()) {
            where.append(" and (").append(Text.foldedContains("username", "q")).append(" or ")
                    .append(Text.foldedContains("coalesce(displayName, '')", "q")).append(")");
            params.and("q", Text.containsPattern(query));
        }
        return find(where.toString(), sort, params);
    }

    public long countAll() {
        return count();
    }
}
