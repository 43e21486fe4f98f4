package vn.thidua.common.outbox;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import vn.thidua.common.Caller;

/**
 * Records domain events. It must be called inside the transaction of the change it reports
 * ({@code MANDATORY}): the event and the change commit together or not at all, so a subscriber never hears of a
 * change that was rolled back, nor misses one that was committed.
 */
@ApplicationScoped
public class Outbox {

    /** Events per INSERT of {@link #recordAll}: large enough to need few round trips, small enough to bound memory. */
    private static final int CHUNK = 2_000;
    /**
     * One statement for a whole chunk: the columns come as arrays, unnest turns them back into rows, and ORDER BY
     * the ordinality gives the events their positions in list order (the order the feed hands them out).
     */
    private static final String INSERT_ALL = """
            INSERT INTO outbox_event
                (actor, occurred_at, event_id, type, aggregate_kind, aggregate_id, unit_id, payload)
            SELECT ?, ?, e.event_id, e.type, e.aggregate_kind, e.aggregate_id, e.unit_id, CAST(e.payload AS jsonb)
            FROM unnest(CAST(? AS uuid[]), CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]),
                        CAST(? AS uuid[]), CAST(? AS text[]))
                 WITH ORDINALITY AS e(event_id, type, aggregate_kind, aggregate_id, unit_id, payload, n)
            ORDER BY e.n""";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    SecurityIdentity identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.type = event.type();
        row.aggregateKind = event.aggregateKind();
        row.aggregateId = event.aggregateId();
        row.unitId = event.unitId();
        row.actor = Caller.currentName(identity);
        row.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.payload = payload(event);
        em.persist(row);
        return row;
    }

    /**
     * Records many events as {@link #record} records each, in the same transaction, for imports: a few multi-row
     * INSERTs instead of one statement per event, which for ten thousand events saves seconds. The events share one
     * time and take their positions in list order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String actor = Caller.currentName(identity);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                for (int from = 0; from < events.size(); from += CHUNK) {
                    List<DomainEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
                    int size = chunk.size();
                    UUID[] eventIds = new UUID[size];
                    String[] types = new String[size];
                    String[] kinds = new String[size];
                    String[] aggregateIds = new String[size];
                    UUID[] units = new UUID[size];
                    String[] payloads = new String[size];
                    for (int i = 0; i < size; i++) {
                        DomainEvent event = chunk.get(i);
                        eventIds[i] = UUID.randomUUID();
                        types[i] = event.type();
                        kinds[i] = event.aggregateKind();
                        aggregateIds[i] = event.aggregateId();
                        units[i] = event.unitId();
                        payloads[i] = payload(event);
                    }
                    insert.setString(1, actor);
                    insert.setObject(2, now);
                    insert.setArray(3, connection.createArrayOf("uuid", eventIds));
                    insert.setArray(4, connection.createArrayOf("varchar", types));
                    insert.setArray(5, connection.createArrayOf("varchar", kinds));
                    insert.setArray(6, connection.createArrayOf("varchar", aggregateIds));
                    insert.setArray(7, connection.createArrayOf("uuid", units));
                    insert.setArray(8, connection.createArrayOf("text", payloads));
                    insert.executeUpdate();
                }
            }
        });
    }

    private String payload(DomainEvent event) {
        try {
            return json.writeValueAsString(event.state());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event state of " + event.type() + " is not serialisable", e);
        }
    }
}
