package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.catalog.RuleName;
import vn.thidua.catalog.RuleSettings;
import vn.thidua.evaluation.CouncilVerdict;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;

/**
 * The council's vote, where the agency's settings require one for the title ({@code vote.<TITLE>}: NĐ 98/2023 điều
 * 30.7, 80% or 90% of all members). Once a council session has decided on the title for the subject's evaluation,
 * its verdict decides: PASS when passed and within any quota, FAIL otherwise. Before that the records cannot decide
 * it: the title awaits the council, and the answer says what the vote needs.
 */
final class CouncilVote implements Rule {

    @Override
    public RuleName name() {
        return RuleName.COUNCIL_VOTE;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        String title = params.text("title");
        JsonNode vote = judgement.settings().get("vote." + title);
        var result = CriterionResult.of(criterion).value("setting", "vote." + title);
        if (!RuleSettings.voteRequired(vote)) {
            return result.value("required", false).is(Outcome.NOT_APPLICABLE, "eligibility.vote-not-required");
        }
        result.value("required", true);
        CouncilVerdict verdict = judgement.subject().councilVerdicts().get(title);
        if (verdict != null) {
            return decided(result, verdict);
        }
        String base = vote.path("base").asText("ALL_MEMBERS");
        BigDecimal minRatio = vote.path("minRatio").decimalValue();
        String comparison = vote.path("comparison").asText("GTE");
        result.value("base", base).value("minRatio", minRatio).value("comparison", comparison)
                .value("quorum", vote.path("quorum").decimalValue())
                .value("writtenVotes", vote.path("writtenVotes").asBoolean(false));
        return result.is(Outcome.AWAITING_COUNCIL, "eligibility.vote-awaited",
                Term.of("share." + comparison, Words.percent(minRatio)), Term.of("vote.base." + base));
    }

    /**
     * The verdict as the criterion's finding; an item the council agreed without a vote (its own settings needed
     * none) or could not count (no quorum, nobody able to vote) has no count to state.
     */
    private static CriterionResult decided(CriterionResult.Builder result, CouncilVerdict verdict) {
        boolean passed = CouncilVerdict.PASSED.equals(verdict.outcome());
        boolean accepted = passed && verdict.accepted();
        result.value("session", verdict.sessionId()).value("approve", verdict.approve()).value("base", verdict.base())
                .value("ratio", verdict.ratio()).value("outcome", verdict.outcome())
                .value("accepted", verdict.accepted());
        Outcome outcome = accepted ? Outcome.PASS : Outcome.FAIL;
        if (verdict.base() == 0 || verdict.ratio() == null) {
            String key = !passed ? "eligibility.vote-not-agreed"
                    : accepted ? "eligibility.vote-agreed" : "eligibility.vote-agreed-over-quota";
            return result.is(outcome, key);
        }
        String key = !passed ? "eligibility.vote-failed"
                : accepted ? "eligibility.vote-passed" : "eligibility.vote-passed-over-quota";
        return result.is(outcome, key, String.valueOf(verdict.approve()), String.valueOf(verdict.base()),
                Words.percent(verdict.ratio()));
    }
}
