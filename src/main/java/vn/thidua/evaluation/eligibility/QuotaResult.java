package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A configured quota checked over a unit's candidates: {@code cap} = {@code ratio} × {@code base} rounded as
 * configured, where the base counts the unit's LĐTT recognised or its headcount; {@code used} the seats taken (holders
 * of the year, or accepted by the council). {@code candidates} are all who pass the title, in the ranking order;
 * {@code over} the ones beyond the seats left. Nobody is dropped: they keep their PASS,
 * and the council settles who goes.
 */
public record QuotaResult(String title, BigDecimal ratio, String of, String rounding, long base, long cap,
        long used, List<UUID> candidates, List<UUID> over) {

    public boolean exceeded() {
        return !over.isEmpty();
    }
}
