package vn.thidua.contract.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * A hash of every row of every table in schema {@code public}, per table, in one query: two equal fingerprints
 * mean that nothing was written in between. Tables that change for reasons other than the request under test are
 * left out, each with the reason.
 */
final class DatabaseFingerprint {

    /** Tables never compared. */
    static final Map<String, String> NEVER = Map.of(
            "databasechangelog", "Liquibase's record of applied migrations: no request writes it",
            "databasechangeloglock", "Liquibase's lock: no request writes it");

    /** Tables a refused request of one operation legitimately writes, by operation id. */
    static final Map<String, Map<String, String>> REFUSED_MAY_WRITE = Map.of(
            "createToken", Map.of(
                    "account", "a failed login is counted on the account and may lock it (brute-force protection)",
                    "audit_event", "every failed login is audited, in its own transaction"));

    private final DataSource dataSource;
    private final String query;
    private long lastNextTransactionId = -1;
    private Map<String, String> lastHashes;

    DatabaseFingerprint(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT table_name FROM information_schema.tables
                     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
            while (rows.next()) {
                if (!NEVER.containsKey(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        this.query = tables.stream()
                .map(t -> "SELECT '%s', md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"%s\" t"
                        .formatted(t, t))
                .collect(Collectors.joining("\nUNION ALL\n"));
    }

    /**
     * The tables changed since the last call, leaving out those {@code operationId} may write when refusing. Hashing
     * every row is done only when a transaction that wrote anything has ended in between: any write takes a
     * transaction id, so an unchanged next id proves that nothing was written (a rolled-back write still takes one,
     * and then the hashes decide).
     */
    Set<String> changedSince(String operationId) {
        long next = nextTransactionId();
        if (next == lastNextTransactionId) {
            return Set.of();
        }
        Map<String, String> hashes = hashes();
        Set<String> changed = lastHashes == null ? Set.of() : changed(lastHashes, hashes, operationId);
        lastNextTransactionId = next;
        lastHashes = hashes;
        return changed;
    }

    /** Takes the present state as the one to compare with, whatever changed before. */
    void rebase() {
        changedSince("");
    }

    private long nextTransactionId() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")) {
            rows.next();
            return Long.parseLong(rows.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the next transaction id", e);
        }
    }

    /** Table name to the hash of its rows. */
    Map<String, String> hashes() {
        Map<String, String> hashes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                hashes.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fingerprint the database", e);
        }
        return hashes;
    }

    /** The tables whose rows differ, leaving out those the operation may write when refusing. */
    private static Set<String> changed(Map<String, String> before, Map<String, String> after, String operationId) {
        Map<String, String> allowed = REFUSED_MAY_WRITE.getOrDefault(operationId, Map.of());
        return after.keySet().stream()
                .filter(table -> !allowed.containsKey(table))
                .filter(table -> !after.get(table).equals(before.get(table)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
