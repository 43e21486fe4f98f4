package vn.thidua.common.error;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.MDC;

import vn.thidua.common.api.RequestIds;

/** Builds problem+json answers; the one place where a {@link Problem} becomes a {@link Response}. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, Locale locale, String instance, String detail, List<FieldError> errors) {
        return of(type, locale, instance, detail, errors, null);
    }

    public static Response of(ProblemType type, Locale locale, String instance, String detail, List<FieldError> errors,
            String correlationId) {
        Problem body = problem(type, locale, instance, detail, errors, correlationId);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    public static Problem problem(ProblemType type, Locale locale, String instance, String detail,
            List<FieldError> errors, String correlationId) {
        return new Problem(type.type().toString(), Messages.get(locale, "problem." + type.code() + ".title"),
                type.status(), detail, instance, type.code(), errors == null || errors.isEmpty() ? null : errors,
                correlationId);
    }

    /** The id of the request being served (see {@code RequestIdHandler}), or null outside a request. */
    public static String currentRequestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
