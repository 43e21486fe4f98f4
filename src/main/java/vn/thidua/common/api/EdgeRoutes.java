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

import vn.thidua.common.error.Messages;
import vn.thidua.common.error.Problem;
import vn.thidua.common.error.ProblemResponses;
import vn.thidua.common.error.ProblemType;

/**
 * HTTP handling in front of JAX-RS, so that what never reaches a resource still follows the API's conventions:
 * <ul>
 * <li>a body announced larger than {@code quarkus.http.limits.max-body-size} is refused at once with a problem+json
 * 413 (Vert.x alone would answer with an empty body);</li>
 * <li>a body without {@code Content-Type} is refused with a problem+json 415: JAX-RS would read it as whatever the
 * operation consumes, so a file sent by mistake could be taken as JSON;</li>
 * <li>{@code %3A} in a path is read as {@code :}, because some HTTP clients encode the colon of custom methods
 * ({@code /plans/{id}:issue}) and JAX-RS matches the raw path;</li>
 * <li>a path outside every route gets a problem+json 404 rather than the server's HTML page.</li>
 * </ul>
 */
@Singleton
public class EdgeRoutes {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::normalise);
        router.route().last().handler(ctx -> problem(ctx, ProblemType.ROUTE_NOT_FOUND, "detail.route-not-found"));
    }

    private void normalise(RoutingContext ctx) {
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
        ctx.next();
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
