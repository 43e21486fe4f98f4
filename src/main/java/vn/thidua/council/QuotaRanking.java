package vn.thidua.council;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.thidua.evaluation.eligibility.Quotas;

/**
 * Applies a configured quota ({@code quota.<TITLE>}) to the items of one title that passed: ranked by their approving
 * share, the first {@code cap} stand WITHIN it and the rest OVER, except that items sharing the share of the last
 * place inside the cap with one outside it are TIED. The ranking never settles a tie: the council does, by choosing
 * which of the tied take the seats left ({@link #settle}).
 */
public final class QuotaRanking {

    private QuotaRanking() {
    }

    /**
     * A passed item as the ranking sees it: its approvals of its base, compared exactly (8 of 10 and 12 of 15 tie).
     * {@code order} breaks no tie, it only keeps the listing stable.
     */
    public record Ranked(UUID itemId, int approve, int base, int order) {

        int compareShare(Ranked other) {
            return Long.compare((long) approve * other.base, (long) other.approve * base);
        }
    }

    /**
     * The quota over one title's passed items.
     *
     * @param base    what the ratio is taken of (the LĐTT recognised or the headcount of the council's agency)
     * @param used    the seats already taken by others (holders of the year, or accepted by an earlier session)
     * @param ranking every passed item, best first
     * @param seats   the seats left for the tied items ({@code cap} − {@code used} − WITHIN)
     */
    public record Outcome(String title, BigDecimal ratio, String of, String rounding, long base, long cap, long used,
            List<UUID> ranking, List<UUID> within, List<UUID> over, List<UUID> tied, int seats) {

        public boolean hasTie() {
            return !tied.isEmpty();
        }
    }

    /** The quota over one title's passed items, {@code used} of its cap being taken by others already. */
    public static Outcome apply(String title, BigDecimal ratio, String of, String rounding, long base, long used,
            List<Ranked> passed) {
        long quotaCap = Quotas.cap(ratio, base, rounding);
        long cap = Math.max(0, quotaCap - used);
        List<Ranked> ranked = new ArrayList<>(passed);
        ranked.sort(((Comparator<Ranked>) (a, b) -> b.compareShare(a)).thenComparingInt(Ranked::order));
        List<UUID> ranking = ranked.stream().map(Ranked::itemId).toList();
        if (ranked.size() <= cap) {
            return new Outcome(title, ratio, of, rounding, base, quotaCap, used, ranking, ranking, List.of(), List.of(), 0);
        }
        if (cap == 0) {
            return new Outcome(title, ratio, of, rounding, base, quotaCap, used, ranking, List.of(), ranking, List.of(), 0);
        }
        Ranked last = ranked.get((int) cap - 1);
        boolean tieAtCap = last.compareShare(ranked.get((int) cap)) == 0;
        List<UUID> within = new ArrayList<>();
        List<UUID> over = new ArrayList<>();
        List<UUID> tied = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            if (tieAtCap && r.compareShare(last) == 0) {
                tied.add(r.itemId());
            } else if (i < cap) {
                within.add(r.itemId());
            } else {
                over.add(r.itemId());
            }
        }
        return new Outcome(title, ratio, of, rounding, base, quotaCap, used, ranking, List.copyOf(within),
                List.copyOf(over), List.copyOf(tied), (int) cap - within.size());
    }

    /**
     * The council's settlement of a tie: {@code admitted}, exactly as many of the tied items as there are seats, join
     * those WITHIN; the other tied items go OVER. Anything else is refused by the caller before this.
     */
    public static Outcome settle(Outcome tiedOutcome, Set<UUID> admitted) {
        if (admitted.size() != tiedOutcome.seats() || !tiedOutcome.tied().containsAll(admitted)) {
            throw new IllegalArgumentException("a settlement admits exactly " + tiedOutcome.seats() + " of the tied");
        }
        List<UUID> within = new ArrayList<>();
        List<UUID> over = new ArrayList<>();
        for (UUID id : tiedOutcome.ranking()) {
            if (tiedOutcome.within().contains(id) || admitted.contains(id)) {
                within.add(id);
            } else {
                over.add(id);
            }
        }
        return new Outcome(tiedOutcome.title(), tiedOutcome.ratio(), tiedOutcome.of(), tiedOutcome.rounding(),
                tiedOutcome.base(), tiedOutcome.cap(), tiedOutcome.used(), tiedOutcome.ranking(), List.copyOf(within), List.copyOf(over),
                List.of(), 0);
    }
}
