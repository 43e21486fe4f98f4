package vn.thidua.evaluation.eligibility;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules a rule set may name, by name. Adding a kind of criterion means adding a class here. */
public final class Rules {

    private static final Map<String, Rule> BY_NAME = List.of(new NoPendingProceeding(), new AfterServedDiscipline(),
            new RatingAtLeast(), new Registered(), new MinMonthsEmployed(), new NoDisciplineInPeriod(),
            new Attestation(), new QualifiesFor(), new AnyOf(), new AllOf(), new InitiativeCount(),
            new ConsecutiveAwards(), new ConsecutiveRatings(), new CouncilVote(), new LeadsCluster(),
            new MemberShare(), new AllMembersRatedAtLeast(), new MemberWithTitle(), new NoMemberDiscipline())
            .stream().collect(Collectors.toUnmodifiableMap(Rule::name, Function.identity()));

    private Rules() {
    }

    public static boolean known(String name) {
        return BY_NAME.containsKey(name);
    }

    public static java.util.Set<String> names() {
        return BY_NAME.keySet();
    }

    static Rule byName(String name) {
        Rule rule = BY_NAME.get(name);
        if (rule == null) {
            throw new RuleDataException("no rule named " + name);
        }
        return rule;
    }
}
