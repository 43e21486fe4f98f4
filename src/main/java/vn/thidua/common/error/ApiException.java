package vn.thidua.common.error;

import java.util.List;

/**
 * The one exception the product throws for an answer that is the caller's doing (not found, conflict, stale
 * version, ...). It carries a message key and arguments rather than text, so that the answer can be given in the
 * caller's language; {@link ProblemMappers} turns it into problem+json.
 */
public class ApiException extends RuntimeException {

    private final ProblemType problemType;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldViolation> violations;

    /** A field error whose message is still a key in {@code i18n/messages}. */
    public record FieldViolation(String field, String code, String messageKey, Object... args) {
    }

    public ApiException(ProblemType problemType, String messageKey, Object... args) {
        this(problemType, List.of(), messageKey, args);
    }

    private ApiException(ProblemType problemType, List<FieldViolation> violations, String messageKey, Object... args) {
        super(problemType.code() + ": " + messageKey);
        this.problemType = problemType;
        this.messageKey = messageKey;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    /** @param kindKey message key naming the kind of object, e.g. {@code kind.unit} */
    public static ApiException notFound(String kindKey) {
        return new ApiException(ProblemType.NOT_FOUND, "detail.not-found", new Messages.Key(kindKey));
    }

    public static ApiException conflict(String messageKey, Object... args) {
        return new ApiException(ProblemType.CONFLICT, messageKey, args);
    }

    public static ApiException forbidden(String messageKey, Object... args) {
        return new ApiException(ProblemType.FORBIDDEN, messageKey, args);
    }

    public static ApiException invalid(List<FieldViolation> violations) {
        return new ApiException(ProblemType.VALIDATION_FAILED, violations, "detail.validation-failed");
    }

    /** A request well formed but refused for what the object it acts on lacks, each gap a field error. */
    public static ApiException incomplete(ProblemType problemType, String messageKey, List<FieldViolation> violations) {
        return new ApiException(problemType, violations, messageKey);
    }

    public static ApiException invalid(String field, String code, String messageKey, Object... args) {
        return invalid(List.of(new FieldViolation(field, code, messageKey, args)));
    }

    public ProblemType problemType() {
        return problemType;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
