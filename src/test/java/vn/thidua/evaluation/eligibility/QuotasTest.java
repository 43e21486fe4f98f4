package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.evaluation.AttestationKey;
import vn.thidua.history.Rating;

/** Quotas: the cap rounded down by default; who is over of the seats left, and nobody dropped. */
class QuotasTest {

    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";

    @Test
    void fifteenPercentOfAdvancedWorkersRoundedDown() {
        BigDecimal ratio = new BigDecimal("0.15");
        assertEquals(0, Quotas.cap(ratio, 6, "FLOOR"));
        assertEquals(1, Quotas.cap(ratio, 7, "FLOOR"));
        assertEquals(6, Quotas.cap(ratio, 40, "FLOOR"));
        assertEquals(1, Quotas.cap(ratio, 6, "CEIL"));
        assertEquals(1, Quotas.cap(ratio, 6, "ROUND"), "0.9 rounds to 1");
        assertEquals(0, Quotas.cap(ratio, 3, "ROUND"), "0.45 rounds to 0");
        assertEquals(1, Quotas.cap(new BigDecimal("0.10"), 10, "FLOOR"), "exactly one, no floating error");
    }

    /** {@code people} advanced workers of whom {@code fighters} pass CSTĐCS, ranked by their unit vote. */
    static List<Facts.Subject> staff(int people, int fighters) {
        List<Facts.Subject> staff = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Facts.Subject person = Facts.advancedWorker(String.format("Người %02d", i), 2025);
            if (i < fighters) {
                person.assessments.clear();
                person.rated(2025, Rating.EXCELLENT).registered(CSTDCS).unitVote(1.0 - i / 100.0);
            }
            staff.add(person);
        }
        return staff;
    }

    /** The reckoned quota (its base as the reckoning counted it, {@code holders} using it) over the staff. */
    static QuotaResult check(List<Facts.Subject> staff, String ratio, String of, long base, Set<UUID> holders) {
        RuleSetDefinition set = Facts.law2022();
        EligibilityEngine engine = Facts.engine(set, Period.year(2025), path -> set.settings(), staff, List.of());
        BigDecimal share = new BigDecimal(ratio);
        QuotaReckoning.Quota quota = new QuotaReckoning.Quota(CSTDCS, share, of, "FLOOR", base,
                Quotas.cap(share, base, "FLOOR"), holders, Set.of());
        return Quotas.check(engine, quota, staff.stream().map(s -> engine.candidate(s.id)).toList());
    }

    @Test
    void sixAdvancedWorkersAllowNoFighterAndTheCandidatesAreAllOver() {
        QuotaResult quota = check(staff(6, 2), "0.15", "ADVANCED_WORKER", 6, Set.of());
        assertEquals(6, quota.base());
        assertEquals(0, quota.cap());
        assertEquals(2, quota.candidates().size());
        assertEquals(quota.candidates(), quota.over());
    }

    @Test
    void sevenAllowOneAndTheLowerRankedIsOver() {
        List<Facts.Subject> staff = staff(7, 3);
        QuotaResult quota = check(staff, "0.15", "ADVANCED_WORKER", 7, Set.of());
        assertEquals(1, quota.cap());
        assertEquals(List.of(staff.get(0).id, staff.get(1).id, staff.get(2).id), quota.candidates(),
                "ranked by the unit meeting's vote");
        assertEquals(List.of(staff.get(1).id, staff.get(2).id), quota.over());
    }

    @Test
    void aSeatTakenAlreadyLeavesFewerToContendFor() {
        List<Facts.Subject> staff = staff(14, 3);
        // 14 recognised allow 2; the third-ranked already holds one (accepted by an earlier session)
        QuotaResult quota = check(staff, "0.15", "ADVANCED_WORKER", 14, Set.of(staff.get(2).id));
        assertEquals(2, quota.cap());
        assertEquals(1, quota.used());
        assertEquals(List.of(staff.get(1).id), quota.over(), "one seat left, for the best-ranked of the others");
    }

    @Test
    void fortyAllowSixAndSixAreWithin() {
        QuotaResult quota = check(staff(40, 6), "0.15", "ADVANCED_WORKER", 40, Set.of());
        assertEquals(6, quota.cap());
        assertTrue(quota.over().isEmpty());
        assertEquals(6, quota.candidates().size());
    }

    @Test
    void aHeadcountQuotaCountsEveryone() {
        List<Facts.Subject> staff = staff(20, 3);
        staff.get(19).attestations.put(AttestationKey.SOLIDARITY_AND_MOVEMENTS, false);
        QuotaResult quota = check(staff, "0.10", "HEADCOUNT", 20, Set.of());
        assertEquals(20, quota.base());
        assertEquals(2, quota.cap());
        assertEquals(1, quota.over().size());
    }
}
