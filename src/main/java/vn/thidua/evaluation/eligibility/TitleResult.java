package vn.thidua.evaluation.eligibility;

import java.util.List;

/**
 * What a title comes to for one subject: FAIL when a criterion fails, NEEDS_REVIEW when one needs a person to look
 * (a record is missing, an attestation is not made yet), PASS otherwise; {@code awaitingCouncil} when it passes
 * everything the records decide and still needs the council's vote. {@code criteria} starts with the general ones
 * every title must meet.
 */
public record TitleResult(String title, Outcome outcome, boolean awaitingCouncil, List<CriterionResult> criteria) {

    TitleResult withoutCriteria() {
        return new TitleResult(title, outcome, awaitingCouncil, List.of());
    }

    static TitleResult of(String title, List<CriterionResult> criteria) {
        Outcome outcome = Outcome.allOf(criteria.stream().map(CriterionResult::outcome).toList());
        boolean council = outcome != Outcome.FAIL
                && criteria.stream().anyMatch(c -> c.outcome() == Outcome.AWAITING_COUNCIL);
        return new TitleResult(title, outcome, council, criteria);
    }
}
