package vn.thidua.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Hears, on a connection of its own (outside the pool: a pooled connection would be handed to others), the
 * notifications of {@link TokenRevocation} from every replica and evicts the accounts they name. Each time the
 * connection is made again the whole cache is dropped, since notifications sent meanwhile are lost; while it is down,
 * {@link TokenStates} reads every check from the database.
 */
@ApplicationScoped
class RevocationListener {

    private static final Logger LOG = Logger.getLogger(RevocationListener.class);
    /** How long one wait for notifications lasts before the connection is checked to be still alive. */
    private static final int POLL_MILLIS = 5_000;
    private static final Duration RETRY = Duration.ofSeconds(1);

    @Inject
    TokenStates states;

    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "token-revocation-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                LOG.debugf("closing the listening connection: %s", e.getMessage());
            }
        }
        thread.interrupt();
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + TokenRevocation.CHANNEL);
                }
                states.listening(true);
                if (warned) {
                    LOG.info("Listening for token revocations again");
                    warned = false;
                }
                PGConnection notifications = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received == null || received.length == 0) {
                        if (!listening.isValid(POLL_MILLIS / 1000)) {
                            throw new SQLException("the listening connection stopped answering");
                        }
                        continue;
                    }
                    for (PGNotification notification : received) {
                        states.evict(UUID.fromString(notification.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running && !warned) {
                    LOG.warnf("Not listening for token revocations (every token check reads the database until "
                            + "this heals): %s", e.getMessage());
                    warned = true;
                }
            } finally {
                connection = null;
                states.listening(false);
            }
            pause();
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(user -> properties.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "thidua token revocations");
        Connection made = new org.postgresql.Driver()
                .connect(config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
        if (made == null) {
            throw new SQLException("the datasource URL is not a PostgreSQL one");
        }
        return made;
    }

    private void pause() {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
