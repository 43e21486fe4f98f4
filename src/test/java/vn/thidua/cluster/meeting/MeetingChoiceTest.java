package vn.thidua.cluster.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thidua.council.AgendaItem.Standing;
import vn.thidua.council.ItemOutcome;
import vn.thidua.council.MeetingRecord;
import vn.thidua.council.MeetingSeats;

/** What a closed meeting chose, by hand: six delegates, results and standings as the council counted them. */
class MeetingChoiceTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID D = UUID.randomUUID();

    private static MeetingRecord.Nominee nominee(UUID member, String award, int approve, Standing standing) {
        boolean passed = standing != null;
        return new MeetingRecord.Nominee(UUID.randomUUID(), member, "Trường", award,
                passed ? ItemOutcome.PASSED : ItemOutcome.FAILED, approve, 6,
                BigDecimal.valueOf(approve).divide(BigDecimal.valueOf(6), 4, RoundingMode.HALF_UP), standing,
                standing == Standing.WITHIN);
    }

    @Test
    void theFlagAndTheBangKhenWithinTheSeatsMostVotesFirst() {
        MeetingChoice choice = MeetingChoice.of(List.of(
                nominee(A, MeetingSeats.FLAG, 6, Standing.WITHIN),
                nominee(B, MeetingSeats.FLAG, 5, Standing.OVER),
                nominee(C, MeetingSeats.COMMENDATION, 4, Standing.WITHIN),
                nominee(D, MeetingSeats.COMMENDATION, 5, Standing.WITHIN)));
        assertEquals(A, choice.flag());
        assertEquals(List.of(D, C), choice.commendations());
    }

    @Test
    void failedOverAndTiedNomineesAreNotChosen() {
        MeetingChoice choice = MeetingChoice.of(List.of(
                nominee(A, MeetingSeats.FLAG, 4, null),
                nominee(B, MeetingSeats.COMMENDATION, 6, Standing.WITHIN),
                nominee(C, MeetingSeats.COMMENDATION, 4, Standing.TIED),
                nominee(D, MeetingSeats.COMMENDATION, 4, Standing.TIED)));
        assertNull(choice.flag());
        assertEquals(List.of(B), choice.commendations());
    }

    @Test
    void nothingWithinTheSeatsChoosesNothing() {
        assertTrue(MeetingChoice.of(List.of(nominee(A, MeetingSeats.FLAG, 3, null),
                nominee(B, MeetingSeats.COMMENDATION, 2, null))).empty());
    }
}
