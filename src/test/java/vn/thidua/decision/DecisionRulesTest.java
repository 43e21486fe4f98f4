package vn.thidua.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.catalog.AwardType.AwardedBy;
import vn.thidua.history.ProceedingKind;
import vn.thidua.history.SubjectHistory;
import vn.thidua.org.UnitKind;

/** The decisions' pure rules: who decides what, register numbers, verification codes, once a year, once per achievement. */
class DecisionRulesTest {

    private static SubjectHistory.Award award(int year, String code, LocalDate revoked) {
        return new SubjectHistory.Award(year, code, "12/QĐ-TCT", LocalDate.of(year, 12, 30), revoked);
    }

    @Test
    void anAgencysHeadDecidesItsOwnAwardsAProvinceAlsoTheProvincialOnesADepartmentNone() {
        assertEquals(Optional.of(AwardedBy.AGENCY), DecisionRules.authorityLevel(UnitKind.AGENCY));
        assertEquals(Optional.of(AwardedBy.PROVINCE), DecisionRules.authorityLevel(UnitKind.PROVINCE));
        assertEquals(Optional.of(AwardedBy.PROVINCE), DecisionRules.authorityLevel(UnitKind.MINISTRY));
        assertEquals(Optional.empty(), DecisionRules.authorityLevel(UnitKind.DEPARTMENT));
        assertEquals(Optional.empty(), DecisionRules.authorityLevel(UnitKind.OTHER));
        assertTrue(DecisionRules.mayAward(AwardedBy.AGENCY, AwardedBy.AGENCY));
        assertFalse(DecisionRules.mayAward(AwardedBy.AGENCY, AwardedBy.PROVINCE));
        assertTrue(DecisionRules.mayAward(AwardedBy.PROVINCE, AwardedBy.AGENCY));
        assertTrue(DecisionRules.mayAward(AwardedBy.PROVINCE, AwardedBy.PROVINCE));
        assertFalse(DecisionRules.mayAward(AwardedBy.PROVINCE, AwardedBy.NATIONAL));
        assertTrue(DecisionRules.mayAward(AwardedBy.NATIONAL, AwardedBy.NATIONAL));
    }

    @Test
    void theRegisterGoesOnFromTheHighestNumberOfTheYear() {
        assertEquals("1/QĐ-UBND", DecisionRules.nextNumber(0, "UBND", false));
        assertEquals("126/QĐ-SVHTTDL", DecisionRules.nextNumber(125, "SVHTTDL", false));
        assertEquals("126-QĐ/TCT", DecisionRules.nextNumber(125, "TCT", true));
        assertTrue("125-QĐ/TCT".matches(DecisionRequests.NUMBER_PATTERN));
        assertFalse("125-QĐ-TCT".matches(DecisionRequests.NUMBER_PATTERN));
        assertTrue(DecisionRules.nextNumber(41, "SGDĐT", false).matches(DecisionRequests.NUMBER_PATTERN));
        assertTrue("1234/QĐ-TTg".matches(DecisionRequests.NUMBER_PATTERN));
        assertTrue("15/QĐ-UBND".matches(DecisionRequests.NUMBER_PATTERN));
        assertFalse("15/TTr-TCT".matches(DecisionRequests.NUMBER_PATTERN), "a proposal's number is no decision's");
        assertFalse("QĐ-TCT".matches(DecisionRequests.NUMBER_PATTERN));
    }

    @Test
    void verificationCodesAreTenCharactersOfAnUnambiguousAlphabetAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = DecisionRules.verificationCode();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code);
            assertTrue(seen.add(code), "repeated: " + code);
        }
    }

    @Test
    void aTitleIsOnceAYearAndARevokedOneDoesNotCount() {
        List<SubjectHistory.Award> awards = List.of(award(2024, "ADVANCED_WORKER", null),
                award(2025, "ADVANCED_WORKER", LocalDate.of(2026, 1, 10)));
        assertTrue(DecisionRules.sameTitle(awards, "ADVANCED_WORKER", 2024).isPresent());
        assertTrue(DecisionRules.sameTitle(awards, "ADVANCED_WORKER", 2025).isEmpty(), "revoked: may be conferred");
        assertTrue(DecisionRules.sameTitle(awards, "GRASSROOTS_EMULATION_FIGHTER", 2024).isEmpty());
    }

    @Test
    void aFormOfTheSameAchievementYearIsFoundWhicheverFormItWas() {
        Set<String> forms = Set.of("CERTIFICATE_OF_MERIT", "PROVINCE_COMMENDATION", "PM_COMMENDATION");
        List<SubjectHistory.Award> awards = List.of(award(2024, "ADVANCED_WORKER", null),
                award(2025, "CERTIFICATE_OF_MERIT", null));
        assertTrue(DecisionRules.sameYearForm(awards, forms, 2025).isPresent());
        assertTrue(DecisionRules.sameYearForm(awards, forms, 2024).isEmpty(), "a title is not a form");
        assertTrue(DecisionRules.sameYearForm(List.of(award(2025, "CERTIFICATE_OF_MERIT", LocalDate.now())), forms,
                2025).isEmpty());
    }

    @Test
    void onlyAnOpenProceedingBlocks() {
        assertTrue(DecisionRules.proceedingPending(List.of(new SubjectHistory.Proceeding(ProceedingKind.INSPECTION,
                LocalDate.of(2025, 10, 1), null, "12/QĐ-TTr"))));
        assertFalse(DecisionRules.proceedingPending(List.of(new SubjectHistory.Proceeding(ProceedingKind.DISCIPLINE,
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1), "12/QĐ-TTr"))));
        assertFalse(DecisionRules.proceedingPending(List.of()));
    }

    @Test
    void onlyAFailOrAReviewNeedsAReasonTheVoteIsTheLinesVoteBasis() {
        assertFalse(LineEligibility.PASS.needsOverride());
        assertFalse(LineEligibility.NOT_JUDGED.needsOverride());
        assertTrue(LineEligibility.FAIL.needsOverride());
        assertTrue(LineEligibility.NEEDS_REVIEW.needsOverride());
        assertFalse(LineEligibility.AWAITING_COUNCIL.needsOverride(),
                "awaiting the council is not an eligibility gap: signing requires the vote itself (VoteBasis)");
    }
}
