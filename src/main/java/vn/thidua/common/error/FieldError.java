package vn.thidua.common.error;

/**
 * One field-level validation failure: {@code field} is the JSON path of the offending value in the request
 * ({@code name}, {@code legalBases[2].reference}) or the name of a query or header parameter.
 */
public record FieldError(String field, String code, String message) {
}
