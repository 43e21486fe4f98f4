package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A configured quota checked over a unit's candidates: {@code cap} = {@code ratio} × {@code base} rounded as
 * configured, where the base counts the unit's LĐTT holders or its headcount. {@code candidates} are all who pass
 * the title, in the ranking order; {@code over} the ones beyond the cap. Nobody is dropped: they keep their PASS,
 * and the council settles who goes.
 */
public record QuotaResult(String title, BigDecimal ratio, String of, String rounding, long base, long cap,
        List<UUID> candidates, List<UUID> over) {

    public boolean exceeded() {
        return !over.isEmpty();
    }
}
