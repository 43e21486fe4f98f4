package vn.thidua.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void theSignatureIsTheHexHmacOfTimestampDotBody() {
        // openssl: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test-secret-0123456789'
        assertEquals("v1=0e482f07c35f06573813388adc06b55064b18e3228bd1f28cd50205b2e4029e2",
                WebhookSignature.sign("whsec_test-secret-0123456789", 1_700_000_000L,
                        "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anyChangeOfBodyTimestampOrSecretChangesIt() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.sign("secret-one-0123456789abcdef", 1L, body);
        assertNotEquals(signature, WebhookSignature.sign("secret-one-0123456789abcdef", 2L, body));
        assertNotEquals(signature, WebhookSignature.sign("secret-two-0123456789abcdef", 1L, body));
        assertNotEquals(signature, WebhookSignature.sign("secret-one-0123456789abcdef", 1L,
                "{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void newSecretsAreLongAndDistinct() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_") && secret.length() >= 40, secret);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
