package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;


import vn.thidua.history.Rating;
import vn.thidua.history.SubjectHistory;
import vn.thidua.org.OrgDirectory;

/**
 * Quotas an agency configured ({@code quota.<TITLE>}: none by default under the 2022 law; 15% of LĐTT holders was
 * NĐ 91/2017's cap and is a common local choice), as {@link QuotaReckoning} reckons them. The cap is computed exactly
 * and rounded as configured (FLOOR by default: 6 LĐTT allow 0 CSTĐCS at 15%, 7 allow 1, 40 allow 6).
 * <p>
 * Candidates are ranked so that the answer can say which are over: first by the share of the unit meeting that voted
 * for them, then an excellent rating first, then more initiatives in the year, then by name in staff-list order. The
 * ranking only orders the report; the council decides.
 */
public final class Quotas {

    private Quotas() {
    }

    /** The cap for a base count: ratio × base, rounded FLOOR, ROUND (half up) or CEIL. */
    public static long cap(BigDecimal ratio, long base, String rounding) {
        RoundingMode mode = switch (rounding == null ? "FLOOR" : rounding.toUpperCase(Locale.ROOT)) {
            case "CEIL" -> RoundingMode.CEILING;
            case "ROUND" -> RoundingMode.HALF_UP;
            default -> RoundingMode.FLOOR;
        };
        return ratio.multiply(BigDecimal.valueOf(base)).setScale(0, mode).longValueExact();
    }

    /**
     * The reckoned {@code quota} of {@code title} over {@code people} (the unit's people): those passing the title who
     * do not hold a seat already, ranked, fill the seats left; the rest are over.
     */
    public static QuotaResult check(EligibilityEngine engine, QuotaReckoning.Quota quota, List<Candidate> people) {
        String title = quota.awardCode();
        List<Candidate> candidates = people.stream()
                .filter(p -> engine.outcome(p.id(), title).outcome() == Outcome.PASS)
                .sorted(ranking(engine.period().year())).toList();
        List<UUID> ids = candidates.stream().map(Candidate::id).toList();
        List<UUID> contending = ids.stream().filter(id -> !quota.holders().contains(id)).toList();
        long left = quota.left();
        List<UUID> over = contending.size() > left ? contending.subList((int) left, contending.size()) : List.of();
        return new QuotaResult(title, quota.ratio(), quota.of(), quota.rounding(), quota.base(), quota.cap(),
                quota.used(), ids, List.copyOf(over));
    }

    static Comparator<Candidate> ranking(int year) {
        Comparator<Candidate> byVote = Comparator.comparing(c -> c.unitVoteRatio() == null ? -1.0 : c.unitVoteRatio(),
                Comparator.reverseOrder());
        Comparator<Candidate> byRating = Comparator.comparing(c -> c.history().assessments().stream()
                .filter(a -> a.year() == year).map(SubjectHistory.Assessment::rating).findFirst()
                .orElse(Rating.NOT_COMPLETED));
        Comparator<Candidate> byInitiatives = Comparator.comparing(
                c -> c.history().initiatives().stream().filter(i -> i.year() == year).count(),
                Comparator.reverseOrder());
        return byVote.thenComparing(byRating).thenComparing(byInitiatives)
                .thenComparing((a, b) -> OrgDirectory.compareNames(a.name(), b.name()))
                .thenComparing(Candidate::id);
    }
}
