package vn.thidua.common.api;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Gives every HTTP exchange an id, sent back as {@code X-Request-Id} and written in every log line of the request
 * (MDC key {@code requestId}); a caller's own id is kept when it is sane, so that a front end or a gateway can
 * follow one request through its logs and ours. The id is also the correlation id of a 500 answer.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String id = ctx.request().getHeader(HEADER);
            if (id == null || !SANE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            MDC.put(MDC_KEY, id);
            ctx.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }
}
