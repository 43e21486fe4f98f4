package vn.thidua.common.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The product's own settings (prefix {@code thidua}); README's configuration table lists each with its
 * environment variable. The embedded-database and key settings are also read before the application starts, by the
 * config-source factories in this package.
 */
@ConfigMapping(prefix = "thidua")
public interface ThiduaConfig {

    /** Where the embedded database and generated keys live ({@code THIDUA_DATA_DIR}); default {@code ./data}. */
    Optional<String> dataDir();

    EmbeddedPostgres embeddedPostgres();

    Idempotency idempotency();

    RootUnit rootUnit();

    /**
     * Password of the {@code admin} account made on first start ({@code THIDUA_ADMIN_PASSWORD}); when unset, a
     * random one is generated and printed once in the log.
     */
    Optional<String> adminPassword();

    /** Load the demo organisation of the seed plan once ({@code THIDUA_DEMO}). */
    @WithDefault("false")
    boolean demo();

    Auth auth();

    RateLimit rateLimit();

    Webhooks webhooks();

    Documents documents();

    Secrets secrets();

    /** The key that encrypts stored secrets ({@link SecretBox}); README, "Configuration". */
    interface Secrets {
        /**
         * {@code <id>:<base64 of 32 random bytes>} ({@code THIDUA_SECRETS_KEY}); unset, one is generated once into
         * {@code <data dir>/keys/secrets.key} ({@link SecretKeyConfigSourceFactory}). Replicas share one.
         */
        String key();

        /** Keys replaced by {@link #key()}, in the same form, comma-separated: they still open what they sealed. */
        Optional<List<String>> previousKeys();
    }

    /** Printed documents (package {@code vn.thidua.document}); README, "Documents: PDF and DOCX". */
    interface Documents {
        /**
         * The address the public reaches this service at ({@code THIDUA_DOCUMENTS_PUBLIC_URL}, e.g.
         * {@code https://thidua.laichau.gov.vn}): the certificates' QR codes open its verification page. When unset,
         * the address the request that printed the certificate came in on.
         */
        Optional<String> publicUrl();
    }

    /** Webhook delivery (package {@code vn.thidua.integration}); README, "Integrations: event feed and webhooks". */
    interface Webhooks {
        /** Accept {@code http://} target URLs; otherwise only {@code https://}. */
        @WithDefault("false")
        boolean allowHttp();

        /** Accept targets whose host resolves to a loopback, private, link-local or multicast address. */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** How often each replica looks for deliveries to make (a scheduler interval; {@code off} stops it). */
        @WithDefault("5s")
        String deliveryInterval();

        /** Connect and answer timeout of one delivery attempt. */
        @WithDefault("PT10S")
        Duration requestTimeout();

        /** Wait before the second attempt; each further one waits {@link #retryFactor()} times longer. */
        @WithDefault("PT10S")
        Duration retryBase();

        @WithDefault("2.0")
        double retryFactor();

        /** The longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration retryMax();

        /** Attempts after which a delivery is dead and its subscription paused. */
        @WithDefault("10")
        int maxAttempts();

        /** Deliveries one replica sends per run at most, so that a run ends and the next sees new work. */
        @WithDefault("500")
        int batchSize();
    }

    interface Auth {
        /** Failed logins in a row that lock an account. */
        @WithDefault("5")
        int maxFailedAttempts();

        /** How long a locked account stays locked. */
        @WithDefault("PT15M")
        Duration lockDuration();

        /** The first failed login's delay; each further one doubles it, up to {@link #maxFailureDelay()}. */
        @WithDefault("PT0.25S")
        Duration failureDelay();

        @WithDefault("PT3S")
        Duration maxFailureDelay();

        /** Shortest password accepted when one is set or changed. */
        @WithDefault("10")
        int passwordMinLength();

        /** How long an access token of ours is good for; a front end renews it with its refresh token. */
        @WithDefault("PT15M")
        Duration accessTokenLifespan();

        /** How long a refresh token is good for if not used; each use gives the next one. */
        @WithDefault("P14D")
        Duration refreshTokenLifespan();

        /** How long a login's chain of refresh tokens lasts at most, however often it is renewed. */
        @WithDefault("P30D")
        Duration refreshFamilyLifespan();

        /** Accounts whose token state one replica keeps in memory (the token check's cache). */
        @WithDefault("100000")
        long tokenStateCacheSize();

        /**
         * How long a cached token state is kept at most. Only a safety net: every change evicts its account on every
         * replica at once.
         */
        @WithDefault("PT10M")
        Duration tokenStateCacheTtl();
    }

    /**
     * Requests to login and to the public endpoints ({@code vn.thidua.common.api.RateLimits}), counted in fixed windows
     * in each replica's memory: N replicas let through up to N times these numbers.
     */
    interface RateLimit {
        /** Requests one client address may make to login and the public endpoints in a window. */
        @WithDefault("120")
        int perAddress();

        /** Login attempts naming one user name in a window, from whatever address. */
        @WithDefault("10")
        int perAccount();

        @WithDefault("PT1M")
        Duration window();
    }

    interface RootUnit {
        /** Code of the root unit made on first start. */
        @WithDefault("ROOT")
        String code();

        /** Name of the root unit made on first start (rename it later like any unit). */
        @WithDefault("Toàn hệ thống")
        String name();
    }

    interface EmbeddedPostgres {
        /** Start an embedded PostgreSQL when no JDBC URL is configured. */
        @WithDefault("true")
        boolean enabled();

        /** Fixed port of the embedded server; 0 picks a free one. */
        @WithDefault("0")
        int port();
    }

    interface Idempotency {
        /** How long a replay of the same Idempotency-Key returns the first answer. */
        @WithDefault("PT24H")
        Duration retention();

        /** How often expired records are purged (a Quarkus scheduler interval such as {@code 1h}; {@code off} stops it). */
        @WithDefault("1h")
        String purgeInterval();
    }
}
