package vn.thidua.cluster.meeting;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import vn.thidua.council.MeetingRecord;
import vn.thidua.council.MeetingSeats;

/**
 * What a closed meeting chose: its nominees accepted within the meeting's seats ({@link MeetingSeats}: the flag's one,
 * the Bằng khen's two), which the council's quota ranking decided when voting closed and the board settled where votes
 * tied at the cut. A member stands for one award at a meeting, so no achievement is rewarded twice.
 */
public record MeetingChoice(UUID flag, List<UUID> commendations) {

    public boolean empty() {
        return flag == null && commendations.isEmpty();
    }

    public static MeetingChoice of(List<MeetingRecord.Nominee> nominees) {
        UUID flag = nominees.stream().filter(n -> n.accepted() && MeetingSeats.FLAG.equals(n.awardCode()))
                .map(MeetingRecord.Nominee::clusterMemberId).findFirst().orElse(null);
        List<UUID> commendations = nominees.stream()
                .filter(n -> n.accepted() && MeetingSeats.COMMENDATION.equals(n.awardCode()))
                .sorted(Comparator.comparing((MeetingRecord.Nominee n) -> n.approve() == null ? 0 : n.approve())
                        .reversed())
                .map(MeetingRecord.Nominee::clusterMemberId).toList();
        return new MeetingChoice(flag, commendations);
    }
}
