package vn.thidua.integration;

import java.net.InetAddress;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Caller;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.runtime.SecretBox;
import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.common.text.Text;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnit;

/**
 * Webhook subscriptions (admin and board, in their scope) and their delivery log. The secret leaves the service in
 * two answers only, creation and rotation (an idempotent replay of the creation comes without it); audit and events
 * carry the subscription without it, and the database holds it sealed.
 */
@ApplicationScoped
public class WebhookService {

    public static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "url", "url");
    public static final Map<String, String> DELIVERY_SORTS = Map.of("createdAt", "seq");

    @Inject
    WebhookRepository subscriptions;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    OrgScope scope;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    ThiduaConfig config;
    @Inject
    SecretBox box;

    @Transactional
    public Page<WebhookResponse> list(UUID unitId, Boolean active, Paging paging) {
        var query = subscriptions.search(scope.path(), unitId, active, paging.sort());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count())
                .map(WebhookResponse::from);
    }

    @Transactional
    public WebhookResponse get(UUID id) {
        return WebhookResponse.from(require(id));
    }

    @Transactional
    public WebhookResponse create(WebhookRequests.CreateWebhook request) {
        OrgUnit unit = scope.requireUnit(request.unitId());
        EventTypes types = EventTypes.parse(request.eventTypes(), "eventTypes");
        String url = checkedUrl(request.url());
        String secret = request.secret() == null ? WebhookSignature.newSecret() : request.secret();
        WebhookSubscription subscription = WebhookSubscription.create(unit.id, url, types,
                Text.blankToNull(request.description()), request.active() == null || request.active(),
                caller.name());
        subscription.rotateSecret(box.seal(secret, subscription.secretContext()));
        subscriptions.persist(subscription);
        subscriptions.flush();
        WebhookResponse created = WebhookResponse.from(subscription);
        record("webhook.created", subscription, null, created);
        return created.withSecret(secret);
    }

    @Transactional
    public WebhookResponse update(UUID id, String ifMatch, WebhookRequests.UpdateWebhook request) {
        WebhookSubscription subscription = require(id);
        ETags.requireMatch(ifMatch, subscription.version);
        OrgUnit unit = scope.requireUnit(request.unitId());
        EventTypes types = EventTypes.parse(request.eventTypes(), "eventTypes");
        String url = checkedUrl(request.url());
        WebhookResponse before = WebhookResponse.from(subscription);
        boolean switchedOn = !subscription.active && request.active();
        subscription.change(unit.id, url, types, Text.blankToNull(request.description()), request.active());
        if (switchedOn) {
            subscriptions.restartQueue(subscription.id);
        }
        return changed(subscription, before, "webhook.updated");
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription subscription = require(id);
        ETags.requireMatch(ifMatch, subscription.version);
        WebhookResponse before = WebhookResponse.from(subscription);
        subscriptions.delete(subscription);
        subscriptions.flush();
        record("webhook.deleted", subscription, before, null);
    }

    @Transactional
    public WebhookResponse rotateSecret(UUID id, String ifMatch) {
        WebhookSubscription subscription = require(id);
        ETags.requireMatch(ifMatch, subscription.version);
        WebhookResponse before = WebhookResponse.from(subscription);
        String secret = WebhookSignature.newSecret();
        subscription.rotateSecret(box.seal(secret, subscription.secretContext()));
        return changed(subscription, before, "webhook.secret-rotated").withSecret(secret);
    }

    @Transactional
    public WebhookResponse resume(UUID id, String ifMatch) {
        WebhookSubscription subscription = require(id);
        ETags.requireMatch(ifMatch, subscription.version);
        WebhookResponse before = WebhookResponse.from(subscription);
        subscription.resume();
        return changed(subscription, before, "webhook.resumed");
    }

    @Transactional
    public Page<DeliveryResponse> deliveries(UUID id, DeliveryStatus status, Paging paging) {
        WebhookSubscription subscription = require(id);
        var query = deliveries.ofSubscription(subscription.id, status, paging.sort());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count())
                .map(DeliveryResponse::from);
    }

    /**
     * Sends a delivered or dead delivery again, at its place in the subscription's order: before every delivery queued
     * after it. A subscription paused for a dead delivery is resumed, since redelivering says the receiver is fixed.
     */
    @Transactional
    public DeliveryResponse redeliver(UUID id, UUID deliveryId) {
        WebhookSubscription subscription = require(id);
        // as a claimer does: a claim in progress finishes first, and the next claim reads the queue with this change
        subscriptions.getEntityManager().lock(subscription, LockModeType.PESSIMISTIC_WRITE);
        WebhookDelivery delivery = deliveries.find(subscription.id, deliveryId)
                .orElseThrow(() -> ApiException.notFound("kind.webhook-delivery"));
        if (!deliveries.requeue(delivery.id)) {
            throw ApiException.conflict("detail.webhook-delivery-queued", delivery.status);
        }
        deliveries.getEntityManager().refresh(delivery);
        DeliveryResponse requeued = DeliveryResponse.from(delivery);
        audit.record("webhook.redelivery-requested", "webhook-delivery", delivery.id.toString(),
                subscription.unitId, null, requeued);
        if (subscription.pausedReason != null) {
            WebhookResponse before = WebhookResponse.from(subscription);
            subscription.resume();
            changed(subscription, before, "webhook.resumed");
        }
        return requeued;
    }

    private WebhookResponse changed(WebhookSubscription subscription, WebhookResponse before, String action) {
        subscriptions.flush();
        WebhookResponse after = WebhookResponse.from(subscription);
        record(action, subscription, before, after);
        return after;
    }

    private void record(String action, WebhookSubscription subscription, WebhookResponse before,
            WebhookResponse after) {
        audit.record(action, "webhook", subscription.id.toString(), subscription.unitId, before, after);
        outbox.record(new DomainEvent(action, "webhook", subscription.id.toString(), subscription.unitId,
                after == null ? before : after));
    }

    private String checkedUrl(String url) {
        String stripped = url.strip();
        targets().check(stripped).ifPresent(refusal -> {
            throw ApiException.invalid("url", refusal.code(), refusal.messageKey());
        });
        return stripped;
    }

    WebhookTargets targets() {
        return new WebhookTargets(config.webhooks().allowHttp(), config.webhooks().allowPrivateTargets(),
                InetAddress::getAllByName);
    }

    private WebhookSubscription require(UUID id) {
        return subscriptions.findInScope(id, scope.path()).orElseThrow(() -> ApiException.notFound("kind.webhook"));
    }
}
