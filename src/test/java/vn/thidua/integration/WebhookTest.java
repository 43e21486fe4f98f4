package vn.thidua.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import vn.thidua.common.Roles;
import vn.thidua.common.runtime.SecretBox;
import vn.thidua.testsupport.Problems;
import vn.thidua.testsupport.TestOrg;

@QuarkusTest
class WebhookTest {

    @Test
    void theSecretIsShownOnceAtCreationAndNeverInReads() {
        UUID agency = TestOrg.agency("Sở Tư pháp");
        Response created = TestOrg.as(agency, Roles.BOARD)
                .body(WebhookFixtures.body(agency, "https://hooks.example.org/thidua", List.of("decision.*"), true))
                .post("/api/v1/webhooks");
        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", startsWith("http"))
                .body("secret", startsWith("whsec_")).body("eventTypes", equalTo(List.of("decision.*")))
                .body("active", equalTo(true)).body("pausedReason", nullValue());
        String id = created.path("id");
        String secret = created.path("secret");
        TestOrg.as(agency, Roles.ADMIN).get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("secret", nullValue()).body("url", equalTo("https://hooks.example.org/thidua"));
        String list = TestOrg.as(agency, Roles.BOARD).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", hasItem(id)).extract().asString();
        assertFalse(list.contains(secret));
        String events = TestOrg.as(agency, Roles.INTEGRATION).queryParam("types", "webhook.*").queryParam("limit", 1000)
                .get("/api/v1/events").then().statusCode(200).extract().asString();
        assertTrue(events.contains(id), "the creation is an event");
        assertFalse(events.contains(secret), "events never carry the secret");
        String audit = TestOrg.asRootAdmin().queryParam("entityId", id).get("/api/v1/audit-events").then()
                .extract().asString();
        assertFalse(audit.contains(secret), "the audit never carries the secret");
    }

    @Test
    void aGivenSecretIsKeptAndARetriedCreationCreatesNothingNew() {
        UUID agency = TestOrg.agency("Sở Công Thương");
        Map<String, Object> body = new HashMap<>(WebhookFixtures.body(agency, "https://hooks.example.org/ct",
                List.of("*"), true));
        body.put("secret", "a-secret-chosen-by-the-receiver-2026");
        String key = UUID.randomUUID().toString();
        Response first = TestOrg.as(agency, Roles.BOARD).header("Idempotency-Key", key).body(body)
                .post("/api/v1/webhooks");
        first.then().statusCode(201).body("secret", equalTo("a-secret-chosen-by-the-receiver-2026"));
        TestOrg.as(agency, Roles.BOARD).header("Idempotency-Key", key).body(body).post("/api/v1/webhooks").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")))
                .body("secret", nullValue()).body("url", equalTo("https://hooks.example.org/ct"));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) Arc.container()
                .instance(EntityManager.class).get().createNativeQuery(
                        "SELECT CAST(response_body AS text) FROM idempotency_record WHERE idem_key = ?1")
                .setParameter(1, key).getSingleResult());
        assertFalse(stored.contains("a-secret-chosen-by-the-receiver-2026"), "the stored answer has no secret");
    }

    @Test
    void theDatabaseHoldsTheSecretSealed() {
        UUID agency = TestOrg.agency("Sở Tài chính");
        WebhookFixtures.Made made = WebhookFixtures.idle(agency);
        String stored = storedSecret(made.id());
        assertTrue(stored.startsWith("enc:v1:"), stored);
        assertFalse(stored.contains(made.secret()), "the row does not hold the secret");
        String rotated = TestOrg.as(agency, Roles.BOARD).header("If-Match", made.etag())
                .post("/api/v1/webhooks/" + made.id() + ":rotate-secret").then().statusCode(200).extract()
                .path("secret");
        assertFalse(storedSecret(made.id()).contains(rotated), "nor the rotated one");
    }

    @Test
    void secretsStoredInClearBeforeSealingAreSealedOnStart() {
        UUID agency = TestOrg.agency("Sở Xây dựng");
        WebhookFixtures.Made made = WebhookFixtures.idle(agency);
        String clear = "a-secret-from-before-sealing-2026";
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("UPDATE webhook_subscription SET secret = ?2 WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, made.id()).setParameter(2, clear).executeUpdate());
        Arc.container().instance(WebhookSecretSealing.class).get().sealAll();
        SecretBox box = Arc.container().instance(SecretBox.class).get();
        String stored = storedSecret(made.id());
        assertTrue(stored.startsWith(box.currentPrefix()), stored);
        assertEquals(clear, box.open(stored, WebhookSubscription.secretContext(UUID.fromString(made.id()))));
    }

    private static String storedSecret(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("SELECT secret FROM webhook_subscription WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id).getSingleResult());
    }

    @Test
    void changesNeedTheCurrentVersionAndRotationShowsTheNewSecretOnce() {
        UUID agency = TestOrg.agency("Sở Nông nghiệp");
        WebhookFixtures.Made made = WebhookFixtures.subscribe(agency,
                WebhookFixtures.body(agency, "https://hooks.example.org/nn", List.of("plan.*"), true));
        String path = "/api/v1/webhooks/" + made.id();
        Map<String, Object> change = Map.of("url", "https://hooks.example.org/nn2",
                "eventTypes", List.of("plan.issued", "decision.*"), "unitId", agency.toString(), "active", false);
        Problems.assertProblem(TestOrg.as(agency, Roles.BOARD).body(change).put(path).then(), 428,
                "PRECONDITION_REQUIRED");
        String etag = TestOrg.as(agency, Roles.BOARD).header("If-Match", made.etag()).body(change).put(path).then()
                .statusCode(200).body("active", equalTo(false)).body("url", equalTo("https://hooks.example.org/nn2"))
                .body("eventTypes", equalTo(List.of("decision.*", "plan.issued"))).extract().header("ETag");
        Problems.assertProblem(TestOrg.as(agency, Roles.BOARD).header("If-Match", made.etag())
                .post(path + ":rotate-secret").then(), 412, "PRECONDITION_FAILED");
        String rotated = TestOrg.as(agency, Roles.BOARD).header("If-Match", etag).post(path + ":rotate-secret")
                .then().statusCode(200).body("secret", startsWith("whsec_")).extract().path("secret");
        assertNotEquals(made.secret(), rotated);
        TestOrg.as(agency, Roles.BOARD).get(path).then().body("secret", nullValue());
        String current = TestOrg.as(agency, Roles.BOARD).get(path).header("ETag");
        Problems.assertProblem(TestOrg.as(agency, Roles.BOARD).header("If-Match", current).post(path + ":resume")
                .then(), 409, "CONFLICT");
        TestOrg.as(agency, Roles.BOARD).header("If-Match", current).delete(path).then().statusCode(204);
        Problems.assertProblem(TestOrg.as(agency, Roles.BOARD).get(path).then(), 404, "NOT_FOUND");
    }

    @Test
    void targetsAndTypesAreChecked() {
        UUID agency = TestOrg.agency("Sở Khoa học");
        Problems.assertProblem(TestOrg.as(agency, Roles.BOARD)
                .body(WebhookFixtures.body(agency, "ftp://hooks.example.org/x", List.of("*"), true))
                .post("/api/v1/webhooks").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("url")).body("errors[0].code", equalTo("INVALID_URL"));
        Problems.assertProblem(TestOrg.as(agency, Roles.BOARD)
                .body(WebhookFixtures.body(agency, "https://hooks.example.org/x", List.of("plan.*", "plan.%"), true))
                .post("/api/v1/webhooks").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("eventTypes[1]"));
    }

    @Test
    void subscriptionsOutsideTheScopeDoNotExist() {
        UUID agencyA = TestOrg.agency("Sở Văn hóa A");
        UUID agencyB = TestOrg.agency("Sở Văn hóa B");
        WebhookFixtures.Made made = WebhookFixtures.idle(agencyA);
        Problems.assertProblem(TestOrg.as(agencyB, Roles.BOARD).get("/api/v1/webhooks/" + made.id()).then(), 404,
                "NOT_FOUND");
        TestOrg.as(agencyB, Roles.ADMIN).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", not(hasItem(made.id())));
        Problems.assertProblem(TestOrg.as(agencyB, Roles.BOARD)
                .body(WebhookFixtures.body(agencyA, WebhookFixtures.NOWHERE, List.of("*"), true))
                .post("/api/v1/webhooks").then(), 404, "NOT_FOUND");
        Problems.assertProblem(TestOrg.as(agencyA, Roles.INTEGRATION).get("/api/v1/webhooks").then(), 403,
                "FORBIDDEN");
        assertEquals(0, TestOrg.as(agencyA, Roles.BOARD).get("/api/v1/webhooks/" + made.id() + "/deliveries")
                .then().statusCode(200).extract().<Integer>path("total"));
    }
}
