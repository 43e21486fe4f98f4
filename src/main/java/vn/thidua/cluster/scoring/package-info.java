/**
 * A cluster's scoring (chấm điểm thi đua cụm, khối): the scoring table of the year in versions (a version in use is
 * never edited), the year's round (SELF_SCORING → CROSS_SCORING → CLOSED, moved on by the head), the members' score
 * sheets, the arithmetic of final scores, outliers and ties ({@link vn.thidua.cluster.scoring.ScoreArithmetic}), and
 * the ranking written when the round closes, with its CSV/XLSX export.
 * <p>
 * Before the round closes, a member's accounts see only the sheets their agency gave (its self-score, the cross-scores
 * it gave) and, while cross-scoring, the self-scores of the members it is to score; never another's cross-score nor the
 * ranking. The organiser's side sees every sheet. After closing, every member sees everything.
 */
package vn.thidua.cluster.scoring;
