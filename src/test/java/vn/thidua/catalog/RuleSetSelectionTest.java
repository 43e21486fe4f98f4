package vn.thidua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RuleSetSelectionTest {

    private static final Map<String, RuleSetDefinition> SEEDED = RuleSetFixtures.seeded();

    private static String inForce(Collection<RuleSetDefinition> sets, String day) {
        return RuleSetSelection.inForce(sets, LocalDate.parse(day)).map(RuleSetDefinition::code).orElse("none");
    }

    private static RuleSetDefinition withStatus(RuleSetDefinition s, RuleSetStatus status) {
        return new RuleSetDefinition(s.code(), s.nameVi(), s.nameEn(), s.legalBasis(), s.validFrom(), s.validTo(),
                status, s.needsVerification(), s.verificationNote(), s.general(), s.titles(), s.settings());
    }

    @Test
    void theDecreeSwitchesOnTheFirstOfJuly2025() {
        Collection<RuleSetDefinition> sets = SEEDED.values();
        assertEquals("LAW2022_ND98", inForce(sets, "2025-06-30"));
        assertEquals("LAW2022_ND152", inForce(sets, "2025-07-01"));
        assertEquals("LAW2022_ND98", inForce(sets, "2024-01-01"));
        assertEquals("LAW2013_ND91", inForce(sets, "2023-12-31"));
        assertEquals("LAW2013_ND91", inForce(sets, "2022-06-15"));
        assertEquals("none", inForce(sets, "2017-09-14"));
    }

    @Test
    void theAmendmentIsADraftUntilActivatedThenTakesOverFromItsFirstDay() {
        assertEquals("LAW2022_ND152", inForce(SEEDED.values(), "2026-10-01"));
        List<RuleSetDefinition> activated = new ArrayList<>(SEEDED.values());
        activated.replaceAll(s -> s.code().equals("LAW2026_AMEND") ? withStatus(s, RuleSetStatus.ACTIVE) : s);
        assertEquals("LAW2022_ND152", inForce(activated, "2026-09-30"));
        assertEquals("LAW2026_AMEND", inForce(activated, "2026-10-01"));
        assertEquals("LAW2026_AMEND", inForce(activated, "2030-01-01"));
        assertEquals("LAW2022_ND98", inForce(activated, "2025-06-30"));
    }

    @Test
    void aRetiredSetIsNeverInForce() {
        List<RuleSetDefinition> retired = new ArrayList<>(SEEDED.values());
        retired.replaceAll(s -> s.code().equals("LAW2022_ND152") ? withStatus(s, RuleSetStatus.RETIRED) : s);
        assertEquals("none", inForce(retired, "2025-07-01"));
        assertEquals("LAW2022_ND98", inForce(retired, "2025-06-30"));
        assertTrue(SEEDED.get("LAW2022_ND152").covers(LocalDate.parse("2099-12-31")));
    }
}
