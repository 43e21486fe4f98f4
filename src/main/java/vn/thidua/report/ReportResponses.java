package vn.thidua.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.evaluation.eligibility.QuotaReckoning;

/**
 * What the summary report answers. Every map holds every key it can have (each status, each code of the catalogue
 * that fits), zeros included, so that a table built from it has the same columns for every unit and every year.
 */
public final class ReportResponses {

    private ReportResponses() {
    }

    @Schema(name = "ReportSummary", description = "The figures of a plan (or a year) for a unit or its subtree: one "
            + "entry per unit that has staff or results, and their sum.")
    public record Summary(
            @Schema(description = "The plan reported on; null for a whole year.") UUID planId,
            @Schema(required = true, description = "The year of the titles, commendations and cash: the plan's year, "
                    + "or the year asked for.", examples = "2025") int year,
            @Schema(description = "The unit reported on (the caller's home unit unless asked).") UUID unitId,
            @Schema(examples = "Trường Chính trị tỉnh Lai Châu") String unitName,
            @Schema(required = true, description = "Whether the units below it are included.") boolean subtree,
            @Schema(description = "Per unit, parents before their children.") List<UnitFigures> units,
            @Schema(description = "The sum over the subtree; its rates are computed from the summed counts.")
            UnitFigures total,
            @Schema(required = true, description = "The quotas the unit configured, reckoned over its subtree for the "
                    + "year as the council, eligibility, decisions and proposals reckon them.") List<Quota> quotas) {
    }

    @Schema(name = "ReportQuota", description = """
            A quota the unit configured on an award: `cap` = `ratio` × `base` rounded as configured, `base` the people \
            recognised Lao động tiên tiến for the year (holding it, or accepted for it by the council) or the headcount; \
            `used` the subjects holding the award for the year or accepted for it by the council; OVER when `used` \
            exceeds `cap`.""")
    public record Quota(@Schema(required = true, examples = "GRASSROOTS_EMULATION_FIGHTER") String awardCode,
            @Schema(required = true, examples = "0.15") BigDecimal ratio,
            @Schema(required = true, examples = "ADVANCED_WORKER") String of,
            @Schema(required = true, examples = "FLOOR") String rounding, @Schema(required = true) long base,
            @Schema(required = true) long cap, @Schema(required = true) long used,
            @Schema(required = true) Rates.CapStanding standing) {

        static Quota of(QuotaReckoning.Quota q) {
            return new Quota(q.awardCode(), q.ratio(), q.of(), q.rounding(), q.base(), q.cap(), q.used(),
                    Rates.CapStanding.of(q));
        }
    }

    @Schema(name = "ReportUnitFigures", description = "The figures of one unit (its own staff and collective), or the "
            + "sum of a subtree.")
    public record UnitFigures(
            UUID unitId,
            @Schema(examples = "TCT-KLLCS") String unitCode,
            @Schema(examples = "Khoa Lý luận cơ sở") String unitName,
            @Schema(required = true, description = "Active staff (cán bộ, viên chức, người lao động).") long headcount,
            Pledges pledges,
            Evaluations evaluations,
            Titles titles,
            Commendations commendations,
            Cash cash,
            Rates rates) {
    }

    @Schema(name = "ReportPledges", description = "Pledges (đăng ký thi đua) of the plan, or of the year's plans.")
    public record Pledges(
            @Schema(description = "All pledges by status.") Map<String, Long> byStatus,
            @Schema(description = "Live pledges (neither withdrawn nor rejected) by title code.")
            Map<String, Long> byTitle) {
    }

    @Schema(name = "ReportEvaluations", description = "Evaluations (bình xét) of the plan, or of the year's plans.")
    public record Evaluations(
            Map<String, Long> byStatus,
            @Schema(description = "Evaluations whose review meeting proposed each title.")
            Map<String, Long> proposedTitles,
            @Schema(description = "Evaluations whose review meeting proposed each commendation form.")
            Map<String, Long> proposedForms) {
    }

    @Schema(name = "ReportTitles", description = "Emulation titles of the year in history (from decisions and "
            + "imported records).")
    public record Titles(
            @Schema(description = "Standing titles by code.") Map<String, Long> byAward,
            @Schema(required = true, description = "Titles of the year revoked since.") long revoked) {
    }

    @Schema(name = "ReportCommendations", description = "Commendation forms of the year in history (from decisions "
            + "and imported records).")
    public record Commendations(
            @Schema(description = "Standing forms by code.") Map<String, Long> byForm,
            @Schema(description = "Standing forms by the level that awards them: AGENCY, PROVINCE, NATIONAL.")
            Map<String, Long> byLevel,
            @Schema(required = true, description = "Forms of the year revoked since.") long revoked) {
    }

    @Schema(name = "ReportCash", description = "Cash awards (tiền thưởng, VND) of the lines of the year's signed "
            + "decisions.")
    public record Cash(
            @Schema(description = "Standing lines by award code.") Map<String, CashByAward> byAward,
            @Schema(required = true, description = "Sum of the standing lines' amounts.") long totalVnd,
            @Schema(required = true, description = "Lines revoked since; their amounts are not in totalVnd.")
            long revokedLines,
            @Schema(required = true, description = "What the revoked lines owe back.") long owedVnd,
            @Schema(required = true, description = "Of it, what has been recovered.") long recoveredVnd) {
    }

    @Schema(name = "ReportCashByAward", description = "The standing lines of one award and their sum.")
    public record CashByAward(@Schema(required = true) long lines, @Schema(required = true) long amountVnd) {
    }
}
