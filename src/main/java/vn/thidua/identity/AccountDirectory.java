package vn.thidua.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What other features may know of accounts, as plain references and without the caller's scope: they hold accounts
 * by their own right (a council's members are accounts, some in departments below the council's agency), and check
 * scope on their own objects. Never exposes password data.
 */
@ApplicationScoped
public class AccountDirectory {

    /** An account as other features refer to one; {@code unitPath} is its home unit's path (its reach). */
    public record AccountRef(UUID id, String username, String displayName, UUID unitId, String unitPath,
            UUID personId, Set<String> roles, boolean enabled) {

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    @Inject
    AccountRepository accounts;

    public Optional<AccountRef> account(UUID id) {
        return Optional.ofNullable(accounts(List.of(id)).get(id));
    }

    /** Accounts by id; unknown ids are absent. */
    public Map<UUID, AccountRef> accounts(Collection<UUID> ids) {
        Map<UUID, AccountRef> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Object[]> rows = accounts.getEntityManager().createQuery("""
                select a, u.path from Account a, OrgUnit u where u.id = a.unitId and a.id in :ids""", Object[].class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
        for (Object[] row : rows) {
            Account a = (Account) row[0];
            found.put(a.id, new AccountRef(a.id, a.username, a.displayName, a.unitId, (String) row[1], a.personId,
                    Set.copyOf(a.roles), a.enabled));
        }
        return found;
    }
}
