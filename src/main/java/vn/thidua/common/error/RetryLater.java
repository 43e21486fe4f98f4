package vn.thidua.common.error;

/** An {@link ApiException} whose answer tells the caller, in {@code Retry-After}, how many seconds to wait. */
public class RetryLater extends ApiException {

    private final long retryAfterSeconds;

    public RetryLater(ProblemType problemType, long retryAfterSeconds, String messageKey, Object... args) {
        super(problemType, messageKey, args);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
