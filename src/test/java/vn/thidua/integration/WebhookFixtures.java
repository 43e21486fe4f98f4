package vn.thidua.integration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

import vn.thidua.common.Roles;
import vn.thidua.testsupport.TestOrg;

/**
 * Webhook subscriptions for tests, made through the API by the board of their unit, and a delivery for the log
 * operations, written by SQL (the worker would need a receiver and a run). Targets that nobody listens on
 * ({@link #NOWHERE}) keep the subscriptions of contract tests harmless when another test runs the worker.
 */
public final class WebhookFixtures {

    /** The discard port on the loopback: nothing listens there, so a delivery fails at once. */
    public static final String NOWHERE = "http://127.0.0.1:9/hook";

    private WebhookFixtures() {
    }

    /** A made subscription: id, ETag, secret (from the 201) and description. */
    public record Made(String id, String etag, String secret, String description) {
    }

    public static Map<String, Object> body(UUID unit, String url, List<String> types, boolean active) {
        return Map.of("url", url, "eventTypes", types, "unitId", unit.toString(), "active", active,
                "description", "Hệ thống Ban TĐKT " + UUID.randomUUID().toString().substring(0, 8));
    }

    public static Made subscribe(UUID unit, Map<String, Object> body) {
        Response created = TestOrg.as(unit, Roles.BOARD).body(body).post("/api/v1/webhooks");
        created.then().statusCode(201);
        return new Made(created.path("id"), created.header("ETag"), created.path("secret"),
                created.path("description"));
    }

    /** An inactive subscription of the unit to a target nobody listens on. */
    public static Made idle(UUID unit) {
        return subscribe(unit, body(unit, NOWHERE, List.of("unit.*"), false));
    }

    /** An inactive subscription of the unit, paused as after a dead delivery; its ETag is current. */
    public static Made paused(UUID unit) {
        Made made = idle(unit);
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("""
                        UPDATE webhook_subscription SET paused_reason = 'DEAD_DELIVERY', paused_at = now(),
                                                        version = version + 1
                        WHERE id = CAST(?1 AS uuid)""").setParameter(1, made.id()).executeUpdate());
        String etag = TestOrg.as(unit, Roles.BOARD).get("/api/v1/webhooks/" + made.id()).then().statusCode(200)
                .extract().header("ETag");
        return new Made(made.id(), etag, made.secret(), made.description());
    }

    /** The feed cursor just before the first event about {@code aggregateId}: a read from there starts with it. */
    public static String cursorBefore(String aggregateId) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) Arc.container()
                .instance(EntityManager.class).get().createNativeQuery("""
                        SELECT CAST(tx_id AS text), position FROM outbox_event WHERE aggregate_id = ?1
                        ORDER BY tx_id, position LIMIT 1""").setParameter(1, aggregateId).getSingleResult());
        return new EventCursor(Long.parseLong((String) row[0]), ((Number) row[1]).longValue() - 1).encode();
    }

    /** A delivery of the subscription in the given status, for its latest event (its own creation's). */
    public static String delivery(String subscriptionId, DeliveryStatus status) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("""
                        INSERT INTO webhook_delivery (id, subscription_id, event_position, event_id, event_type, status,
                                                      attempts, last_status_code, last_error, created_at)
                        SELECT ?1, CAST(?2 AS uuid), e.position, e.event_id, e.type, ?3, 1, 500,
                               'The receiver answered 500', now()
                        FROM outbox_event e WHERE e.aggregate_id = ?2 ORDER BY e.position DESC LIMIT 1""")
                .setParameter(1, id).setParameter(2, subscriptionId).setParameter(3, status.name())
                .executeUpdate());
        return id.toString();
    }
}
