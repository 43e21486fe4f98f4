package vn.thidua.cluster.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import vn.thidua.cluster.FinalScoreMethod;
import vn.thidua.org.VietnameseName;

/**
 * The arithmetic of a cluster's year, pure: each member's final score from the cross-scores it received (its own
 * self-score never counts), the cross-scores flagged as outliers, and the ranking with ties.
 * <ul>
 * <li>MEAN_OF_CROSS_SCORES: the sum of the cross-scores divided by their number.</li>
 * <li>TRIMMED_MEAN: one highest and one lowest cross-score dropped, then the mean; with fewer than three cross-scores
 * nothing can be dropped, and it is the plain mean.</li>
 * <li>Rounding: a final score is rounded half up to 2 decimals, once, at the end; ranks compare the rounded scores,
 * so members equal to the hundredth share a rank (1, 2, 2, 4), listed together in the Vietnamese alphabetical order
 * of their names.</li>
 * <li>Outliers: a cross-score whose distance from the (unrounded) mean of that member's cross-scores exceeds the
 * configured percentage of that mean; its deviation is shown in percent, rounded half up to 2 decimals. Flagging
 * does not change the final score: the cluster meeting weighs it.</li>
 * <li>A member with no cross-score has no final score and no rank; it is listed last.</li>
 * </ul>
 */
public final class ScoreArithmetic {

    public static final int SCALE = 2;
    private static final MathContext DIVISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreArithmetic() {
    }

    /** A cross-score a member received, with who gave it. */
    public record CrossScore(UUID scorerMemberId, String scorerName, BigDecimal total) {
    }

    /** What a member was scored: its own self-score (may be absent) and the cross-scores it received. */
    public record MemberScores(UUID memberId, String name, BigDecimal selfScore, List<CrossScore> crossScores) {
    }

    /** A cross-score flagged for being far from the mean, with its deviation in percent of the mean. */
    public record Outlier(UUID scorerMemberId, String scorerName, BigDecimal total, BigDecimal deviationPct) {
    }

    /** A member's line of the ranking; rank null when it has no cross-score. */
    public record Standing(Integer rank, boolean tied, UUID memberId, String name, BigDecimal selfScore,
            int crossScoreCount, BigDecimal meanOfCrossScores, BigDecimal finalScore, List<Outlier> outliers) {
    }

    public static List<Standing> rank(List<MemberScores> members, FinalScoreMethod method, BigDecimal outlierPct) {
        List<Standing> scored = new ArrayList<>();
        List<Standing> unscored = new ArrayList<>();
        for (MemberScores member : members) {
            List<BigDecimal> totals = member.crossScores().stream().map(CrossScore::total).toList();
            if (totals.isEmpty()) {
                unscored.add(new Standing(null, false, member.memberId(), member.name(), member.selfScore(), 0, null,
                        null, List.of()));
                continue;
            }
            BigDecimal mean = mean(totals);
            BigDecimal finalScore = finalScore(totals, method);
            scored.add(new Standing(null, false, member.memberId(), member.name(), member.selfScore(), totals.size(),
                    mean.setScale(SCALE, RoundingMode.HALF_UP), finalScore, outliers(member.crossScores(), mean,
                            outlierPct)));
        }
        scored.sort(Comparator.comparing(Standing::finalScore).reversed()
                .thenComparing((a, b) -> VietnameseName.compare(a.name(), b.name())));
        unscored.sort((a, b) -> VietnameseName.compare(a.name(), b.name()));
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Standing s = scored.get(i);
            int rank = i + 1;
            if (i > 0 && scored.get(i - 1).finalScore().compareTo(s.finalScore()) == 0) {
                rank = ranked.get(i - 1).rank();
            }
            boolean tied = (i > 0 && scored.get(i - 1).finalScore().compareTo(s.finalScore()) == 0)
                    || (i + 1 < scored.size() && scored.get(i + 1).finalScore().compareTo(s.finalScore()) == 0);
            ranked.add(new Standing(rank, tied, s.memberId(), s.name(), s.selfScore(), s.crossScoreCount(),
                    s.meanOfCrossScores(), s.finalScore(), s.outliers()));
        }
        ranked.addAll(unscored);
        return ranked;
    }

    /** The final score from the cross-scores, rounded half up to {@link #SCALE} decimals. */
    public static BigDecimal finalScore(List<BigDecimal> crossScores, FinalScoreMethod method) {
        List<BigDecimal> counted = new ArrayList<>(crossScores);
        if (method == FinalScoreMethod.TRIMMED_MEAN && counted.size() >= 3) {
            counted.sort(Comparator.naturalOrder());
            counted = counted.subList(1, counted.size() - 1);
        }
        return mean(counted).setScale(SCALE, RoundingMode.HALF_UP);
    }

    static List<Outlier> outliers(List<CrossScore> crossScores, BigDecimal mean, BigDecimal outlierPct) {
        if (mean.signum() == 0) {
            return List.of();
        }
        List<Outlier> flagged = new ArrayList<>();
        for (CrossScore score : crossScores) {
            BigDecimal deviation = score.total().subtract(mean).abs().multiply(HUNDRED).divide(mean.abs(), DIVISION);
            if (deviation.compareTo(outlierPct) > 0) {
                flagged.add(new Outlier(score.scorerMemberId(), score.scorerName(), score.total(),
                        deviation.setScale(SCALE, RoundingMode.HALF_UP)));
            }
        }
        return flagged;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), DIVISION);
    }
}
