package vn.thidua.contract.fuzz;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The content of every table in schema {@code public}, per table its row count and a hash of its rows: two equal
 * fingerprints mean that no row was added, removed or changed in between. Tables that change for reasons other than
 * the request under test are left out, each with the reason.
 * <p>
 * A table's hash is the sum of its rows' hashes (MD5 of the row as text, as two 64-bit halves, summed exactly), so
 * that it can be carried forward instead of recomputed:
 * <ul>
 * <li>Nothing to do while PostgreSQL's snapshot ({@code pg_current_snapshot()}: the oldest running transaction, the
 * next one, those in progress) is what it was: any write takes a transaction id, and the transaction that took it
 * moves the snapshot when it ends, committed or not. Reading takes no id, so most refused requests cost one query.</li>
 * <li>When it moved, one scan of each table counts its rows and sums the hashes of the row versions that a
 * transaction at or after the old snapshot's oldest running one wrote (column {@code xmin}). If the count grew by
 * exactly those, nothing was removed, and the new hash is the old one plus theirs; otherwise (a row deleted or
 * updated, or an old row counted twice) that table is hashed whole again.</li>
 * </ul>
 * Both steps read one consistent snapshot (a repeatable-read transaction), so the state they describe is exactly the
 * database as of that snapshot.
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
                    "audit_event", "every failed login is audited, in its own transaction"),
            "refreshToken", Map.of(
                    "refresh_token", "a spent refresh token shown again revokes its family (reuse detection)",
                    "audit_event", "and the reuse is audited"));

    /** Row count and the exact sums of the two halves of its rows' MD5 hashes. */
    private record Content(long rows, BigDecimal high, BigDecimal low) {

        Content plus(long rows, BigDecimal high, BigDecimal low) {
            return new Content(this.rows + rows, this.high.add(high), this.low.add(low));
        }
    }

    private static final String ROW_HASH = "md5(t::text)";
    private static final String HIGH = "('x' || substr(h, 1, 16))::bit(64)::bigint";
    private static final String LOW = "('x' || substr(h, 17, 16))::bit(64)::bigint";

    private final DataSource dataSource;
    private final List<String> tables = new ArrayList<>();
    private final String written;
    private String snapshot;
    private Map<String, Content> contents;
    /** Requests after which the snapshot had moved; tables hashed whole again (not counting the first fingerprint). */
    private int moved;
    private int tablesRehashed;

    DatabaseFingerprint(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
                while (rows.next()) {
                    if (!NEVER.containsKey(rows.getString(1))) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            try (ResultSet next = statement.executeQuery(
                    "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
                next.next();
                // column xmin holds 32 bits of a transaction id: equal to the whole id in the first epoch only
                if (next.getLong(1) >= 1L << 31) {
                    throw new IllegalStateException("The test database has used 2^31 transaction ids; the fingerprint"
                            + " compares xmin with whole ids and needs a fresh database");
                }
            }
        }
        this.written = tables.stream().map(t -> """
                SELECT '%s', count(*), count(*) FILTER (WHERE t.xmin::text::bigint >= ?),
                       coalesce(sum(%s) FILTER (WHERE t.xmin::text::bigint >= ?), 0),
                       coalesce(sum(%s) FILTER (WHERE t.xmin::text::bigint >= ?), 0)
                FROM "%s" t, LATERAL (SELECT %s AS h) r""".formatted(t, HIGH, LOW, t, ROW_HASH))
                .collect(Collectors.joining("\nUNION ALL\n"));
    }

    /**
     * The tables changed since the last call, leaving out those {@code operationId} may write when refusing; the
     * first call only takes the state.
     */
    Set<String> changedSince(String operationId) {
        return compare(operationId, true);
    }

    /** Takes the present state as the one to compare with, whatever changed before. */
    void rebase() {
        compare("", false);
    }

    private Set<String> compare(String operationId, boolean request) {
        try (Connection connection = dataSource.getConnection()) {
            String now = currentSnapshot(connection);
            if (now.equals(snapshot)) {
                return Set.of();
            }
            boolean first = contents == null;
            Map<String, Content> before = contents;
            advance(connection);
            if (first || !request) {
                return Set.of();
            }
            moved++;
            Map<String, String> allowed = REFUSED_MAY_WRITE.getOrDefault(operationId, Map.of());
            return tables.stream()
                    .filter(table -> !allowed.containsKey(table))
                    .filter(table -> !contents.get(table).equals(before.get(table)))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fingerprint the database", e);
        }
    }

    /** After how many requests the snapshot had moved (each table scanned), how many tables were hashed whole. */
    String summary() {
        return moved + " requests needed a fingerprint (the others left the snapshot as it was), every table"
                + " scanned once for each, " + tablesRehashed + " tables among them hashed whole again";
    }

    /** Moves {@link #contents} to the present, in one snapshot. */
    private void advance(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            String taken = currentSnapshot(connection);
            Map<String, Content> next = new HashMap<>();
            List<String> whole = new ArrayList<>(tables);
            if (contents != null) {
                whole.clear();
                carryForward(connection, next, whole);
            }
            if (!whole.isEmpty()) {
                next.putAll(hashWhole(connection, whole));
                tablesRehashed += contents == null ? 0 : whole.size();
            }
            connection.commit();
            snapshot = taken;
            contents = next;
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Adds what was written since {@link #snapshot} where nothing was removed; lists the other tables in whole. */
    private void carryForward(Connection connection, Map<String, Content> next, List<String> whole)
            throws SQLException {
        long oldest = Long.parseLong(snapshot.substring(0, snapshot.indexOf(':')));
        try (PreparedStatement query = connection.prepareStatement(written)) {
            for (int i = 1; i <= tables.size() * 3; i++) {
                query.setLong(i, oldest);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    long count = rows.getLong(2);
                    long fresh = rows.getLong(3);
                    Content old = contents.get(table);
                    if (old.rows() + fresh == count) {
                        next.put(table, old.plus(fresh, rows.getBigDecimal(4), rows.getBigDecimal(5)));
                    } else {
                        whole.add(table);
                    }
                }
            }
        }
    }

    private static Map<String, Content> hashWhole(Connection connection, List<String> tables) throws SQLException {
        String query = tables.stream().map(t -> """
                SELECT '%s', count(*), coalesce(sum(%s), 0), coalesce(sum(%s), 0)
                FROM "%s" t, LATERAL (SELECT %s AS h) r""".formatted(t, HIGH, LOW, t, ROW_HASH))
                .collect(Collectors.joining("\nUNION ALL\n"));
        Map<String, Content> contents = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                contents.put(rows.getString(1), new Content(rows.getLong(2), rows.getBigDecimal(3),
                        rows.getBigDecimal(4)));
            }
        }
        return contents;
    }

    private static String currentSnapshot(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_current_snapshot()::text")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
