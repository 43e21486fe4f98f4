package vn.thidua.common.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.liquibase.runtime.LiquibaseConfig;
import io.quarkus.runtime.StartupEvent;
import liquibase.Liquibase;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

/**
 * Brings the schema up to date before anything else at start, and does not ask Liquibase when it has nothing to do.
 * <p>
 * Liquibase reads and parses every changelog file on every start to learn that nothing is left to run, a second or
 * more of each start. So each changelog the database has been brought up to is recorded by its
 * {@link ChangeLogFingerprint} in {@code schema_fingerprint}; a start whose changelog is recorded there skips
 * Liquibase, any other runs it (under its lock, so replicas starting together migrate once) and then records it. The
 * fingerprint covers every byte Liquibase would read, so a new or changed changeset always runs; whoever deletes rows
 * of {@code databasechangelog} by hand to have changesets run again must empty {@code schema_fingerprint} too.
 * <p>
 * In tests and dev mode Quarkus migrates first ({@code quarkus.liquibase.migrate-at-start}), because there Hibernate
 * validates the entities against the schema before this runs; the packaged service leaves the migration to this class
 * alone.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    private static final String UNDEFINED_TABLE = "42P01";

    private final LiquibaseFactory liquibase;
    private final AgroalDataSource dataSource;

    SchemaMigration(LiquibaseFactory liquibase, AgroalDataSource dataSource) {
        this.liquibase = liquibase;
        this.dataSource = dataSource;
    }

    /** Before every other start-up step, the scheduler's included: they all read the schema. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 100) StartupEvent event)
            throws LiquibaseException, SQLException {
        migrate();
    }

    /** Whether Liquibase ran. */
    boolean migrate() throws LiquibaseException, SQLException {
        LiquibaseConfig settings = liquibase.getConfiguration();
        String changeLog = settings.changeLog;
        // a search path makes Liquibase look for the files elsewhere than the class path read here
        Optional<String> fingerprint = settings.searchPath.isPresent() ? Optional.empty()
                : ChangeLogFingerprint.of(changeLog, Thread.currentThread().getContextClassLoader(),
                        settings.contexts + "|" + settings.labels + "|" + new TreeMap<>(settings.changeLogParameters));
        if (fingerprint.isPresent() && recorded(fingerprint.get())) {
            LOG.debugf("Schema up to date with %s (%s): Liquibase not run", changeLog, fingerprint.get());
            return false;
        }
        try (Liquibase migration = liquibase.createLiquibase()) {
            // Taken before update, as Quarkus does: update would create Liquibase's own tables before locking, and two
            // replicas on an empty database would both try (TwoInstancesIT saw "databasechangelog already exists")
            LockService lock = LockServiceFactory.getInstance().getLockService(migration.getDatabase());
            lock.waitForLock();
            try {
                migration.update(liquibase.createContexts(), liquibase.createLabels());
            } finally {
                lock.releaseLock();
            }
        }
        if (fingerprint.isPresent()) {
            record(fingerprint.get(), changeLog);
        }
        return true;
    }

    private boolean recorded(String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM schema_fingerprint WHERE sha256 = ?")) {
            select.setString(1, fingerprint);
            try (ResultSet found = select.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                // a database older than the table, or an empty one: Liquibase creates it
                return false;
            }
            throw e;
        }
    }

    private void record(String fingerprint, String changeLog) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO schema_fingerprint (sha256, change_log) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, fingerprint);
            insert.setString(2, changeLog);
            insert.executeUpdate();
        }
    }
}
