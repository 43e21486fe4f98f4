package vn.thidua.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.council.QuotaRanking.Outcome;
import vn.thidua.council.QuotaRanking.Ranked;

/**
 * A configured quota over one title's passed items: the cap as configured, the ranking by approving share compared
 * exactly, a tie at the cap reported with the seats left and settled only by the council's explicit choice.
 */
class QuotaRankingTest {

    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";
    static final BigDecimal FIFTEEN_PERCENT = new BigDecimal("0.15");

    /** Items named by their share, listed in the order given: "9/10" approves 9 of 10. */
    static final class Items {
        final List<Ranked> ranked = new ArrayList<>();
        final List<UUID> ids = new ArrayList<>();

        Items(String... shares) {
            for (String share : shares) {
                String[] parts = share.split("/");
                UUID id = UUID.randomUUID();
                ids.add(id);
                ranked.add(new Ranked(id, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), ranked.size()));
            }
        }

        UUID id(int index) {
            return ids.get(index);
        }

        List<UUID> ids(int... indexes) {
            return java.util.Arrays.stream(indexes).mapToObj(ids::get).toList();
        }
    }

    static Outcome apply(long cap, Items items) {
        // a ratio of 1 over a base of cap: the cap is exactly the base
        return QuotaRanking.apply(CSTDCS, BigDecimal.ONE, "ADVANCED_WORKER", "FLOOR", cap, 0, items.ranked);
    }

    @ParameterizedTest(name = "{1} LĐTT at 15% {0}: cap {2}")
    @CsvSource({
            "FLOOR, 6, 0", "FLOOR, 7, 1", "FLOOR, 40, 6", "FLOOR, 13, 1",
            "ROUND, 6, 1", "ROUND, 7, 1", "ROUND, 10, 2", "ROUND, 40, 6",
            "CEIL, 6, 1", "CEIL, 7, 2", "CEIL, 40, 6", "CEIL, 0, 0",
    })
    void theCapIsRoundedAsConfigured(String rounding, long base, long cap) {
        Outcome outcome = QuotaRanking.apply(CSTDCS, FIFTEEN_PERCENT, "ADVANCED_WORKER", rounding, base, 0, List.of());
        assertEquals(cap, outcome.cap());
        assertEquals(base, outcome.base());
        assertEquals(rounding, outcome.rounding());
    }

    @Test
    void withinTheCapEveryItemStandsWithinRankedByShare() {
        Items items = new Items("8/10", "9/10", "10/10");
        Outcome outcome = apply(3, items);
        assertEquals(items.ids(2, 1, 0), outcome.ranking());
        assertEquals(outcome.ranking(), outcome.within());
        assertEquals(List.of(), outcome.over());
        assertFalse(outcome.hasTie());
        assertEquals(0, outcome.seats());
    }

    @Test
    void aCapOfZeroPutsEveryItemOver() {
        Items items = new Items("9/10", "9/10");
        Outcome outcome = QuotaRanking.apply(CSTDCS, FIFTEEN_PERCENT, "ADVANCED_WORKER", "FLOOR", 6, 0, items.ranked);
        assertEquals(0, outcome.cap(), "6 LĐTT at 15% allow none");
        assertEquals(List.of(), outcome.within());
        assertEquals(items.ids(0, 1), outcome.over());
        assertFalse(outcome.hasTie(), "no seat to tie for");
    }

    @Test
    void sharesAreComparedExactly() {
        // 8 of 10 and 12 of 15 are both 80%; 2 of 3 is not 0.6667
        Items items = new Items("12/15", "2/3", "8/10", "7/9");
        Outcome outcome = apply(1, items);
        assertEquals(items.ids(0, 2, 3, 1), outcome.ranking(), "equal shares keep the order given");
        assertEquals(items.ids(0, 2), outcome.tied());
        assertEquals(List.of(), outcome.within());
        assertEquals(items.ids(3, 1), outcome.over());
        assertEquals(1, outcome.seats());
    }

    @Test
    void aTieAtTheCapIsReportedWithTheSeatsLeft() {
        // cap 3: one clearly within, three tied for the two seats left, one clearly over
        Items items = new Items("10/10", "9/10", "9/10", "9/10", "7/10");
        Outcome outcome = apply(3, items);
        assertTrue(outcome.hasTie());
        assertEquals(items.ids(0), outcome.within());
        assertEquals(items.ids(1, 2, 3), outcome.tied());
        assertEquals(items.ids(4), outcome.over());
        assertEquals(2, outcome.seats());
        assertEquals(5, outcome.ranking().size(), "the ranking lists every item");
    }

    @Test
    void aTieWhollyInsideTheCapIsNoTie() {
        Items items = new Items("9/10", "9/10", "8/10", "7/10");
        Outcome outcome = apply(3, items);
        assertFalse(outcome.hasTie());
        assertEquals(items.ids(0, 1, 2), outcome.within());
        assertEquals(items.ids(3), outcome.over());
    }

    @Test
    void aTieAcrossTheWholeRankingLeavesEverySeatToTheCouncil() {
        Items items = new Items("9/10", "18/20", "27/30");
        Outcome outcome = apply(2, items);
        assertEquals(List.of(), outcome.within());
        assertEquals(items.ids(0, 1, 2), outcome.tied());
        assertEquals(2, outcome.seats());
    }

    @Test
    void settlingAdmitsExactlyTheSeatsLeftAndSendsTheOtherTiedOver() {
        Items items = new Items("10/10", "9/10", "9/10", "9/10", "7/10");
        Outcome tied = apply(3, items);
        Outcome settled = QuotaRanking.settle(tied, Set.of(items.id(3), items.id(1)));
        assertEquals(items.ids(0, 1, 3), settled.within(), "in ranking order");
        assertEquals(items.ids(2, 4), settled.over());
        assertFalse(settled.hasTie());
        assertEquals(0, settled.seats());
        assertEquals(tied.ranking(), settled.ranking());
        assertEquals(3, settled.cap());
    }

    @Test
    void aSettlementOfTooFewTooManyOrOthersThanTheTiedIsRefused() {
        Items items = new Items("10/10", "9/10", "9/10", "9/10", "7/10");
        Outcome tied = apply(3, items);
        assertThrows(IllegalArgumentException.class, () -> QuotaRanking.settle(tied, Set.of(items.id(1))));
        assertThrows(IllegalArgumentException.class,
                () -> QuotaRanking.settle(tied, Set.of(items.id(1), items.id(2), items.id(3))));
        assertThrows(IllegalArgumentException.class,
                () -> QuotaRanking.settle(tied, Set.of(items.id(1), items.id(4))), "one not tied");
        assertThrows(IllegalArgumentException.class,
                () -> QuotaRanking.settle(tied, Set.of(items.id(0), items.id(1))), "one already within");
        assertThrows(IllegalArgumentException.class,
                () -> QuotaRanking.settle(apply(3, new Items("9/10", "8/10")), Set.of(UUID.randomUUID())),
                "nothing to settle");
    }
}
