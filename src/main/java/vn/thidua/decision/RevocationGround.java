package vn.thidua.decision;

/**
 * The grounds on which the law annuls a commendation (Luật Thi đua, khen thưởng 2022, chương VII): achievements declared
 * fraudulently, false information or a forged dossier, an appraisal, review or proposal that broke the law, and a
 * competent conclusion, decision or judgement showing the criteria were not met in the achievement period.
 */
public enum RevocationGround {
    FALSIFIED_ACHIEVEMENTS, FORGED_DOSSIER, UNLAWFUL_PROCEDURE, VIOLATION_ESTABLISHED
}
