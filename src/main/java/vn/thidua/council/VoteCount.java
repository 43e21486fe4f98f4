package vn.thidua.council;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * Counts one agenda item (the law's arithmetic, exact): the meeting decides only with its quorum present (at least
 * {@code quorum} of all members, 2/3 by default); approvals are compared with {@code minRatio} × base without rounding,
 * so 9 of 10 members reach 90% and 8 of 10 reach 80% exactly. The base is all members or those present as the rule
 * says, recused members left out of either; where it is those present, absent members who voted in writing join it.
 */
public final class VoteCount {

    private static final int SHOWN_SCALE = 4;

    private VoteCount() {
    }

    /** The result of a voted item (ballots or paper tallies). Call on a tally that passed {@link #check}. */
    public static ItemResult result(VoteRule rule, Turnout turnout, Tally tally) {
        boolean quorumMet = quorumMet(rule, turnout);
        int base = base(rule, turnout, tally);
        BigDecimal ratio = base == 0 ? null
                : BigDecimal.valueOf(tally.approve()).divide(BigDecimal.valueOf(base), SHOWN_SCALE, RoundingMode.HALF_UP);
        Integer needed = base == 0 ? null : needed(rule, base);
        ItemResult.Reason reason;
        if (!quorumMet) {
            reason = ItemResult.Reason.NO_QUORUM;
        } else if (base == 0) {
            reason = ItemResult.Reason.NO_ELIGIBLE_VOTERS;
        } else if (tally.approve() >= needed) {
            reason = ItemResult.Reason.THRESHOLD_REACHED;
        } else {
            reason = ItemResult.Reason.BELOW_THRESHOLD;
        }
        ItemOutcome outcome = reason == ItemResult.Reason.THRESHOLD_REACHED ? ItemOutcome.PASSED : ItemOutcome.FAILED;
        return new ItemResult(outcome, reason, tally, turnout, rule, base, ratio, needed, quorumMet,
                presentShare(turnout));
    }

    /**
     * The result of an item whose title needs no vote: the council's agreement, which still needs a quorate meeting.
     */
    public static ItemResult agreed(VoteRule rule, Turnout turnout) {
        boolean quorumMet = quorumMet(rule, turnout);
        return new ItemResult(quorumMet ? ItemOutcome.PASSED : ItemOutcome.FAILED,
                quorumMet ? ItemResult.Reason.NO_VOTE_REQUIRED : ItemResult.Reason.NO_QUORUM, null, turnout, rule, 0,
                null, null, quorumMet, presentShare(turnout));
    }

    /**
     * What is impossible in a paper tally, each problem on its field: more ballots than members who could vote, more
     * written ballots than absent members who could write (none where the title allows no written votes), more ballots
     * cast in the room than members present. A negative count is refused first: it would hide ballots from the other
     * checks (12 approving and −3 rejecting make 9 ballots).
     */
    public static List<FieldViolation> check(VoteRule rule, Turnout turnout, Tally tally) {
        List<FieldViolation> problems = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("approve", tally.approve());
        counts.put("reject", tally.reject());
        counts.put("abstain", tally.abstain());
        counts.put("spoilt", tally.spoilt());
        counts.put("written", tally.written());
        counts.forEach((field, count) -> {
            if (count < 0) {
                problems.add(new FieldViolation(field, "NEGATIVE", "field.council-tally-negative", count));
            }
        });
        if (!problems.isEmpty()) {
            return problems;
        }
        int absentVoters = rule.writtenVotes() ? turnout.absentVoters() : 0;
        if (tally.written() > absentVoters) {
            problems.add(rule.writtenVotes()
                    ? new FieldViolation("written", "TOO_MANY_WRITTEN", "field.council-tally-written-exceed",
                            tally.written(), absentVoters)
                    : new FieldViolation("written", "WRITTEN_NOT_ALLOWED", "field.council-tally-written-not-allowed"));
        } else if (tally.written() > tally.ballots()) {
            problems.add(new FieldViolation("written", "WRITTEN_EXCEED_BALLOTS",
                    "field.council-tally-written-exceed-ballots", tally.written(), tally.ballots()));
        } else if (tally.ballots() - tally.written() > turnout.presentVoters()) {
            problems.add(new FieldViolation("approve", "TOO_MANY_BALLOTS", "field.council-tally-exceed-present",
                    tally.ballots() - tally.written(), turnout.presentVoters()));
        }
        return problems;
    }

    static boolean quorumMet(VoteRule rule, Turnout turnout) {
        return turnout.members() > 0 && BigDecimal.valueOf(turnout.present())
                .compareTo(rule.quorum().multiply(BigDecimal.valueOf(turnout.members()))) >= 0;
    }

    static int base(VoteRule rule, Turnout turnout, Tally tally) {
        return switch (rule.base()) {
            case ALL_MEMBERS -> turnout.members() - turnout.recused();
            case PRESENT -> turnout.presentVoters() + (rule.writtenVotes() ? tally.written() : 0);
        };
    }

    /** The fewest approvals of {@code base} that reach the threshold: at least (GTE) or more than (GT) the share. */
    static int needed(VoteRule rule, int base) {
        BigDecimal share = rule.minRatio().multiply(BigDecimal.valueOf(base));
        return switch (rule.comparison()) {
            case GTE -> share.setScale(0, RoundingMode.CEILING).intValueExact();
            case GT -> share.setScale(0, RoundingMode.FLOOR).intValueExact() + 1;
        };
    }

    private static BigDecimal presentShare(Turnout turnout) {
        return turnout.members() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(turnout.present()).divide(BigDecimal.valueOf(turnout.members()), SHOWN_SCALE,
                        RoundingMode.HALF_UP);
    }
}
