package vn.thidua.common.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.http.HttpServerRequest;

import vn.thidua.common.error.ProblemType;
import vn.thidua.common.error.RetryLater;
import vn.thidua.common.runtime.ThiduaConfig;

/**
 * Rate limits of what anyone may call without a token: login ({@code /auth/token}, {@code /auth/refresh}) and the
 * public endpoints ({@code /public/**}, the certificate verification page among them), per client address; login also
 * per user name, whatever the address, so that guessing one account's password from many addresses is slowed too
 * (login itself also locks the account after failures in a row). Over a limit: 429 with {@code Retry-After}.
 * <p>
 * The client address is the one Quarkus's forwarded-header settings give ({@code quarkus.http.proxy.*}): behind the
 * proxy, the caller's, not the proxy's. Requests are counted in fixed windows ({@code thidua.rate-limit.window}) in each
 * replica's memory, which is enough to blunt guessing and scraping: N replicas let through up to N times the limits,
 * and a restart forgets the counts. The counters are bounded in number, so that spraying addresses cannot exhaust
 * memory (at worst it evicts other addresses' counters, which start their window again).
 */
@ApplicationScoped
public class RateLimits {

    private static final Set<String> LOGIN_PATHS = Set.of("/api/v1/auth/token", "/api/v1/auth/refresh");
    private static final String PUBLIC_PREFIX = "/api/v1/public/";
    /** Counters kept per key space at most; past it, Caffeine evicts those least likely to be used again. */
    private static final int MAX_KEYS = 100_000;

    private final int perAddress;
    private final int perAccount;
    private final long windowMillis;
    private final Cache<String, Window> addresses;
    private final Cache<String, Window> accounts;

    @Inject
    public RateLimits(ThiduaConfig config) {
        this.perAddress = config.rateLimit().perAddress();
        this.perAccount = config.rateLimit().perAccount();
        Duration window = config.rateLimit().window();
        this.windowMillis = window.toMillis();
        this.addresses = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MAX_KEYS).build();
        this.accounts = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MAX_KEYS).build();
    }

    /** Whether requests to this path (as requested, or as the contract writes it) are limited. */
    public static boolean isLimited(String path) {
        return LOGIN_PATHS.contains(path) || path.startsWith(PUBLIC_PREFIX);
    }

    /** Before anything else of JAX-RS: a refused request costs no body to read and no token to check. */
    @ServerRequestFilter(preMatching = true)
    public void limitByAddress(HttpServerRequest request) {
        if (isLimited(request.path()) && request.remoteAddress() != null) {
            countAddress(request.remoteAddress().hostAddress());
        }
    }

    void countAddress(String address) {
        count(addresses, address, perAddress);
    }

    /** Counts a login attempt naming {@code username}; call it before checking the password. */
    public void countLogin(String username) {
        count(accounts, username.strip().toLowerCase(Locale.ROOT), perAccount);
    }

    /** Counts one request under {@code key}; over {@code limit} in the current window, a 429. */
    private void count(Cache<String, Window> counters, String key, int limit) {
        long now = System.currentTimeMillis();
        Window window = counters.asMap().compute(key,
                (k, current) -> current == null || now >= current.endsAt() ? new Window(now + windowMillis, 1)
                        : new Window(current.endsAt(), current.requests() + 1));
        if (window.requests() > limit) {
            long seconds = Math.max(1, (window.endsAt() - now + 999) / 1000);
            throw new RetryLater(ProblemType.TOO_MANY_REQUESTS, seconds, "detail.too-many-requests", seconds);
        }
    }

    record Window(long endsAt, int requests) {
    }
}
