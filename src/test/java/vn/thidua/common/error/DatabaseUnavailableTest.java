package vn.thidua.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "no database answered" (503) rather than a fault (500) or the caller's doing (409, 400). */
class DatabaseUnavailableTest {

    @Test
    void aRefusedOrBrokenConnectionIsAnOutageHoweverDeeplyWrapped() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        assertTrue(DatabaseUnavailable.causedBy(refused));
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException("commit failed",
                new IllegalStateException(new SQLException("An I/O error occurred", "08006")))));
    }

    @Test
    void aServerShuttingDownOrStillStartingIsAnOutage() {
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void refusedDataAndFaultsAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key value", "23505"), "uq")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("Sorry, acquisition timeout!")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")));
    }
}
