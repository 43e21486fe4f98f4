package vn.thidua.common.runtime;

import java.nio.file.Path;
import java.util.Set;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

/**
 * Where the service keeps what it owns on disk (the embedded database, generated signing keys):
 * {@code THIDUA_DATA_DIR}, else {@code ./data}. Tests that set no directory get a throw-away one under
 * {@code target/}, so that no test depends on data another run left behind.
 */
final class DataDirectory {

    static final String PROPERTY = "thidua.data-dir";

    private DataDirectory() {
    }

    /** The configured directory, or null when none was set. */
    static Path configured(ConfigSourceContext ctx) {
        ConfigValue value = ctx.getValue(PROPERTY);
        if (value != null && value.getValue() != null && !value.getValue().isBlank()) {
            return Path.of(value.getValue()).toAbsolutePath();
        }
        String env = System.getenv("THIDUA_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return null;
    }

    static Path resolve(ConfigSourceContext ctx) {
        Path configured = configured(ctx);
        return configured != null ? configured : Path.of("data").toAbsolutePath();
    }

    static boolean isTestProfile(ConfigSourceContext ctx) {
        return Set.copyOf(ctx.getProfiles()).contains("test");
    }

    static boolean hasValue(ConfigSourceContext ctx, String name) {
        ConfigValue value = ctx.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
