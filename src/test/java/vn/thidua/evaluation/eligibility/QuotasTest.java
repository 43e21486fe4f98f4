package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.evaluation.AttestationKey;
import vn.thidua.history.Rating;

/** Quotas: none unless configured; the cap rounded down by default; who is over, and nobody dropped. */
class QuotasTest {

    static final String CSTDCS = "GRASSROOTS_EMULATION_FIGHTER";
    static final Map<String, Object> FIFTEEN_PERCENT = Map.of("ratio", 0.15, "of", "ADVANCED_WORKER");

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

    static Optional<QuotaResult> check(List<Facts.Subject> staff, Object quota) {
        RuleSetDefinition set = Facts.law2022();
        Map<String, JsonNode> settings = new java.util.HashMap<>(set.settings());
        settings.put("quota." + CSTDCS, Facts.JSON.valueToTree(quota));
        EligibilityEngine engine = Facts.engine(set, Period.year(2025), path -> settings, staff, List.of());
        return Quotas.check(engine, CSTDCS, settings.get("quota." + CSTDCS),
                staff.stream().map(s -> engine.candidate(s.id)).toList());
    }

    @Test
    void noQuotaWhenNoneIsConfigured() {
        assertTrue(check(staff(10, 5), null).isEmpty());
    }

    @Test
    void sixAdvancedWorkersAllowNoFighterAndTheCandidatesAreAllOver() {
        QuotaResult quota = check(staff(6, 2), FIFTEEN_PERCENT).orElseThrow();
        assertEquals(6, quota.base());
        assertEquals(0, quota.cap());
        assertEquals(2, quota.candidates().size());
        assertEquals(quota.candidates(), quota.over());
    }

    @Test
    void sevenAllowOneAndTheLowerRankedIsOver() {
        List<Facts.Subject> staff = staff(7, 3);
        QuotaResult quota = check(staff, FIFTEEN_PERCENT).orElseThrow();
        assertEquals(1, quota.cap());
        assertEquals(List.of(staff.get(0).id, staff.get(1).id, staff.get(2).id), quota.candidates(),
                "ranked by the unit meeting's vote");
        assertEquals(List.of(staff.get(1).id, staff.get(2).id), quota.over());
    }

    @Test
    void fortyAllowSixAndSixAreWithin() {
        QuotaResult quota = check(staff(40, 6), FIFTEEN_PERCENT).orElseThrow();
        assertEquals(6, quota.cap());
        assertTrue(quota.over().isEmpty());
        assertEquals(6, quota.candidates().size());
    }

    @Test
    void aHeadcountQuotaCountsEveryone() {
        List<Facts.Subject> staff = staff(20, 3);
        staff.get(19).attestations.put(AttestationKey.SOLIDARITY_AND_MOVEMENTS, false);
        QuotaResult quota = check(staff, Map.of("ratio", 0.10, "of", "HEADCOUNT")).orElseThrow();
        assertEquals(20, quota.base());
        assertEquals(2, quota.cap());
        assertEquals(1, quota.over().size());
    }
}
