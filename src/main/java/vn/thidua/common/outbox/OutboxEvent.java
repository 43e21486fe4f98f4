package vn.thidua.common.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A domain event written in the same transaction as the change it reports (transactional outbox). The event feed
 * and webhook delivery read this table; {@code txId} (the writing transaction's id, set by the database) is what lets
 * the feed hand events out in commit order.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(name = "aggregate_kind", nullable = false, updatable = false)
    public String aggregateKind;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @Column(name = "unit_id", updatable = false)
    public UUID unitId;

    @Column(updatable = false)
    public String actor;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;
}
