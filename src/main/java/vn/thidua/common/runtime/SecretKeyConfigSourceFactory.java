package vn.thidua.common.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Gives a fresh installation the key that encrypts stored secrets (webhook signing secrets, {@link SecretBox})
 * without any setup, as {@link JwtKeysConfigSourceFactory} does for the token keys: when {@code thidua.secrets.key}
 * is not configured, a random AES-256 key is generated once into {@code <data dir>/keys/secrets.key} and used from
 * then on. Several replicas must share one key: they set {@code THIDUA_SECRETS_KEY} (from a Kubernetes secret).
 */
public final class SecretKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String KEY = "thidua.secrets.key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext ctx) {
        if (BuildTime.isAugmentation() || DataDirectory.hasValue(ctx, KEY)) {
            return List.of();
        }
        Path dir = DataDirectory.isTestProfile(ctx) && DataDirectory.configured(ctx) == null
                ? Path.of("target", "test-keys").toAbsolutePath()
                : DataDirectory.resolve(ctx).resolve("keys");
        String key = ensureKey(dir.resolve("secrets.key"));
        return List.of(new MapBackedConfigSource("thidua-generated-secrets-key", Map.of(KEY, key), 50) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static synchronized String ensureKey(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            // the date names the key, so that a later key can stand beside it in THIDUA_SECRETS_PREVIOUS_KEYS
            String id = "k" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
            String value = id + ":" + Base64.getEncoder().encodeToString(key);
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(tmp, value + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the generated secrets key in " + file, e);
        }
    }
}
