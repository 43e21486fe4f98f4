package vn.thidua.evaluation;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * The vote counts of a unit's review meeting, counted on those present ({@code total}): those for and those against
 * cannot outnumber them together (the rest abstained or cast spoilt ballots). Each count may be missing while the
 * review is being written; a count without the number present means nothing, so it needs the total.
 */
record MeetingVotes(Integer votesFor, Integer votesAgainst, Integer total) {

    List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (total == null) {
            if (votesFor != null || votesAgainst != null) {
                violations.add(new FieldViolation("votesTotal", "NOT_NULL", "field.evaluation-votes-total-required"));
            }
            return violations;
        }
        int given = votesFor == null ? 0 : votesFor;
        if (votesFor != null && votesFor > total) {
            violations.add(new FieldViolation("votesFor", "VOTES_EXCEED_TOTAL", "field.evaluation-votes-for-exceed",
                    votesFor, total));
        } else if (votesAgainst != null && votesAgainst > total - given) {
            violations.add(new FieldViolation("votesAgainst", "VOTES_EXCEED_TOTAL",
                    "field.evaluation-votes-against-exceed", votesAgainst, total, given));
        }
        return violations;
    }
}
