package vn.thidua.identity;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * One login attempt, in its own transaction so that a failure is counted and audited even though the caller gets an
 * error. The account row is locked while it is checked, so concurrent guesses are all counted.
 */
@ApplicationScoped
class LoginAttempts {

    /** Checked against when the user name is unknown, so that the answer takes as long as for a real account. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such account", Account.BCRYPT_COST);

    @Inject
    AccountRepository accounts;
    @Inject
    AuditTrail audit;
    @Inject
    ThiduaConfig config;

    /** The outcome: the account when the password was right and the account may log in; otherwise the reason. */
    record Outcome(Account account, String failure, int failuresInARow) {
        boolean succeeded() {
            return account != null;
        }
    }

    /**
     * A person's password or a client's secret ({@code kind}): each is accepted only by its own grant, so a client's
     * secret never opens a password login, nor a person's password the client grant.
     */
    @Transactional
    Outcome attempt(String username, String password, AccountKind kind) {
        Optional<Account> found = accounts.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(password, DUMMY_HASH);
            audit.recordAs(username, "account.login-failed", "account", null, null, null,
                    Map.of("reason", "UNKNOWN_USERNAME"));
            return new Outcome(null, "UNKNOWN_USERNAME", recentFailures(username));
        }
        Account account = found.get();
        boolean passwordRight = account.passwordMatches(password);
        String failure = null;
        if (account.kind != kind) {
            failure = "WRONG_GRANT";
        } else if (account.isLocked()) {
            failure = "LOCKED";
        } else if (!account.enabled) {
            failure = "DISABLED";
        } else if (!passwordRight) {
            failure = "WRONG_PASSWORD";
        }
        if (failure == null) {
            account.loggedIn();
            audit.recordAs(account.username, "account.login", "account", account.id.toString(), account.unitId,
                    null, null);
            return new Outcome(account, null, 0);
        }
        if ("WRONG_PASSWORD".equals(failure)) {
            account.loginFailed(config.auth().maxFailedAttempts(), config.auth().lockDuration());
            if (account.isLocked()) {
                audit.recordAs(account.username, "account.locked", "account", account.id.toString(), account.unitId,
                        null, Map.of("lockedUntil", account.lockedUntil.toString()));
            }
        }
        audit.recordAs(account.username, "account.login-failed", "account", account.id.toString(), account.unitId,
                null, Map.of("reason", failure));
        return new Outcome(null, failure, recentFailures(account.username));
    }

    /**
     * Failed logins under this user name since its last successful one, within the lock window, counted the same
     * way whether or not the account exists, so that the growing delay does not tell the two apart.
     */
    private int recentFailures(String username) {
        Number count = (Number) accounts.getEntityManager().createNativeQuery("""
                SELECT count(*) FROM audit_event
                WHERE actor = ?1 AND action = 'account.login-failed' AND occurred_at > ?2
                  AND id > coalesce((SELECT max(id) FROM audit_event WHERE actor = ?1 AND action = 'account.login'), 0)""")
                .setParameter(1, username)
                .setParameter(2, java.time.OffsetDateTime.now().minus(config.auth().lockDuration()))
                .getSingleResult();
        return Math.max(1, count.intValue());
    }
}
