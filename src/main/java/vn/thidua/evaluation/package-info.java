/**
 * Evaluations (bình xét): at the end of a plan (or of one of its phases), each person and unit that pledged assesses
 * its results against its commitments, the unit's review meeting proposes titles and forms with its vote counts and
 * attests what no record shows, and the proposals go to the council. The eligibility engine (sub-package
 * {@code eligibility}) reads evaluations through {@link vn.thidua.evaluation.EvaluationService#facts} and
 * {@link vn.thidua.evaluation.EvaluationService#factsOfPlan}.
 */
package vn.thidua.evaluation;
