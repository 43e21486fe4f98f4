package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;

/**
 * The council's vote, where the agency's settings require one for the title ({@code vote.<TITLE>}: NĐ 98/2023 điều
 * 30.7, 80% or 90% of all members). The records cannot decide it: the title then awaits the council, and the answer
 * says what the vote needs.
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
        if (!vote.path("required").asBoolean(false)) {
            return result.value("required", false).is(Outcome.NOT_APPLICABLE, "eligibility.vote-not-required");
        }
        String base = vote.path("base").asText("ALL_MEMBERS");
        BigDecimal minRatio = vote.path("minRatio").decimalValue();
        String comparison = vote.path("comparison").asText("GTE");
        result.value("required", true).value("base", base).value("minRatio", minRatio).value("comparison", comparison)
                .value("quorum", vote.path("quorum").decimalValue())
                .value("writtenVotes", vote.path("writtenVotes").asBoolean(false));
        return result.is(Outcome.AWAITING_COUNCIL, "eligibility.vote-awaited",
                Term.of("share." + comparison, Words.percent(minRatio)), Term.of("vote.base." + base));
    }
}
