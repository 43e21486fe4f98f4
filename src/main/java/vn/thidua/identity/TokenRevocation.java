package vn.thidua.identity;

import java.sql.PreparedStatement;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

/**
 * Ends every token an account was issued so far, on every replica: its token version is raised in the caller's
 * transaction, and the same transaction notifies the channel every replica listens on ({@link RevocationListener}),
 * which PostgreSQL delivers at commit and only then. This replica also evicts the account itself right after the
 * transaction ends, so that the very next request here sees the change without waiting for the notification.
 */
@ApplicationScoped
class TokenRevocation {

    static final String CHANNEL = "account_tokens";

    @Inject
    EntityManager entityManager;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    TokenStates states;

    /** Must run inside the transaction that changes the account. */
    void endTokens(Account account) {
        account.endTokens();
        UUID id = account.id;
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, id.toString());
                notify.execute();
            }
        });
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before: the change is not visible to others until it commits
            }

            @Override
            public void afterCompletion(int status) {
                states.evict(id);
            }
        });
    }
}
