package vn.thidua.evaluation.eligibility;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.catalog.RuleName;
import vn.thidua.evaluation.eligibility.CriterionResult.AwardName;

/** At least {@code minCount} members earn {@code title} (TTLĐXS: a member who is CSTĐCS, Luật 2022 điều 27.1.d). */
final class MemberWithTitle implements Rule {

    @Override
    public RuleName name() {
        return RuleName.MEMBER_WITH_TITLE;
    }

    @Override
    public CriterionResult check(Criterion criterion, Params params, Judgement judgement) {
        String title = params.text("title");
        int minCount = params.integer("minCount", 1);
        List<Candidate> holders = new ArrayList<>();
        List<Candidate> awaiting = new ArrayList<>();
        List<Candidate> undecided = new ArrayList<>();
        for (Candidate member : judgement.members()) {
            switch (judgement.holding(member, title)) {
                case HOLDS -> holders.add(member);
                case AWAITING_COUNCIL -> awaiting.add(member);
                case UNCERTAIN -> undecided.add(member);
                default -> { }
            }
        }
        var result = CriterionResult.of(criterion).value("title", title).value("minCount", minCount)
                .value("holders", holders.stream().map(Candidate::id).toList())
                .value("awaitingCouncil", awaiting.stream().map(Candidate::id).toList())
                .value("undecided", undecided.stream().map(Candidate::id).toList());
        if (holders.size() >= minCount) {
            return result.is(Outcome.PASS, "eligibility.member-title-pass", String.valueOf(holders.size()),
                    new AwardName(title), Words.names(holders));
        }
        if (holders.size() + awaiting.size() >= minCount) {
            return result.is(Outcome.AWAITING_COUNCIL, "eligibility.member-title-awaiting",
                    String.valueOf(awaiting.size()), new AwardName(title), Words.names(awaiting));
        }
        if (holders.size() + awaiting.size() + undecided.size() >= minCount) {
            return result.is(Outcome.NEEDS_REVIEW, "eligibility.member-title-review", new AwardName(title),
                    Words.names(undecided));
        }
        return result.is(Outcome.FAIL, "eligibility.member-title-fail", new AwardName(title),
                String.valueOf(minCount));
    }
}
