package vn.thidua.common.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Gives a fresh installation a token signing key pair without any setup: when neither a verification key nor a
 * signing key is configured, an RSA-2048 pair is generated once into {@code <data dir>/keys} and used from then on
 * (tokens stay valid across restarts). Production deployments set {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} and
 * {@code SMALLRYE_JWT_SIGN_KEY_LOCATION} (from a Kubernetes secret) instead, and several replicas share them.
 */
public final class JwtKeysConfigSourceFactory implements ConfigSourceFactory {

    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    static final String SIGN_KEY = "smallrye.jwt.sign.key.location";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext ctx) {
        if (BuildTime.isAugmentation() || DataDirectory.hasValue(ctx, VERIFY_KEY)
                || DataDirectory.hasValue(ctx, "mp.jwt.verify.publickey") || DataDirectory.hasValue(ctx, SIGN_KEY)) {
            return List.of();
        }
        Path dir = DataDirectory.isTestProfile(ctx) && DataDirectory.configured(ctx) == null
                ? Path.of("target", "test-keys").toAbsolutePath()
                : DataDirectory.resolve(ctx).resolve("keys");
        Path publicKey = dir.resolve("jwt-public.pem");
        Path privateKey = dir.resolve("jwt-private.pem");
        ensureKeyPair(publicKey, privateKey);
        return List.of(new MapBackedConfigSource("thidua-generated-jwt-keys",
                Map.of(VERIFY_KEY, publicKey.toUri().toString(), SIGN_KEY, privateKey.toUri().toString()), 50) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static synchronized void ensureKeyPair(Path publicKey, Path privateKey) {
        if (Files.isRegularFile(publicKey) && Files.isRegularFile(privateKey)) {
            return;
        }
        try {
            Files.createDirectories(publicKey.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writeAtomically(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            writeAtomically(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the generated JWT keys to " + publicKey.getParent(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        if (secret && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
