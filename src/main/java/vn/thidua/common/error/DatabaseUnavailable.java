package vn.thidua.common.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a lost or refused database connection apart from a fault: the database (embedded or external) is down,
 * restarting or in recovery, and the same request will work once it is back. Hibernate, Agroal, Narayana and Liquibase
 * wrap the driver's exception differently, so the whole cause chain is read; the one signal they all keep is the
 * driver's SQLState, class 08 (connection exception) or 57P01-57P03 (the server is shutting down or starting).
 */
public final class DatabaseUnavailable {

    /** Seconds a caller is asked to wait: the embedded database's watchdog restarts it within a few. */
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    /** Whether {@code e} or one of its causes says that no database answered. */
    public static boolean causedBy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isLostConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLostConnection(Throwable e) {
        if (e instanceof JDBCConnectionException || e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException) {
            return true;
        }
        if (e instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SERVER_GOING_OR_COMING.contains(state);
        }
        return false;
    }
}
