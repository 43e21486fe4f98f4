package vn.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.evaluation.eligibility.QuotaReckoning;

/**
 * The rates agencies are asked for at a review, as counts and as exact shares (scale 4, half up): staff holding
 * Lao động tiên tiến (LĐTT) of the headcount; Chiến sĩ thi đua cơ sở (CSTĐCS) against the quota the unit configured
 * for it, if any (the 2022 law sets none; 15% of LĐTT was NĐ 91/2017's), as {@code QuotaReckoning} reckons it for the
 * report's unit; collectives awarded Tập thể lao động xuất sắc (LĐXS) and Tập thể lao động tiên tiến of the collectives
 * counted. A share whose base is zero is null: there is nothing to take a share of.
 */
@Schema(name = "ReportRates", description = "The rates agencies are asked for, as counts and exact shares (scale 4).")
public record Rates(
        @Schema(required = true, description = "Standing ADVANCED_WORKER (LĐTT) titles of the year.") long advancedWorkers,
        @Schema(description = "advancedWorkers ÷ headcount; null without staff.", examples = "0.5714")
        BigDecimal advancedWorkerShare,
        @Schema(required = true, description = "Standing GRASSROOTS_EMULATION_FIGHTER (CSTĐCS) titles of the year.")
        long grassrootsFighters,
        @Schema(description = "The cap of the CSTĐCS quota the report's unit configured (`quotas` of the report), on "
                + "the total only; null on the units' rows and when no quota is configured.") Long grassrootsCap,
        @Schema(description = "OVER when the quota's use exceeds grassrootsCap; null where grassrootsCap is.")
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

    static final int SCALE = 4;

    /** Whether the CSTĐCS count stays within the cap. */
    @Schema(name = "ReportCapStanding")
    public enum CapStanding {
        WITHIN, OVER;

        static CapStanding of(QuotaReckoning.Quota quota) {
            return quota.used() > quota.cap() ? OVER : WITHIN;
        }
    }

    /** @param grassrootsQuota the reckoned CSTĐCS quota of the report's unit, for the total; null otherwise */
    static Rates of(long headcount, long advancedWorkers, long grassrootsFighters, long collectives,
            long excellentCollectives, long advancedCollectives, QuotaReckoning.Quota grassrootsQuota) {
        return new Rates(advancedWorkers, share(advancedWorkers, headcount), grassrootsFighters,
                grassrootsQuota == null ? null : grassrootsQuota.cap(),
                grassrootsQuota == null ? null : CapStanding.of(grassrootsQuota), collectives, excellentCollectives,
                share(excellentCollectives, collectives), advancedCollectives, share(advancedCollectives, collectives));
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }
}
