package vn.thidua.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error answer: RFC 9457 problem details, plus a stable {@code code}, field-level
 * {@code errors} for validation, and for a server fault only the {@code correlationId} that also stands in the log.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
