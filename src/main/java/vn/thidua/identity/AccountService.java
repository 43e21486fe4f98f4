package vn.thidua.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.common.text.Text;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnit;

/** Account administration (admin, inside the admin's scope) and a user's own password change. */
@ApplicationScoped
public class AccountService {

    public static final Map<String, String> SORTS = Map.of("username", "username", "createdAt", "createdAt",
            "lastLoginAt", "lastLoginAt");

    @Inject
    AccountRepository accounts;
    @Inject
    OrgScope scope;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    ThiduaConfig config;
    @Inject
    TokenRevocation revocation;

    @Transactional
    public Page<AccountResponse> list(UUID unitId, String role, Boolean enabled, String q, Paging paging) {
        var query = accounts.search(scope.path(), unitId, role, enabled, q, paging.sort());
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, total).map(AccountResponse::from);
    }

    @Transactional
    public AccountResponse get(UUID id) {
        return AccountResponse.from(require(id));
    }

    @Transactional
    public AccountResponse create(AccountRequests.CreateAccount request) {
        OrgUnit unit = scope.requireUnit(request.unitId());
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        if (accounts.findByUsername(username).isPresent()) {
            throw ApiException.conflict("detail.username-taken", username);
        }
        requirePersonInScope(request.personId());
        requireStrongPassword("password", request.password(), username);
        Account account = Account.create(username, request.password(), unit.id, request.roles());
        account.displayName = Text.blankToNull(request.displayName());
        account.personId = request.personId();
        account.enabled = request.enabled() == null || request.enabled();
        accounts.persistAndFlush(account);
        AccountResponse created = AccountResponse.from(account);
        audit.record("account.created", "account", account.id.toString(), account.unitId, null, created);
        return created;
    }

    @Transactional
    public AccountResponse update(UUID id, String ifMatch, AccountRequests.UpdateAccount request) {
        Account account = require(id);
        ETags.requireMatch(ifMatch, account.version);
        OrgUnit unit = scope.requireUnit(request.unitId());
        requirePersonInScope(request.personId());
        if (account.isClient()) {
            requireClientShape(request);
        }
        AccountResponse before = AccountResponse.from(account);
        // what a token says of its account (roles, unit, person) or whether it may act at all
        boolean endsTokens = !account.roles.equals(Set.copyOf(request.roles())) || !account.unitId.equals(unit.id)
                || !java.util.Objects.equals(account.personId, request.personId())
                || account.enabled != request.enabled();
        account.displayName = Text.blankToNull(request.displayName());
        account.roles = new TreeSet<>(request.roles());
        account.unitId = unit.id;
        account.personId = request.personId();
        account.enabled = request.enabled();
        if (endsTokens) {
            revocation.endTokens(account);
        }
        return changed(account, before, "account.updated");
    }

    @Transactional
    public AccountResponse resetPassword(UUID id, String ifMatch, AccountRequests.ResetPassword request) {
        Account account = require(id);
        ETags.requireMatch(ifMatch, account.version);
        if (account.isClient()) {
            throw ApiException.conflict("detail.client-has-no-password");
        }
        requireStrongPassword("newPassword", request.newPassword(), account.username);
        AccountResponse before = AccountResponse.from(account);
        account.setPassword(request.newPassword());
        account.unlock();
        revocation.endTokens(account);
        return changed(account, before, "account.password-reset");
    }

    @Transactional
    public AccountResponse unlock(UUID id, String ifMatch) {
        Account account = require(id);
        ETags.requireMatch(ifMatch, account.version);
        AccountResponse before = AccountResponse.from(account);
        account.unlock();
        return changed(account, before, "account.unlocked");
    }

    /** The caller changes their own password; the current one must be given. Every token issued before ends. */
    @Transactional
    public AccountResponse changeOwnPassword(AccountRequests.ChangePassword request) {
        Account account = callersAccount()
                .orElseThrow(() -> ApiException.conflict("detail.not-a-built-in-account"));
        if (account.isClient()) {
            throw ApiException.conflict("detail.client-has-no-password");
        }
        if (!account.passwordMatches(request.currentPassword())) {
            throw ApiException.invalid("currentPassword", "WRONG_PASSWORD", "field.password-wrong");
        }
        if (request.currentPassword().equals(request.newPassword())) {
            throw ApiException.invalid("newPassword", "UNCHANGED", "field.password-unchanged");
        }
        requireStrongPassword("newPassword", request.newPassword(), account.username);
        AccountResponse before = AccountResponse.from(account);
        account.setPassword(request.newPassword());
        revocation.endTokens(account);
        return changed(account, before, "account.password-changed");
    }

    private AccountResponse changed(Account account, AccountResponse before, String action) {
        account.touch();
        accounts.flush();
        AccountResponse after = AccountResponse.from(account);
        audit.record(action, "account", account.id.toString(), account.unitId, before, after);
        return after;
    }

    /** The built-in account the caller's token belongs to, if it does (an external provider's does not). */
    java.util.Optional<Account> callersAccount() {
        return caller.subject().flatMap(AccountService::uuid).flatMap(accounts::findByIdOptional);
    }

    /** An integration client keeps the one role and no person: it is a system, not someone. */
    private static void requireClientShape(AccountRequests.UpdateAccount request) {
        if (!request.roles().equals(Set.of(Roles.INTEGRATION))) {
            throw ApiException.invalid("roles", "CLIENT_ROLE", "field.client-role");
        }
        if (request.personId() != null) {
            throw ApiException.invalid("personId", "CLIENT_PERSON", "field.client-person");
        }
    }

    private Account require(UUID id) {
        return accounts.findInScope(id, scope.path()).orElseThrow(() -> ApiException.notFound("kind.account"));
    }

    private void requirePersonInScope(UUID personId) {
        if (personId != null && !scope.containsPerson(personId)) {
            throw ApiException.invalid("personId", "NOT_FOUND", "field.person-unknown");
        }
    }

    void requireStrongPassword(String field, String password, String username) {
        int min = config.auth().passwordMinLength();
        if (password.length() < min) {
            throw ApiException.invalid(field, "TOO_SHORT", "field.password-too-short", min);
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw ApiException.invalid(field, "SAME_AS_USERNAME", "field.password-is-username");
        }
        Set<Integer> distinct = new java.util.HashSet<>();
        password.codePoints().forEach(distinct::add);
        if (distinct.size() < 4) {
            throw ApiException.invalid(field, "TOO_SIMPLE", "field.password-too-simple");
        }
    }

    private static java.util.Optional<UUID> uuid(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

}
