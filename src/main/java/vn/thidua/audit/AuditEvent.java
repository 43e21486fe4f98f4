package vn.thidua.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One audited act. Immutable: the table's trigger refuses UPDATE and DELETE. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    /** The acting account's user name; null for the system (first start, demo loading). */
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    /** The unit the changed object belongs to; scopes who may read the event. */
    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "request_id")
    public String requestId;

    /** {@code {"field": {"before": ..., "after": ...}}} for the fields that changed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
}
