package vn.thidua.identity;

import java.security.SecureRandom;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Roles;
import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.org.OrgUnit;
import vn.thidua.org.RootUnit;

/**
 * What an empty database gets on first start: the root unit and the account {@code admin} at the root, with the
 * password of {@code THIDUA_ADMIN_PASSWORD} or, when unset, a random one printed once in the log. There is no default
 * password. Several instances starting at once create them once (an advisory lock serialises them).
 */
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class);
    static final String ADMIN = "admin";

    @Inject
    RootUnit rootUnit;
    @Inject
    AccountRepository accounts;
    @Inject
    AuditTrail audit;
    @Inject
    ThiduaConfig config;
    @Inject
    DemoData demo;

    void onStart(@Observes StartupEvent event) {
        OrgUnit root = rootUnit.ensure(config.rootUnit().code(), config.rootUnit().name());
        ensureAdmin(root);
        if (config.demo()) {
            demo.loadOnce(root);
        }
    }

    @Transactional
    void ensureAdmin(OrgUnit root) {
        accounts.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(7401002)").getSingleResult();
        if (accounts.countAll() > 0) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        Account admin = Account.create(ADMIN, password, root.id, Set.of(Roles.ADMIN));
        admin.displayName = "Quản trị hệ thống";
        accounts.persistAndFlush(admin);
        audit.recordAs(null, "account.created", "account", admin.id.toString(), root.id, null,
                AccountResponse.from(admin));
        if (generated) {
            LOG.warnf("""

                    ==========================================================================
                    First start: created the account 'admin' with the password

                        %s

                    It is shown only this once. Log in and change it (POST /api/v1/auth/password),
                    or set THIDUA_ADMIN_PASSWORD before the first start next time.
                    ==========================================================================""", password);
        } else {
            LOG.info("First start: created the account 'admin' with the password from THIDUA_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
