package vn.thidua.common.api;

/**
 * An answer with parts that are shown once only (a secret given out on creation): {@link Idempotency} stores, and
 * so replays, {@link #forReplay()} instead, so that retrying a request never hands the secret out a second time.
 */
public interface ShownOnce {

    /** This answer without its once-only parts. */
    Object forReplay();
}
