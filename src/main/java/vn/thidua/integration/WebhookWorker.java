package vn.thidua.integration;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

import vn.thidua.common.error.DatabaseUnavailable;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * Delivers webhooks in the background. Every replica runs it on {@code thidua.webhooks.delivery-interval}; the
 * {@link WebhookQueue} claims keep replicas from sending the same delivery twice, or two deliveries of one subscription
 * at once, so a subscription's deliveries go out in order. One run queues newly released events, then claims and sends
 * until nothing is due or {@code thidua.webhooks.batch-size} deliveries were sent. The heads of different subscriptions
 * are sent in parallel; no database transaction is open during a call.
 */
@ApplicationScoped
public class WebhookWorker {

    public static final String WEBHOOK_ID = "Webhook-Id";
    public static final String WEBHOOK_TIMESTAMP = "Webhook-Timestamp";
    public static final String WEBHOOK_SIGNATURE = "Webhook-Signature";
    /** Subscriptions whose next delivery one claim takes. */
    static final int CLAIM_SIZE = 20;
    /** Events one run queues per subscription at most; the next run continues. */
    static final int QUEUE_SIZE = 1000;
    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    /** The process as operators see it: {@code pid@host}, the pod's name on Kubernetes. */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    WebhookQueue queue;
    @Inject
    ThiduaConfig config;
    @Inject
    ObjectMapper json;

    private volatile HttpClient client;

    /** What one run did. */
    public record Run(int queued, int delivered, int failed) {
    }

    @Scheduled(identity = "webhook-delivery", every = "${thidua.webhooks.delivery-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            Run run = run(INSTANCE);
            if (run.delivered() + run.failed() > 0) {
                LOG.debugf("Webhooks: %d queued, %d delivered, %d failed", run.queued(), run.delivered(),
                        run.failed());
            }
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                // claims not recorded as sent keep their lease and are taken again once it ends
                LOG.warnf("Webhook delivery run stopped: no database answered (%s); the next run tries again", e);
            } else {
                LOG.errorf(e, "Webhook delivery run failed; the next run tries again");
            }
        }
    }

    /** Queues, then delivers. Public for tests, which drive the worker instead of waiting for the schedule. */
    public Run run(String instance) {
        int queued = queue.enqueue(QUEUE_SIZE);
        Run sent = deliver(instance);
        return new Run(queued, sent.delivered(), sent.failed());
    }

    /** Claims and sends what is due, as {@code instance}; two instances may call it at once. */
    public Run deliver(String instance) {
        int delivered = 0;
        int failed = 0;
        int limit = config.webhooks().batchSize();
        while (delivered + failed < limit) {
            List<WebhookQueue.Claim> claims = queue.claim(instance, Math.min(CLAIM_SIZE, limit - delivered - failed));
            if (claims.isEmpty()) {
                break;
            }
            List<CompletableFuture<Boolean>> sends = new ArrayList<>();
            for (WebhookQueue.Claim claim : claims) {
                sends.add(send(claim));
            }
            for (CompletableFuture<Boolean> send : sends) {
                if (send.join()) {
                    delivered++;
                } else {
                    failed++;
                }
            }
        }
        return new Run(0, delivered, failed);
    }

    /** Sends one claimed delivery and records the outcome; true when the receiver took it. */
    private CompletableFuture<Boolean> send(WebhookQueue.Claim claim) {
        var refusal = new WebhookTargets(config.webhooks().allowHttp(), config.webhooks().allowPrivateTargets(),
                InetAddress::getAllByName).check(claim.url());
        if (refusal.isPresent()) {
            queue.failed(claim, null, "The target is not allowed: " + refusal.get().code());
            return CompletableFuture.completedFuture(false);
        }
        byte[] body = body(claim);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url()))
                .timeout(config.webhooks().requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "thidua-webhooks/1")
                .header(WEBHOOK_ID, claim.deliveryId().toString())
                .header(WEBHOOK_TIMESTAMP, Long.toString(timestamp))
                .header(WEBHOOK_SIGNATURE, WebhookSignature.sign(claim.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client().sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                queue.delivered(claim, response.statusCode());
                return true;
            }
            if (error == null) {
                queue.failed(claim, response.statusCode(), "The receiver answered " + response.statusCode());
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                queue.failed(claim, null, cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            }
            return false;
        });
    }

    private byte[] body(WebhookQueue.Claim claim) {
        try {
            return json.writeValueAsBytes(EventResponse.of(claim.event(), json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + claim.event().eventId() + " could not be written", e);
        }
    }

    /** One client for all deliveries; redirects are not followed, since their target was never checked. */
    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(config.webhooks().requestTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
            }
        }
        return client;
    }
}
