package vn.thidua.cluster.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import vn.thidua.council.ItemOutcome;
import vn.thidua.council.MeetingRecord;

/**
 * What a closed meeting chose, from its nominees' results: the flag to the nominee for it that passed with the most
 * approving votes (one flag a cluster and year), the Bằng khen to at most {@value #COMMENDATIONS} of those that passed
 * for it, most votes first, leaving out the flag's choice (one achievement, one reward). Equal votes at a cut choose
 * nobody there: the meeting settles it ({@link #tie}).
 */
public record MeetingChoice(UUID flag, List<UUID> commendations, boolean tie) {

    public static final String FLAG = "PROVINCE_FLAG";
    public static final String COMMENDATION = "PROVINCE_COMMENDATION";
    /** The Bằng khen a cluster proposes at most each year. */
    public static final int COMMENDATIONS = 2;

    public boolean empty() {
        return flag == null && commendations.isEmpty();
    }

    public boolean chose(UUID member) {
        return member.equals(flag) || commendations.contains(member);
    }

    public static MeetingChoice of(List<MeetingRecord.Nominee> nominees) {
        List<MeetingRecord.Nominee> flags = passed(nominees, FLAG);
        UUID flag = null;
        boolean tie = false;
        if (!flags.isEmpty()) {
            if (flags.size() > 1 && approve(flags.get(0)) == approve(flags.get(1))) {
                tie = true;
            } else {
                flag = flags.get(0).clusterMemberId();
            }
        }
        UUID flagged = flag;
        List<MeetingRecord.Nominee> commended = passed(nominees, COMMENDATION).stream()
                .filter(n -> !n.clusterMemberId().equals(flagged)).toList();
        List<UUID> commendations = new ArrayList<>();
        int cut = Math.min(COMMENDATIONS, commended.size());
        boolean tiedAtCut = commended.size() > cut && approve(commended.get(cut - 1)) == approve(commended.get(cut));
        if (tiedAtCut) {
            tie = true;
            int last = approve(commended.get(cut - 1));
            commended.stream().filter(n -> approve(n) > last).forEach(n -> commendations.add(n.clusterMemberId()));
        } else {
            commended.stream().limit(cut).forEach(n -> commendations.add(n.clusterMemberId()));
        }
        return new MeetingChoice(flag, List.copyOf(commendations), tie);
    }

    private static List<MeetingRecord.Nominee> passed(List<MeetingRecord.Nominee> nominees, String award) {
        return nominees.stream().filter(n -> award.equals(n.awardCode()) && n.outcome() == ItemOutcome.PASSED)
                .sorted(Comparator.comparingInt(MeetingChoice::approve).reversed()).toList();
    }

    private static int approve(MeetingRecord.Nominee nominee) {
        return nominee.approve() == null ? 0 : nominee.approve();
    }
}
