package vn.thidua.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which rule set is in force on a day: among the ACTIVE sets whose validity holds the day, the one that starts last.
 * So a new regime takes over from its first day (NĐ 152 on 01/07/2025), and an amendment activated by an
 * administrator takes over from its own, while the older set still answers for the days before.
 */
public final class RuleSetSelection {

    private RuleSetSelection() {
    }

    public static Optional<RuleSetDefinition> inForce(Collection<RuleSetDefinition> sets, LocalDate day) {
        return sets.stream().filter(s -> s.status() == RuleSetStatus.ACTIVE && s.covers(day))
                .max(Comparator.comparing(RuleSetDefinition::validFrom).thenComparing(RuleSetDefinition::code));
    }
}
