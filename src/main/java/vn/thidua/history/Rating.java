package vn.thidua.history;

/**
 * The result of the annual assessment (đánh giá, xếp loại chất lượng) of a civil servant, public employee or
 * collective, best first: hoàn thành xuất sắc nhiệm vụ, hoàn thành tốt, hoàn thành, không hoàn thành nhiệm vụ.
 */
public enum Rating {
    EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

    /** Whether this rating is {@code other} or better. */
    public boolean atLeast(Rating other) {
        return ordinal() <= other.ordinal();
    }
}
