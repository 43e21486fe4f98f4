package vn.thidua.evaluation.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.evaluation.eligibility.Facts.criterion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.evaluation.AttestationKey;
import vn.thidua.history.DisciplineMeasure;
import vn.thidua.history.Rating;

/** Collective titles derive from the members' results: shares of LĐTT, a CSTĐCS present, ratings, discipline. */
class CollectiveRulesTest {

    static final String ADVANCED = "ADVANCED_COLLECTIVE";
    static final String EXCELLENT = "EXCELLENT_COLLECTIVE";

    /** A unit rated {@code rating}, attested, with {@code advanced} LĐTT members out of {@code total}. */
    static List<Facts.Subject> unitWith(Rating rating, int advanced, int total) {
        Facts.Subject unit = Facts.unit("Khoa Lý luận cơ sở").rated(2025, rating)
                .attested(AttestationKey.COMPLIANCE, true);
        List<Facts.Subject> all = new ArrayList<>();
        all.add(unit);
        for (int i = 0; i < total; i++) {
            Facts.Subject member = Facts.person("Thành viên " + i, unit).rated(2025, Rating.COMPLETED)
                    .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
            if (i < advanced) {
                member.assessments.clear();
                member.rated(2025, Rating.GOOD).registered("ADVANCED_WORKER");
            }
            all.add(member);
        }
        return all;
    }

    static EligibilityEngine engine(List<Facts.Subject> unitAndMembers) {
        return engine(unitAndMembers, Facts.law2022().settings());
    }

    static EligibilityEngine engine(List<Facts.Subject> unitAndMembers, Map<String, com.fasterxml.jackson.databind.JsonNode> settings) {
        return Facts.engine(Facts.law2022(), Period.year(2025), path -> settings,
                unitAndMembers.subList(1, unitAndMembers.size()), unitAndMembers.subList(0, 1));
    }

    static TitleResult judge(List<Facts.Subject> unitAndMembers, String title) {
        return engine(unitAndMembers).judge(unitAndMembers.get(0).id, title);
    }

    @Test
    void exactlyHalfIsNotMoreThanHalf() {
        CriterionResult share = criterion(judge(unitWith(Rating.GOOD, 5, 10), ADVANCED), "share");
        assertEquals(Outcome.FAIL, share.outcome());
        assertEquals(5L, share.values().get("holders"));
        assertEquals(10, share.values().get("members"));
        assertEquals(Outcome.PASS, judge(unitWith(Rating.GOOD, 6, 10), ADVANCED).outcome());
        assertEquals(Outcome.PASS, criterion(judge(unitWith(Rating.GOOD, 51, 100), ADVANCED), "share").outcome(),
                "just over half");
    }

    @Test
    void aProvinceThatRequiresSeventyPercentOrMoreIsHonoured() {
        var settings = Facts.with(Facts.law2022(), Map.of("advancedCollective.minShare", 0.7,
                "advancedCollective.shareComparison", "GTE"));
        var unit = unitWith(Rating.GOOD, 7, 10);
        assertEquals(Outcome.PASS, engine(unit, settings).judge(unit.get(0).id, ADVANCED).outcome());
        var fewer = unitWith(Rating.GOOD, 69, 100);
        assertEquals(Outcome.FAIL, engine(fewer, settings).judge(fewer.get(0).id, ADVANCED).outcome());
    }

    @Test
    void exactlySeventyPercentMakesTheExcellentShare() {
        var unit = unitWith(Rating.EXCELLENT, 7, 10);
        var fighter = unit.get(1);
        fighter.assessments.clear();
        fighter.rated(2025, Rating.EXCELLENT).registered("GRASSROOTS_EMULATION_FIGHTER");
        TitleResult result = judge(unit, EXCELLENT);
        assertEquals(Outcome.PASS, criterion(result, "share").outcome());
        assertEquals(Outcome.AWAITING_COUNCIL, criterion(result, "fighter").outcome(),
                "the member's CSTĐCS itself awaits the council");
        assertEquals(Outcome.PASS, result.outcome(), result.toString());
        assertTrue(result.awaitingCouncil());

        var below = unitWith(Rating.EXCELLENT, 6, 10);
        assertEquals(Outcome.FAIL, criterion(judge(below, EXCELLENT), "share").outcome());
    }

    @Test
    void aMemberAlreadyConferredCstdcsCounts() {
        var unit = unitWith(Rating.EXCELLENT, 8, 10);
        unit.get(2).awarded(2025, "GRASSROOTS_EMULATION_FIGHTER");
        assertEquals(Outcome.PASS, criterion(judge(unit, EXCELLENT), "fighter").outcome());
    }

    @Test
    void everyMemberMustHaveCompletedDuties() {
        var unit = unitWith(Rating.EXCELLENT, 8, 10);
        unit.get(10).assessments.clear();
        unit.get(10).rated(2025, Rating.NOT_COMPLETED);
        CriterionResult all = criterion(judge(unit, EXCELLENT), "allCompleted");
        assertEquals(Outcome.FAIL, all.outcome());
        assertEquals(List.of(unit.get(10).id), all.values().get("below"));
        var unrated = unitWith(Rating.EXCELLENT, 8, 10);
        unrated.get(10).assessments.clear();
        assertEquals(Outcome.NEEDS_REVIEW, criterion(judge(unrated, EXCELLENT), "allCompleted").outcome());
    }

    @Test
    void aWarnedMemberExcludesTheAdvancedCollectiveButNotTheExcellentOneByDefault() {
        var unit = unitWith(Rating.EXCELLENT, 9, 10);
        unit.get(10).disciplined(DisciplineMeasure.WARNING, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        assertEquals(Outcome.FAIL, criterion(judge(unit, ADVANCED), "discipline").outcome());
        assertEquals(Outcome.NOT_APPLICABLE, criterion(judge(unit, EXCELLENT), "discipline").outcome());
        var reprimand = unitWith(Rating.GOOD, 9, 10);
        reprimand.get(10).disciplined(DisciplineMeasure.REPRIMAND, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        assertEquals(Outcome.PASS, criterion(judge(reprimand, ADVANCED), "discipline").outcome(),
                "a reprimand is lighter than a warning");
    }

    @Test
    void undecidedMembersLeaveTheShareForReviewWhenTheyDecideIt() {
        var unit = unitWith(Rating.GOOD, 5, 10);
        unit.get(10).assessments.clear();
        unit.get(10).registered("ADVANCED_WORKER");
        assertEquals(Outcome.NEEDS_REVIEW, criterion(judge(unit, ADVANCED), "share").outcome());
    }

    @Test
    void membersOfSubUnitsAreMembersOfTheUnitAbove() {
        var unit = unitWith(Rating.GOOD, 0, 0);
        Facts.Subject department = Facts.unit("Tổ bộ môn");
        department.unitPath = unit.get(0).unitPath + department.id + "/";
        List<Facts.Subject> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(Facts.person("Giảng viên " + i, department).rated(2025, Rating.GOOD).registered("ADVANCED_WORKER")
                    .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true));
        }
        EligibilityEngine engine = Facts.engine(Facts.law2022(), Period.year(2025), people,
                List.of(unit.get(0), department));
        assertEquals(3, engine.members(unit.get(0).id).size());
        assertEquals(Outcome.PASS, engine.judge(unit.get(0).id, ADVANCED).outcome());
    }

    @Test
    void aUnitWithoutMembersEarnsNoCollectiveTitle() {
        assertEquals(Outcome.FAIL, criterion(judge(unitWith(Rating.GOOD, 0, 0), ADVANCED), "share").outcome());
    }

    @Test
    void theFlagWaitsForTheClusterResult() {
        assertEquals(Outcome.NEEDS_REVIEW, judge(unitWith(Rating.EXCELLENT, 1, 1), "PROVINCE_FLAG").outcome());
    }
}
