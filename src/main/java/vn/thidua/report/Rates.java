package vn.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rates agencies are asked for at a review, as counts and as exact shares (scale 4, half up): staff holding
 * Lao động tiên tiến (LĐTT) of the headcount; Chiến sĩ thi đua cơ sở (CSTĐCS) against 15% of the LĐTT count, floored
 * (the cap of NĐ 91/2017 that many agencies still apply, though the 2022 law sets none); collectives awarded Tập thể
 * lao động xuất sắc (LĐXS) and Tập thể lao động tiên tiến of the collectives counted. A share whose base is zero is
 * null: there is nothing to take a share of.
 */
@Schema(name = "ReportRates", description = "The rates agencies are asked for, as counts and exact shares (scale 4).")
public record Rates(
        @Schema(required = true, description = "Standing ADVANCED_WORKER (LĐTT) titles of the year.") long advancedWorkers,
        @Schema(description = "advancedWorkers ÷ headcount; null without staff.", examples = "0.5714")
        BigDecimal advancedWorkerShare,
        @Schema(required = true, description = "Standing GRASSROOTS_EMULATION_FIGHTER (CSTĐCS) titles of the year.")
        long grassrootsFighters,
        @Schema(required = true, description = "15% of advancedWorkers, floored.") long grassrootsCap,
        @Schema(required = true, description = "OVER when grassrootsFighters exceeds grassrootsCap.")
        CapStanding grassrootsStanding,
        @Schema(required = true, description = "Collectives counted: active units.") long collectives,
        @Schema(required = true, description = "Standing EXCELLENT_COLLECTIVE (Tập thể LĐXS) titles of the year.")
        long excellentCollectives,
        @Schema(description = "excellentCollectives ÷ collectives; null without collectives.")
        BigDecimal excellentCollectiveShare,
        @Schema(required = true, description = "Standing ADVANCED_COLLECTIVE (Tập thể LĐTT) titles of the year.")
        long advancedCollectives,
        @Schema(description = "advancedCollectives ÷ collectives; null without collectives.")
        BigDecimal advancedCollectiveShare) {

    static final BigDecimal GRASSROOTS_CAP = new BigDecimal("0.15");
    static final int SCALE = 4;

    /** Whether the CSTĐCS count stays within the cap. */
    @Schema(name = "ReportCapStanding")
    public enum CapStanding {
        WITHIN, OVER
    }

    static Rates of(long headcount, long advancedWorkers, long grassrootsFighters, long collectives,
            long excellentCollectives, long advancedCollectives) {
        long cap = GRASSROOTS_CAP.multiply(BigDecimal.valueOf(advancedWorkers)).setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        return new Rates(advancedWorkers, share(advancedWorkers, headcount), grassrootsFighters, cap,
                grassrootsFighters > cap ? CapStanding.OVER : CapStanding.WITHIN, collectives, excellentCollectives,
                share(excellentCollectives, collectives), advancedCollectives, share(advancedCollectives, collectives));
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }
}
