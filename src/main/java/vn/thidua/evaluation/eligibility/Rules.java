package vn.thidua.evaluation.eligibility;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.catalog.RuleName;

/**
 * The class of each rule a rule set may name ({@link RuleName}, which the catalogue checks criteria against).
 * Adding a kind of criterion means a name there and a class here; {@code RulesTest} keeps the two lists equal.
 */
final class Rules {

    private static final Map<RuleName, Rule> BY_NAME = new EnumMap<>(RuleName.class);

    static {
        List.of(new NoPendingProceeding(), new AfterServedDiscipline(), new RatingAtLeast(), new Registered(),
                new MinMonthsEmployed(), new NoDisciplineInPeriod(), new Attestation(), new QualifiesFor(),
                new AnyOf(), new AllOf(), new InitiativeCount(), new ConsecutiveAwards(), new ConsecutiveRatings(),
                new CouncilVote(), new LeadsCluster(), new MemberShare(), new AllMembersRatedAtLeast(),
                new MemberWithTitle(), new NoMemberDiscipline()).forEach(rule -> BY_NAME.put(rule.name(), rule));
    }

    private Rules() {
    }

    static Set<RuleName> implemented() {
        return BY_NAME.keySet();
    }

    static Rule byName(String name) {
        Rule rule = RuleName.known(name) ? BY_NAME.get(RuleName.valueOf(name)) : null;
        if (rule == null) {
            throw new RuleDataException("no rule named " + name);
        }
        return rule;
    }
}
