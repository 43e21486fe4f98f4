package vn.thidua.common.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets the service must be able to read back (a webhook's signing secret: it signs with it), so that
 * whoever reads the database or a backup cannot use them. AES-256-GCM with the key of {@code thidua.secrets.key}
 * ({@code THIDUA_SECRETS_KEY}, {@code <id>:<base64 of 32 bytes>}); the stored text names the key's id, so a new key
 * can take over while the previous ones ({@code THIDUA_SECRETS_PREVIOUS_KEYS}) still open what they sealed.
 * <p>
 * Each sealed value is bound to a context (e.g. the row it belongs to), so that a value copied into another row does
 * not open there.
 */
@ApplicationScoped
public class SecretBox {

    /** Starts every sealed value; anything else in a secret column is clear text from before encryption. */
    public static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    @Inject
    public SecretBox(ThiduaConfig config) {
        this(config.secrets().key(), config.secrets().previousKeys().orElse(List.of()));
    }

    SecretBox(String current, List<String> previous) {
        currentId = add(current);
        previous.forEach(this::add);
    }

    /** The sealed form of {@code secret}, bound to {@code context}. */
    public String seal(String secret, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(currentId), iv, context,
                secret.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
    }

    /** The secret {@link #seal} sealed with {@code context}. */
    public String open(String stored, String context) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("A stored secret is not sealed");
        }
        String rest = stored.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        SecretKey key = keys.get(rest.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("A stored secret was sealed with the key '" + rest.substring(0, colon)
                    + "', which is neither THIDUA_SECRETS_KEY nor among THIDUA_SECRETS_PREVIOUS_KEYS");
        }
        byte[] in = Base64.getDecoder().decode(rest.substring(colon + 1));
        byte[] iv = Arrays.copyOf(in, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(in, IV_BYTES, in.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, context, sealed), StandardCharsets.UTF_8);
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** How every value sealed with the current key starts (a key id is letters, digits and dashes only). */
    public String currentPrefix() {
        return PREFIX + currentId + ":";
    }

    private String add(String entry) {
        int colon = entry.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("A secrets key is written <id>:<base64 of 32 bytes>");
        }
        byte[] key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
        if (key.length != 32) {
            throw new IllegalArgumentException("A secrets key must be 32 bytes (AES-256), base64-encoded");
        }
        String id = entry.substring(0, colon).strip();
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A secrets key's id is letters, digits and dashes: " + id);
        }
        keys.put(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed"
                    : "opened: wrong key or altered value"), e);
        }
    }
}
