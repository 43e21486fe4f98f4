package vn.thidua.integration;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: {@code Webhook-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}, where
 * {@code timestamp} is the {@code Webhook-Timestamp} header (Unix seconds) and {@code body} the exact bytes sent. The
 * secret's UTF-8 bytes are the key. Signing the timestamp with the body lets a receiver refuse old replays; the
 * {@code v1=} prefix leaves room for another scheme beside it during a change.
 */
public final class WebhookSignature {

    public static final String SCHEME = "v1=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return SCHEME + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A new secret: 32 random bytes, base64url, prefixed so that it is recognisable in a receiver's settings. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
