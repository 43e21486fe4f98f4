package vn.thidua.common.error;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Maps every exception that can leave a resource to RFC 9457 problem+json. Nothing else in the code writes an
 * error answer. Anything not recognised here is a real fault: it is logged with its stack trace under the request's
 * correlation id, and the caller gets that id and nothing else.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer";

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        List<FieldError> errors = e.violations().stream()
                .map(v -> new FieldError(v.field(), v.code(), Messages.get(locale, v.messageKey(), v.args())))
                .toList();
        Response problem = ProblemResponses.of(e.problemType(), locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, e.messageKey(), e.args()), errors);
        if (e instanceof RetryLater later) {
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds()).build();
        }
        return problem;
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response constraintViolations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        // A violated constraint on what a method returns is our bug, not the caller's.
        if (e.getConstraintViolations().stream().anyMatch(v -> hasKind(v.getPropertyPath(), ElementKind.RETURN_VALUE))) {
            return fault(e, locale, uri);
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), constraintCode(violation), violation.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, "detail.validation-failed"), errors);
    }

    @ServerExceptionMapper(JsonParseException.class)
    public Response malformedJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return ProblemResponses.of(ProblemType.MALFORMED_JSON, locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, "detail.malformed-json", e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr()), null);
    }

    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            InvalidNullException.class, UnrecognizedPropertyException.class})
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        String field = jsonPath(e);
        FieldError error;
        if (e instanceof UnrecognizedPropertyException) {
            error = new FieldError(field, "UNKNOWN_FIELD", Messages.get(locale, "field.unknown"));
        } else if (e.getCause() instanceof ApiException api && !api.violations().isEmpty()) {
            var v = api.violations().get(0);
            error = new FieldError(field, v.code(), Messages.get(locale, v.messageKey(), v.args()));
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            error = new FieldError(field, "INVALID_TYPE",
                    Messages.get(locale, "field.invalid-type", typeName(mismatch.getTargetType(), locale)));
        } else {
            error = new FieldError(field, "INVALID_VALUE", Messages.get(locale, "field.invalid-value"));
        }
        if (field.isEmpty()) {
            return ProblemResponses.of(ProblemType.MALFORMED_JSON, locale, uri.getRequestUri().getRawPath(),
                    Messages.get(locale, "detail.body-shape"), List.of(new FieldError("$", error.code(), error.message())));
        }
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, "detail.validation-failed"), List.of(error));
    }

    /**
     * A type Jackson cannot build is our fault, not the caller's; without this mapper Quarkus's own answers an empty
     * 500 instead of a problem+json one.
     */
    @ServerExceptionMapper(InvalidDefinitionException.class)
    public Response unreadableType(InvalidDefinitionException e, HttpHeaders headers, UriInfo uri) {
        return fault(e, Messages.localeOf(headers), uri);
    }

    @ServerExceptionMapper(JsonProcessingException.class)
    public Response otherJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return ProblemResponses.of(ProblemType.MALFORMED_JSON, locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, "detail.body-shape"), null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        // a token's account state is read from the database on the first request after a change: without a database
        // the token is not known bad, the service is unavailable
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, locale, uri);
        }
        boolean tokenSent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        Response problem = ProblemResponses.of(ProblemType.UNAUTHORIZED, locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, tokenSent ? "detail.token-invalid" : "detail.token-missing"), null);
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? BEARER_CHALLENGE + " error=\"invalid_token\"" : BEARER_CHALLENGE)
                .build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return ProblemResponses.of(ProblemType.FORBIDDEN, locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, "detail.forbidden"), null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return ProblemResponses.of(ProblemType.PRECONDITION_FAILED, locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, "detail.version-stale-concurrent"), null);
    }

    @ServerExceptionMapper({WebApplicationException.class, NotFoundException.class, NotAllowedException.class,
            NotSupportedException.class, NotAcceptableException.class})
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, Messages.localeOf(headers), uri);
        }
        if (e.getCause() instanceof ApiException api) {
            return api(api, headers, uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, headers, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException other) {
            return otherJson(other, headers, uri);
        }
        Locale locale = Messages.localeOf(headers);
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return fault(e, locale, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detailKey = switch (type) {
            case NOT_FOUND -> e.getCause() == null ? "detail.route-not-found" : "detail.bad-parameter";
            case METHOD_NOT_ALLOWED -> "detail.method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "detail.unsupported-media-type";
            case NOT_ACCEPTABLE -> "detail.not-acceptable";
            case PAYLOAD_TOO_LARGE -> "detail.payload-too-large";
            default -> "detail.bad-request";
        };
        if (type == ProblemType.NOT_FOUND && e.getCause() == null) {
            type = ProblemType.ROUTE_NOT_FOUND;
        } else if (type == ProblemType.NOT_FOUND) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; to the caller it is a bad request
            type = ProblemType.BAD_REQUEST;
        }
        Response problem = ProblemResponses.of(type, locale, uri.getRequestUri().getRawPath(), Messages.get(locale, detailKey), null);
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response anythingElse(Throwable e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, locale, uri);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api, headers, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleVersion((RuntimeException) cause, headers, uri);
            }
            if (cause instanceof SQLException sql && isPoolExhausted(sql)) {
                // overload, not a fault: every connection stayed busy for the whole acquisition timeout
                LOG.warnf("No database connection free in time for %s; answered 503", uri.getRequestUri().getRawPath());
                return Response.fromResponse(ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, locale,
                        uri.getRequestUri().getRawPath(), Messages.get(locale, "detail.busy"), null))
                        .header(HttpHeaders.RETRY_AFTER, "1").build();
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Response answer = fromSqlState(sql.getSQLState(), locale, uri);
                if (answer != null) {
                    LOG.debugf(sql, "Database refused a request: %s", sql.getSQLState());
                    return answer;
                }
            }
            if (cause instanceof io.vertx.core.http.HttpClosedException
                    || cause instanceof java.nio.channels.ClosedChannelException) {
                // the client went away while its body was being read: nobody will read this answer, and it is
                // not a fault of ours to log as one
                LOG.debugf("Client closed the connection during %s", uri.getRequestUri().getRawPath());
                return ProblemResponses.of(ProblemType.BAD_REQUEST, locale, uri.getRequestUri().getRawPath(),
                        Messages.get(locale, "detail.client-closed"), null);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return fault(e, locale, uri);
    }

    /**
     * No database answers (it is down, restarting or recovering): not a fault of ours nor the caller's, and the same
     * request will work again shortly. One line in the log, no stack trace: an outage would otherwise flood it.
     */
    private static Response databaseUnavailable(Throwable e, Locale locale, UriInfo uri) {
        LOG.warnf("No database answered for %s (%s); answered 503", uri.getRequestUri().getRawPath(), e);
        return Response.fromResponse(ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, locale,
                uri.getRequestUri().getRawPath(), Messages.get(locale, "detail.database-unavailable"), null))
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS)).build();
    }

    /**
     * The connection pool (Agroal) gave up waiting for a free connection. Agroal signals it with a plain SQLException
     * without SQLState, so it is told apart by where it was thrown.
     */
    private static boolean isPoolExhausted(SQLException e) {
        StackTraceElement[] frames = e.getStackTrace();
        return e.getSQLState() == null && frames.length > 0 && frames[0].getClassName().startsWith("io.agroal.pool.");
    }

    /** Integrity violations are the caller's doing (a duplicate, a dangling reference), not a server fault. */
    private static Response fromSqlState(String state, Locale locale, UriInfo uri) {
        return switch (state) {
            case "23505" -> ProblemResponses.of(ProblemType.CONFLICT, locale, uri.getRequestUri().getRawPath(),
                    Messages.get(locale, "detail.duplicate"), null);
            case "23503", "23P01" -> ProblemResponses.of(ProblemType.CONFLICT, locale, uri.getRequestUri().getRawPath(),
                    Messages.get(locale, "detail.reference-conflict"), null);
            case "22001", "22003", "22007", "22008", "22021", "22P02", "22P05", "23502", "23514" ->
                    ProblemResponses.of(ProblemType.BAD_REQUEST, locale, uri.getRequestUri().getRawPath(),
                            Messages.get(locale, "detail.value-refused"), null);
            case "40001", "40P01" -> ProblemResponses.of(ProblemType.CONFLICT, locale, uri.getRequestUri().getRawPath(),
                    Messages.get(locale, "detail.retry"), null);
            default -> null;
        };
    }

    private static Response fault(Throwable e, Locale locale, UriInfo uri) {
        String correlationId = ProblemResponses.currentRequestId();
        if (correlationId == null) {
            correlationId = java.util.UUID.randomUUID().toString();
        }
        LOG.errorf(e, "Unhandled fault, correlation id %s", correlationId);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR, locale, uri.getRequestUri().getRawPath(),
                Messages.get(locale, "detail.internal-error", correlationId), null, correlationId);
    }

    private static boolean hasKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name a caller knows: the JSON property path inside the body, or the parameter's name; never the Java
     * method and parameter names that Hibernate Validator puts first.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        boolean afterParameter = false;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> field.setLength(0);
                case PARAMETER -> {
                    // a query or header parameter keeps its name; a body parameter is replaced by the body's fields
                    field.setLength(0);
                    field.append(node.getName());
                    afterParameter = true;
                }
                default -> {
                    if (afterParameter) {
                        field.setLength(0);
                        afterParameter = false;
                    }
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        field.append('[').append(node.getKey()).append(']');
                    }
                    if (node.getName() != null) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.toString();
    }

    /** The stable code of a violated constraint: its annotation's name in upper snake case (NOT_BLANK). */
    public static String constraintCode(ConstraintViolation<?> violation) {
        String simple = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String typeName(Class<?> type, Locale locale) {
        if (type.isEnum()) {
            return Messages.get(locale, "type.enum", String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()));
        }
        String key;
        if (type == String.class || type == Character.class || type == char.class) {
            key = "type.string";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            key = "type.integer";
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            key = "type.number";
        } else if (type == Boolean.class || type == boolean.class) {
            key = "type.boolean";
        } else if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            key = type == java.time.LocalDate.class ? "type.date" : "type.datetime";
        } else if (type == java.util.UUID.class) {
            key = "type.uuid";
        } else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            key = "type.array";
        } else {
            key = "type.object";
        }
        return Messages.get(locale, key);
    }
}
