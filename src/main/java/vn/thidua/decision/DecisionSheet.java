package vn.thidua.decision;

import java.util.List;

/**
 * A decision as it is printed: the decision, the lines of its list in order (for a revocation, the lines it annulled),
 * and for a revocation the decision it annuls.
 */
public record DecisionSheet(DecisionResponses.Decision decision, List<DecisionResponses.Awardee> lines,
        DecisionResponses.Decision revokes) {
}
