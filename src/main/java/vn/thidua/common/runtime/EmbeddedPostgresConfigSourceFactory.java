package vn.thidua.common.runtime;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Supplies the datasource URL, user and password of an embedded PostgreSQL when none is configured.
 * <p>
 * Setting {@code QUARKUS_DATASOURCE_JDBC_URL} (or the property) switches it off entirely: no embedded server is
 * started and the external database is used. The server is never started during the build (see {@link BuildTime}).
 * At run time it starts in the background as soon as the configuration is read, and the first read of one of the
 * three values waits for it (in tests, that read starts it). The packaged service starts it sooner still:
 * {@link ThiduaMain} calls {@link #startEarly()} before Quarkus boots, which reads the configuration only later, seconds
 * into the start, when the server would otherwise begin its own start on the start's critical path.
 */
public final class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext ctx) {
        if (BuildTime.isAugmentation() || DataDirectory.hasValue(ctx, URL)
                || "false".equalsIgnoreCase(valueOf(ctx, "thidua.embedded-postgres.enabled"))) {
            return List.of();
        }
        EmbeddedPostgresServer.Settings settings;
        if (DataDirectory.isTestProfile(ctx) && DataDirectory.configured(ctx) == null) {
            settings = EmbeddedPostgresServer.Settings.throwAway(port(ctx));
        } else {
            settings = EmbeddedPostgresServer.Settings.durable(DataDirectory.resolve(ctx).resolve("postgres"), port(ctx));
            // The service will ask for it in a moment: it starts meanwhile. Not in tests, where this factory is also
            // called once outside the application's class loader, and a server started there would be a second one.
            EmbeddedPostgresServer.startInBackground(settings);
        }
        return List.of(new LazySource(settings));
    }

    /**
     * Starts the server as {@link #getConfigSources} would, before Quarkus reads its configuration, from what decides
     * the settings: system properties, the environment and {@code application.properties}, in the profile
     * {@code QUARKUS_PROFILE} names (else {@code prod}). Should Quarkus's own configuration give other settings
     * ({@code config/application.properties} in the working directory, say), the server is started again with those;
     * should it name an external database instead, the early server idles until the service stops, which stops it.
     * Any fault is left for Quarkus to report.
     */
    static void startEarly() {
        try {
            SmallRyeConfigBuilder early = new SmallRyeConfigBuilder()
                    .withProfile(profile())
                    .addSystemSources();
            for (URL properties : Collections.list(
                    EmbeddedPostgresConfigSourceFactory.class.getClassLoader().getResources("application.properties"))) {
                early.withSources(new PropertiesConfigSource(properties, 250));
            }
            EmbeddedPostgresServer.beginEarly();
            early.withSources(new EmbeddedPostgresConfigSourceFactory()).build();
        } catch (IOException | RuntimeException e) {
            // Quarkus reads the same configuration in a moment and reports what is wrong with it
        } finally {
            EmbeddedPostgresServer.endEarly();
        }
    }

    private static String profile() {
        String profile = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
        return profile == null || profile.isBlank() ? "prod" : profile;
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    private static int port(ConfigSourceContext ctx) {
        String port = valueOf(ctx, "thidua.embedded-postgres.port");
        return port == null || port.isBlank() ? 0 : Integer.parseInt(port.trim());
    }

    private static String valueOf(ConfigSourceContext ctx, String name) {
        var value = ctx.getValue(name);
        return value == null ? null : value.getValue();
    }

    /** Below application.properties (250) so that an explicit setting always wins. */
    private static final class LazySource implements ConfigSource {

        private static final Set<String> NAMES = Set.of(URL, USERNAME, PASSWORD);
        private final EmbeddedPostgresServer.Settings settings;

        LazySource(EmbeddedPostgresServer.Settings settings) {
            this.settings = settings;
        }

        @Override
        public Set<String> getPropertyNames() {
            return NAMES;
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of();
        }

        @Override
        public String getValue(String propertyName) {
            if (!NAMES.contains(propertyName)) {
                return null;
            }
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(settings);
            return switch (propertyName) {
                case URL -> server.jdbcUrl();
                case USERNAME -> server.username();
                default -> server.password();
            };
        }

        @Override
        public int getOrdinal() {
            return 50;
        }

        @Override
        public String getName() {
            return "thidua-embedded-postgres";
        }
    }
}
