package vn.thidua.integration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Reads the outbox in feed order. The order is {@code (tx_id, position)}: the writing transaction's id, then the
 * event's place in it. Positions alone would not do, since a transaction that took position 10 may commit after one
 * that took 11, and a reader that had passed 11 would never see 10.
 * <p>
 * The rule that makes the order safe to read while writes go on: only events of transactions older than every
 * transaction still running are released ({@code tx_id < pg_snapshot_xmin(pg_current_snapshot())}, evaluated in the
 * reading statement's own snapshot). Every transaction below that bound has ended, and every transaction that ends
 * later has an id at or above it, so no event can ever appear behind an event already released: a reader that
 * continues from its cursor sees every event exactly once, in the same order as a reader that starts later. The
 * price is latency: a long transaction holds back every event written after it began until it ends.
 */
@ApplicationScoped
public class EventLog {

    private static final String COLUMNS = """
            SELECT CAST(e.tx_id AS text), e.position, e.event_id, e.type, e.occurred_at, e.aggregate_kind,
                   e.aggregate_id, e.unit_id, u.path, e.actor, CAST(e.payload AS text)
            FROM outbox_event e LEFT JOIN org_unit u ON u.id = e.unit_id
            """;
    private static final String READ = COLUMNS + """
            WHERE (e.tx_id, e.position) > (CAST(? AS xid8), ?)
              AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
              AND (? OR u.path LIKE ? OR (e.unit_id IS NULL AND ?))
              AND (? OR e.type = ANY (CAST(? AS varchar[])) OR e.type LIKE ANY (CAST(? AS varchar[])))
            ORDER BY e.tx_id, e.position
            LIMIT ?""";

    @Inject
    EntityManager em;

    /**
     * Up to {@code limit} released events after {@code after}.
     *
     * @param scopePath only events of units under this path; null for every event
     * @param withoutUnit whether events that name no unit are included when a scope is given
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FeedEvent> after(EventCursor after, String scopePath, boolean withoutUnit, EventTypes types,
            int limit) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setString(1, Long.toString(after.txId()));
                read.setLong(2, after.position());
                read.setBoolean(3, scopePath == null);
                read.setString(4, scopePath == null ? "" : scopePath + "%");
                read.setBoolean(5, withoutUnit);
                read.setBoolean(6, types.all());
                read.setArray(7, connection.createArrayOf("varchar", types.exact().toArray()));
                read.setArray(8, connection.createArrayOf("varchar", types.likePatterns().toArray()));
                read.setInt(9, limit);
                return events(read);
            }
        });
    }

    /** The event at {@code position}, released or not: for a delivery, whose event was released when queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FeedEvent at(long position) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement(COLUMNS + "WHERE e.position = ?")) {
                read.setLong(1, position);
                return events(read).get(0);
            }
        });
    }

    private static List<FeedEvent> events(PreparedStatement read) throws SQLException {
        List<FeedEvent> events = new ArrayList<>();
        try (ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                events.add(new FeedEvent(new EventCursor(Long.parseLong(rows.getString(1)), rows.getLong(2)),
                        rows.getObject(3, UUID.class), rows.getString(4), rows.getObject(5, OffsetDateTime.class),
                        rows.getString(6), rows.getString(7), rows.getObject(8, UUID.class), rows.getString(9),
                        rows.getString(10), rows.getString(11)));
            }
        }
        return events;
    }
}
