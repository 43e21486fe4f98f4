package vn.thidua.integration;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event for one subscription, and what became of sending it. Written by {@link WebhookQueue} (queueing, claims,
 * results) in SQL; read here for the delivery log. {@code id} is the {@code Webhook-Id} a receiver de-duplicates by.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;
    @Column(name = "event_position", nullable = false)
    public long eventPosition;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;
    @Column(name = "last_status_code")
    public Integer lastStatusCode;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
