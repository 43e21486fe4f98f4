package vn.thidua.common.runtime;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import liquibase.configuration.AbstractMapConfigurationValueProvider;

/**
 * Lets {@code application.properties} set Liquibase's own global settings ({@code liquibase.*}, which Quarkus does not
 * pass on), below system properties and {@code LIQUIBASE_*} environment variables, which still win. Registered in
 * {@code META-INF/services/liquibase.configuration.ConfigurationValueProvider}.
 */
public final class LiquibaseApplicationSettings extends AbstractMapConfigurationValueProvider {

    private static final String PREFIX = "liquibase.";

    private volatile Read read;

    @Override
    public int getPrecedence() {
        // below the environment (150) and system properties (200)
        return 100;
    }

    /**
     * Liquibase asks for the map on every look-up of a setting, hundreds of times during one migration; the settings
     * are read once per configuration (a test run starts several applications, each with its own).
     */
    @Override
    protected Map<?, ?> getMap() {
        Config config = ConfigProvider.getConfig();
        Read last = read;
        if (last == null || last.config() != config) {
            last = new Read(config, settingsOf(config));
            read = last;
        }
        return last.values();
    }

    private static Map<String, String> settingsOf(Config config) {
        Map<String, String> values = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> values.put(name, value));
            }
        }
        return Map.copyOf(values);
    }

    private record Read(Config config, Map<String, String> values) {
    }

    @Override
    protected String getSourceDescription() {
        return "application configuration";
    }
}
