package vn.thidua.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The arithmetic of the cash award (NĐ 98/2023, NĐ 152/2025 điều 49): coefficient × multiplier × base salary, rounded
 * up to the next ten thousand đồng. Exact decimals throughout: a double would turn 0.3 × 2,340,000 into 701,999.99...
 * and a ceiling would then land on the wrong side.
 */
public final class CashRule {

    static final BigDecimal ROUNDING_STEP = BigDecimal.valueOf(10_000);

    private CashRule() {
    }

    /** The product before rounding, in đồng. */
    public static BigDecimal exact(BigDecimal coefficient, BigDecimal multiplier, long baseSalary) {
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(multiplier, "multiplier");
        return plain(coefficient.multiply(multiplier).multiply(BigDecimal.valueOf(baseSalary)));
    }

    /** Without trailing zeros but never in exponent form: 702000.0000 is 702000 and 1.50 is 1.5, not 7.02E+5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The amount paid, in đồng: the exact product rounded up to a multiple of 10,000 (one already is stays). */
    public static long amount(BigDecimal coefficient, BigDecimal multiplier, long baseSalary) {
        return exact(coefficient, multiplier, baseSalary).divide(ROUNDING_STEP, 0, RoundingMode.CEILING)
                .multiply(ROUNDING_STEP).longValueExact();
    }
}
