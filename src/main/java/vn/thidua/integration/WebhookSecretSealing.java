package vn.thidua.integration;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.common.runtime.SecretBox;

/**
 * On start, seals the webhook secrets that are not sealed with the current key: those stored in clear before sealing
 * existed, and those sealed with a key since replaced (listed in {@code THIDUA_SECRETS_PREVIOUS_KEYS}). A Java step
 * rather than a Liquibase change, because the key comes from the configuration (or is generated into the data
 * directory) and a key rotation needs the same re-sealing long after the schema changed. Rows are locked with
 * {@code SKIP LOCKED}, so replicas starting together share the work.
 */
public class WebhookSecretSealing {

    private static final Logger LOG = Logger.getLogger(WebhookSecretSealing.class);

    @Inject
    WebhookRepository subscriptions;
    @Inject
    SecretBox box;

    void onStart(@Observes StartupEvent event) {
        int sealed = sealAll();
        if (sealed > 0) {
            LOG.infof("Sealed %d webhook secret(s) with the current secrets key", sealed);
        }
    }

    @Transactional
    int sealAll() {
        Map<UUID, String> secrets = subscriptions.lockSecretsToSeal(box.currentPrefix());
        secrets.forEach((id, stored) -> {
            String context = WebhookSubscription.secretContext(id);
            String secret = SecretBox.isSealed(stored) ? box.open(stored, context) : stored;
            subscriptions.storeSealedSecret(id, box.seal(secret, context));
        });
        return secrets.size();
    }
}
