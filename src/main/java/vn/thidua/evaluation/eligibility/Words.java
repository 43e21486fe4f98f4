package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Small pieces of the sentences: lists of years, spans, shares as percentages, a few names. */
final class Words {

    /** Names listed in a sentence before "…" stands for the rest. */
    static final int NAMES_SHOWN = 5;

    private Words() {
    }

    static String years(Collection<Integer> years) {
        return years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** "2025", or "2023–2025". */
    static String span(int from, int to) {
        return from == to ? String.valueOf(to) : from + "–" + to;
    }

    /** A ratio as a percentage with at most one decimal: 0.7 → "70", 2/3 → "66.7". */
    static String percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static String percent(long part, long whole) {
        if (whole == 0) {
            return "0";
        }
        return percent(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP));
    }

    static String names(List<Candidate> candidates) {
        String shown = candidates.stream().limit(NAMES_SHOWN).map(Candidate::name).collect(Collectors.joining(", "));
        return candidates.size() > NAMES_SHOWN ? shown + ", …" : shown;
    }
}
