package vn.thidua.common.runtime;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: Quarkus's own, after one JVM setting that no configuration source can reach in time.
 * <p>
 * Quarkus's first HTTP handler checks every URL with {@code java.net.URI} before any route runs and answers a bad one
 * (a {@code %} not followed by two hexadecimal digits, an unescaped space) with an empty 400 that no route can
 * replace. The check reads the system property {@code vertx.disableURIValidation} once, as the HTTP server is built;
 * set here, the same check is made by {@code EdgeRoutes}, which answers a problem+json 400 like the rest of the API.
 * The tests set the property through Surefire, as they do not run this class.
 * <p>
 * It also starts the embedded PostgreSQL at once ({@link EmbeddedPostgresConfigSourceFactory#startEarly()}): Quarkus
 * reads the configuration that would start it only seconds into its boot, and would then wait for it.
 */
@QuarkusMain
public final class ThiduaMain {

    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private ThiduaMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION_OFF) == null) {
            System.setProperty(URI_VALIDATION_OFF, "true");
        }
        EmbeddedPostgresConfigSourceFactory.startEarly();
        Quarkus.run(args);
    }
}
