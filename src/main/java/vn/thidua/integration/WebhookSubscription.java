package vn.thidua.integration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.common.error.ApiException;

/**
 * A webhook subscription: the events of {@code unitId}'s subtree whose type matches {@code eventTypes} are POSTed to
 * {@code url}, signed with the secret, which is kept sealed ({@link vn.thidua.common.runtime.SecretBox}, bound to
 * {@link #secretContext()}) so that a reader of the database cannot sign. Its queue position ({@code cursor_tx}, {@code cursor_position}) is kept by
 * {@link WebhookQueue} in SQL only.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** The pause the worker sets when a delivery goes dead. */
    public static final String DEAD_DELIVERY = "DEAD_DELIVERY";

    @Id
    public UUID id;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(nullable = false)
    public String url;
    /** The choices of {@link EventTypes#asList()}, comma-separated. */
    @Column(name = "event_types", nullable = false)
    String eventTypes;
    /** Sealed: {@link WebhookService} seals and {@link WebhookQueue} opens it. */
    @Column(nullable = false)
    String secret;
    public String description;
    @Column(nullable = false)
    public boolean active;
    @Column(name = "paused_reason")
    public String pausedReason;
    @Column(name = "paused_at")
    public OffsetDateTime pausedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Made without a secret: the sealing is bound to the id, so {@link #rotateSecret} follows at once. */
    static WebhookSubscription create(UUID unitId, String url, EventTypes types, String description, boolean active,
            String createdBy) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.createdAt = now();
        subscription.createdBy = createdBy;
        subscription.change(unitId, url, types, description, active);
        return subscription;
    }

    void change(UUID unitId, String url, EventTypes types, String description, boolean active) {
        this.unitId = unitId;
        this.url = url;
        this.eventTypes = String.join(",", types.asList());
        this.description = description;
        this.active = active;
        updatedAt = now();
    }

    EventTypes eventTypes() {
        return EventTypes.parse(List.of(eventTypes.split(",")), "eventTypes");
    }

    /** What the sealed secret is bound to: the subscription's row. */
    String secretContext() {
        return secretContext(id);
    }

    static String secretContext(UUID id) {
        return "webhook_subscription:" + id;
    }

    void rotateSecret(String sealedSecret) {
        secret = sealedSecret;
        updatedAt = now();
    }

    /** Holds the later deliveries back, in order, until someone resumes or redelivers; false when already paused. */
    boolean pause(String reason) {
        if (pausedReason != null) {
            return false;
        }
        pausedReason = reason;
        pausedAt = now();
        updatedAt = pausedAt;
        return true;
    }

    /** Lifts the pause after a dead delivery; the dead delivery stays dead and later ones go out. */
    void resume() {
        if (pausedReason == null) {
            throw ApiException.conflict("detail.webhook-not-paused");
        }
        pausedReason = null;
        pausedAt = null;
        updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
