package vn.thidua.common.api;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import vn.thidua.common.error.Messages;
import vn.thidua.common.error.Problem;
import vn.thidua.common.error.ProblemResponses;
import vn.thidua.common.error.ProblemType;

/**
 * HTTP handling in front of JAX-RS, so that what never reaches a resource still follows the API's conventions:
 * <ul>
 * <li>a body announced larger than {@code quarkus.http.limits.max-body-size} is refused at once with a problem+json
 * 413 (Vert.x alone would answer with an empty body); a chunked body, whose size nobody announces, is read here up to
 * the same limit and refused the same way once it passes it (RESTEasy Reactive would end the answer empty);</li>
 * <li>a URL longer than {@link #MAX_URL_LENGTH} is refused with a problem+json 414, headers larger than
 * {@link #MAX_HEADERS_SIZE} with a problem+json 431. Vert.x answers both empty and before any route, and Quarkus gives
 * no way to its {@code HttpServer#invalidRequestHandler}; so {@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size} are set well above (64 KB) and these limits are enforced here, where the answer can follow
 * the API's conventions. Beyond 64 KB Vert.x's empty answer remains, which no client of the API comes near;</li>
 * <li>a URL that cannot be decoded (a {@code %} that begins no escape, as in {@code %zz}) is refused with a
 * problem+json 400. Quarkus would answer it empty before any route, as it would anything {@code java.net.URI} refuses
 * (a raw {@code |} in a query, which browsers send); {@link vn.thidua.common.runtime.ThiduaMain} turns that check off,
 * and the check made here refuses only what cannot be read. Where the router meets such a path first, it fails the
 * matching with 400, which the router's 400 handler answers the same way;</li>
 * <li>a body without {@code Content-Type} is refused with a problem+json 415: JAX-RS would read it as whatever the
 * operation consumes, so a file sent by mistake could be taken as JSON;</li>
 * <li>{@code %3A} in a path is read as {@code :}, because some HTTP clients encode the colon of custom methods
 * ({@code /plans/{id}:issue}) and JAX-RS matches the raw path;</li>
 * <li>a path outside every route gets a problem+json 404 rather than the server's HTML page.</li>
 * </ul>
 */
@Singleton
public class EdgeRoutes {

    /** The longest URL (path and query) taken: the limit Vert.x applied before, as long as browsers send. */
    static final int MAX_URL_LENGTH = 4096;
    /** The most header bytes taken (names, values and their separators): Quarkus's default before. */
    static final int MAX_HEADERS_SIZE = 20 * 1024;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::normalise).failureHandler(this::bodyTooLarge);
        router.route().last().handler(ctx -> problem(ctx, ProblemType.ROUTE_NOT_FOUND, "detail.route-not-found"));
        router.errorHandler(ProblemType.BAD_REQUEST.status(), this::malformed);
    }

    private void normalise(RoutingContext ctx) {
        if (ctx.request().uri().length() > MAX_URL_LENGTH) {
            problem(ctx, ProblemType.URI_TOO_LONG, "detail.uri-too-long", MAX_URL_LENGTH);
            return;
        }
        if (!isDecodable(ctx.request().uri())) {
            problem(ctx, ProblemType.BAD_REQUEST, "detail.malformed-uri");
            return;
        }
        if (headersSize(ctx) > MAX_HEADERS_SIZE) {
            problem(ctx, ProblemType.HEADERS_TOO_LARGE, "detail.headers-too-large", MAX_HEADERS_SIZE);
            return;
        }
        String contentLength = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null && exceedsLimit(contentLength)) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(ctx, ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large", maxBodySize.asLongValue());
            return;
        }
        if (ctx.request().getHeader(HttpHeaders.CONTENT_TYPE) == null && hasBody(ctx, contentLength)) {
            // the body is left unread, so the connection cannot carry another request
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(ctx, ProblemType.UNSUPPORTED_MEDIA_TYPE, "detail.unsupported-media-type");
            return;
        }
        String uri = ctx.request().uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (path.contains("%3A") || path.contains("%3a")) {
            ctx.reroute(path.replace("%3A", ":").replace("%3a", ":") + (query < 0 ? "" : uri.substring(query)));
            return;
        }
        if (contentLength == null && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                && ctx.body().buffer() == null) {
            // RESTEasy Reactive reads a body the router has already read from the routing context
            BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()).handle(ctx);
            return;
        }
        ctx.next();
    }

    /** The body handler above fails the request with 413 when a chunked body passes the limit. */
    private void bodyTooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != ProblemType.PAYLOAD_TOO_LARGE.status() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        problem(ctx, ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large", maxBodySize.asLongValue());
    }

    /**
     * A 400 the router raised and no failure handler answered: it raises one by itself when it cannot match a
     * request, because its path does not decode, before {@link #normalise} could look at it.
     */
    private void malformed(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            return;
        }
        boolean unmatchable = !isDecodable(ctx.request().uri()) || ctx.failure() instanceof IllegalArgumentException;
        problem(ctx, ProblemType.BAD_REQUEST, unmatchable ? "detail.malformed-uri" : "detail.bad-request");
    }

    /** Whether every {@code %} of {@code uri} begins an escape: two hexadecimal digits. */
    private static boolean isDecodable(String uri) {
        for (int at = uri.indexOf('%'); at >= 0; at = uri.indexOf('%', at + 1)) {
            if (at + 2 >= uri.length() || Character.digit(uri.charAt(at + 1), 16) < 0
                    || Character.digit(uri.charAt(at + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int headersSize(RoutingContext ctx) {
        int size = 0;
        for (java.util.Map.Entry<String, String> header : ctx.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static boolean hasBody(RoutingContext ctx, String contentLength) {
        if (ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            return true;
        }
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean exceedsLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void problem(RoutingContext ctx, ProblemType type, String detailKey, Object... args) {
        Locale locale = Messages.localeOf(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem body = ProblemResponses.problem(type, locale, ctx.request().path(),
                Messages.get(locale, detailKey, args), null, null);
        try {
            ctx.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
