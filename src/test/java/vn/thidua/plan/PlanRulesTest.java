package vn.thidua.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.common.error.ApiException.FieldViolation;

class PlanRulesTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final LocalDate END = LocalDate.of(2022, 12, 31);

    private static PlanRules.PhaseAt phase(int n, String start, String end, String opens, String closes,
            String due) {
        return new PlanRules.PhaseAt("phases[" + (n - 1) + "].", n, LocalDate.parse(start), LocalDate.parse(end),
                opens == null ? null : LocalDate.parse(opens), closes == null ? null : LocalDate.parse(closes),
                due == null ? null : LocalDate.parse(due));
    }

    private static List<String> codes(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void theSeedPlansTwoPhasesAreValid() {
        assertTrue(PlanRules.phases(START, END, List.of(
                phase(1, "2022-02-01", "2022-06-30", "2022-02-16", "2022-02-28", "2022-07-10"),
                phase(2, "2022-07-01", "2022-12-31", "2022-07-01", "2022-07-15", "2023-01-10")), List.of()).isEmpty());
    }

    @Test
    void aPhaseOutsideThePlanIsRefusedOnEachDate() {
        assertEquals(List.of("phases[0].startDate:OUTSIDE_PLAN", "phases[0].endDate:OUTSIDE_PLAN"),
                codes(PlanRules.phases(START, END, List.of(phase(1, "2021-12-01", "2023-01-31", null, null, null)),
                        List.of())));
    }

    @Test
    void phasesMustNotOverlapEvenByOneDay() {
        assertEquals(List.of("phases[1].startDate:OVERLAP"), codes(PlanRules.phases(START, END, List.of(
                phase(1, "2022-02-01", "2022-06-30", null, null, null),
                phase(2, "2022-06-30", "2022-12-31", null, null, null)), List.of())));
    }

    @Test
    void numbersAreDistinct() {
        PlanRules.PhaseAt second = new PlanRules.PhaseAt("phases[1].", 1, LocalDate.parse("2022-04-01"),
                LocalDate.parse("2022-06-30"), null, null, null);
        assertEquals(List.of("phases[1].number:DUPLICATE"), codes(PlanRules.phases(START, END, List.of(
                phase(1, "2022-02-01", "2022-03-31", null, null, null), second), List.of())));
    }

    @Test
    void endBeforeStartIsRefused() {
        assertTrue(codes(PlanRules.phases(START, END, List.of(phase(1, "2022-06-30", "2022-02-01", null, null, null)),
                List.of())).contains("phases[0].endDate:DATE_ORDER"));
    }

    @Test
    void theRegistrationWindowIsWholeOrderedAndClosesBeforeThePhaseEnds() {
        assertEquals(List.of("phases[0].registrationCloses:REQUIRED_TOGETHER"), codes(PlanRules.phases(START, END,
                List.of(phase(1, "2022-02-01", "2022-06-30", "2022-02-01", null, null)), List.of())));
        assertEquals(List.of("phases[0].registrationCloses:DATE_ORDER"), codes(PlanRules.phases(START, END,
                List.of(phase(1, "2022-02-01", "2022-06-30", "2022-03-01", "2022-02-01", null)), List.of())));
        assertEquals(List.of("phases[0].registrationCloses:AFTER_PHASE_END"), codes(PlanRules.phases(START, END,
                List.of(phase(1, "2022-02-01", "2022-06-30", "2022-02-01", "2022-06-30", null)), List.of())));
    }

    @Test
    void evaluationsAreDueNoEarlierThanThePhaseEnd() {
        assertEquals(List.of("phases[0].evaluationDeadline:BEFORE_PHASE_END"), codes(PlanRules.phases(START, END,
                List.of(phase(1, "2022-02-01", "2022-06-30", null, null, "2022-06-29")), List.of())));
        assertTrue(PlanRules.phases(START, END, List.of(phase(1, "2022-02-01", "2022-06-30", null, null, "2022-06-30")),
                List.of()).isEmpty());
    }

    @Test
    void aNewPhaseIsCheckedAgainstTheExistingOnes() {
        PlanRules.PhaseAt existing = new PlanRules.PhaseAt(null, 1, LocalDate.parse("2022-02-01"),
                LocalDate.parse("2022-06-30"), null, null, null);
        PlanRules.PhaseAt added = new PlanRules.PhaseAt("", 1, LocalDate.parse("2022-05-01"),
                LocalDate.parse("2022-08-31"), null, null, null);
        assertEquals(List.of("number:DUPLICATE", "startDate:OVERLAP"),
                codes(PlanRules.phases(START, END, List.of(added), List.of(existing))));
    }

    @Test
    void thePeriodIsOrderedAndHoldsItsYear() {
        assertEquals(List.of("endDate:DATE_ORDER"), codes(PlanRules.period(null, END, START)));
        assertEquals(List.of("year:OUTSIDE_PERIOD"), codes(PlanRules.period(2023, START, END)));
        assertTrue(PlanRules.period(2022, START, END).isEmpty());
    }
}
