package vn.thidua.cluster.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thidua.cluster.FinalScoreMethod;
import vn.thidua.cluster.scoring.ScoreArithmetic.CrossScore;
import vn.thidua.cluster.scoring.ScoreArithmetic.MemberScores;
import vn.thidua.cluster.scoring.ScoreArithmetic.Standing;

/** The scoring arithmetic against figures worked out by hand (each expected value's sum is in the comment). */
class ScoreArithmeticTest {

    private static final BigDecimal TEN_PCT = BigDecimal.TEN;

    @Test
    void theFinalScoreIsTheMeanOfTheCrossScoresWithTheSelfScoreLeftOut() {
        // A: (80 + 82 + 84) / 3 = 82.00, whatever its self-score of 95
        Standing a = rank(List.of(member("Trường A", "95", "80", "82", "84")), FinalScoreMethod.MEAN_OF_CROSS_SCORES)
                .get(0);
        assertEquals(new BigDecimal("82.00"), a.finalScore());
        assertEquals(new BigDecimal("95"), a.selfScore());
        assertEquals(3, a.crossScoreCount());
    }

    @Test
    void theMeanIsRoundedHalfUpToTwoDecimalsOnceAtTheEnd() {
        // 240.01 / 3 = 80.00333.. -> 80.00; 270.02 / 3 = 90.00666.. -> 90.01; 320.02 / 4 = 80.005 -> 80.01 (half up)
        assertEquals(new BigDecimal("80.00"), finalScore(FinalScoreMethod.MEAN_OF_CROSS_SCORES, "80", "80", "80.01"));
        assertEquals(new BigDecimal("90.01"), finalScore(FinalScoreMethod.MEAN_OF_CROSS_SCORES, "90", "90.01",
                "90.01"));
        assertEquals(new BigDecimal("80.01"), finalScore(FinalScoreMethod.MEAN_OF_CROSS_SCORES, "80.01", "80.01",
                "80", "80"));
    }

    @Test
    void theTrimmedMeanDropsOneHighestAndOneLowest() {
        // (80 + 82 + 84) / 3 = 82.00, where the plain mean is 406 / 5 = 81.20
        assertEquals(new BigDecimal("82.00"), finalScore(FinalScoreMethod.TRIMMED_MEAN, "60", "80", "82", "84",
                "100"));
        assertEquals(new BigDecimal("81.20"), finalScore(FinalScoreMethod.MEAN_OF_CROSS_SCORES, "60", "80", "82",
                "84", "100"));
        // with equal extremes only one of each goes: (70 + 70 + 90) / 3 = 76.67
        assertEquals(new BigDecimal("76.67"), finalScore(FinalScoreMethod.TRIMMED_MEAN, "70", "70", "70", "90",
                "90"));
        // fewer than three: nothing to drop, (70 + 90) / 2 = 80.00
        assertEquals(new BigDecimal("80.00"), finalScore(FinalScoreMethod.TRIMMED_MEAN, "70", "90"));
    }

    @Test
    void crossScoresFarFromTheMeanAreFlaggedWithTheirDeviation() {
        // mean 406 / 5 = 81.2; 60 is 21.2 off = 26.108..% -> 26.11; 100 is 18.8 off = 23.152..% -> 23.15;
        // 80 (1.48%), 82 (0.99%) and 84 (3.45%) stay within 10%
        Standing s = rank(List.of(member("Trường A", null, "60", "80", "82", "84", "100")),
                FinalScoreMethod.TRIMMED_MEAN).get(0);
        assertEquals(new BigDecimal("81.20"), s.meanOfCrossScores());
        assertEquals(List.of(new BigDecimal("60"), new BigDecimal("100")),
                s.outliers().stream().map(ScoreArithmetic.Outlier::total).toList());
        assertEquals(List.of(new BigDecimal("26.11"), new BigDecimal("23.15")),
                s.outliers().stream().map(ScoreArithmetic.Outlier::deviationPct).toList());
        assertEquals("Trường 0", s.outliers().get(0).scorerName());
        // a threshold of 30% flags none of them
        assertTrue(ScoreArithmetic.rank(List.of(member("Trường A", null, "60", "80", "82", "84", "100")),
                FinalScoreMethod.TRIMMED_MEAN, new BigDecimal("30")).get(0).outliers().isEmpty());
    }

    @Test
    void equalFinalScoresShareARankAndAreListedTogetherByName() {
        // B (90 + 88 + 86) / 3 = 88.00 first; A (80 + 82 + 84) / 3 = 82.00 and C (82 + 82 + 82) / 3 = 82.00 share
        // second; E (70 + 72 + 74) / 3 = 72.00 is fourth (1, 2, 2, 4); D has no cross-score: no rank, listed last
        List<Standing> ranking = rank(List.of(
                member("Trường C", "99", "82", "82", "82"),
                member("Trường D", "90"),
                member("Trường A", "95", "80", "82", "84"),
                member("Trường E", "70", "70", "72", "74"),
                member("Trường B", "70", "90", "88", "86")), FinalScoreMethod.MEAN_OF_CROSS_SCORES);
        assertEquals(List.of("Trường B", "Trường A", "Trường C", "Trường E", "Trường D"),
                ranking.stream().map(Standing::name).toList());
        List<Integer> ranks = new ArrayList<>();
        ranking.forEach(s -> ranks.add(s.rank()));
        assertEquals(java.util.Arrays.asList(1, 2, 2, 4, null), ranks);
        assertEquals(List.of(false, true, true, false, false), ranking.stream().map(Standing::tied).toList());
        assertNull(ranking.get(4).finalScore());
        assertEquals(0, ranking.get(4).crossScoreCount());
    }

    @Test
    void scoresEqualOnlyBeforeRoundingAreTiedAfterIt() {
        // (80 + 80 + 80.01) / 3 = 80.0033 and (80 + 80 + 80) / 3 = 80: both 80.00, so tied
        List<Standing> ranking = rank(List.of(member("Trường A", null, "80", "80", "80.01"),
                member("Trường B", null, "80", "80", "80")), FinalScoreMethod.MEAN_OF_CROSS_SCORES);
        assertEquals(1, ranking.get(0).rank());
        assertEquals(1, ranking.get(1).rank());
        assertTrue(ranking.get(0).tied());
    }

    @Test
    void aMeanOfZeroFlagsNothing() {
        assertFalse(ScoreArithmetic.outliers(List.of(new CrossScore(UUID.randomUUID(), "Trường A", BigDecimal.ZERO)),
                BigDecimal.ZERO, TEN_PCT).iterator().hasNext());
    }

    private static List<Standing> rank(List<MemberScores> members, FinalScoreMethod method) {
        return ScoreArithmetic.rank(members, method, TEN_PCT);
    }

    private static BigDecimal finalScore(FinalScoreMethod method, String... cross) {
        return ScoreArithmetic.finalScore(java.util.Arrays.stream(cross).map(BigDecimal::new).toList(), method);
    }

    /** A member with its self-score (null: none) and the cross-scores it received, from "Trường 0", "Trường 1".. */
    private static MemberScores member(String name, String self, String... cross) {
        List<CrossScore> received = new ArrayList<>();
        for (int i = 0; i < cross.length; i++) {
            received.add(new CrossScore(UUID.randomUUID(), "Trường " + i, new BigDecimal(cross[i])));
        }
        return new MemberScores(UUID.randomUUID(), name, self == null ? null : new BigDecimal(self), received);
    }
}
