package vn.thidua.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * The date rules of a plan and its phases, as plain functions: each phase lies inside the plan's period, phases of
 * one plan do not overlap and have distinct numbers, a registration window closes before its phase ends, and
 * evaluations are due no earlier than the phase's end. Every broken rule is one field error.
 */
final class PlanRules {

    private PlanRules() {
    }

    /** A phase to check, with where its fields stand in the request ({@code "phases[1]."} or {@code ""}). */
    record PhaseAt(String prefix, int number, LocalDate start, LocalDate end, LocalDate registrationOpens,
            LocalDate registrationCloses, LocalDate evaluationDeadline) {

        static PhaseAt of(String prefix, PlanRequests.Phase phase) {
            return new PhaseAt(prefix, phase.number(), phase.startDate(), phase.endDate(), phase.registrationOpens(),
                    phase.registrationCloses(), phase.evaluationDeadline());
        }

        static PhaseAt of(CampaignPhase phase) {
            return new PhaseAt(null, phase.number, phase.startDate, phase.endDate, phase.registrationOpens,
                    phase.registrationCloses, phase.evaluationDeadline);
        }
    }

    static List<FieldViolation> period(Integer year, LocalDate start, LocalDate end) {
        List<FieldViolation> violations = new ArrayList<>();
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(new FieldViolation("endDate", "DATE_ORDER", "field.not-before", start));
        }
        if (year != null && start != null && end != null && (year < start.getYear() || year > end.getYear())) {
            violations.add(new FieldViolation("year", "OUTSIDE_PERIOD", "field.year-outside-period"));
        }
        return violations;
    }

    /**
     * Checks {@code checked} against the plan's period and against {@code others} (phases already there, which are
     * not reported on: a {@code null} prefix).
     */
    static List<FieldViolation> phases(LocalDate planStart, LocalDate planEnd, List<PhaseAt> checked,
            List<PhaseAt> others) {
        List<FieldViolation> violations = new ArrayList<>();
        List<PhaseAt> seen = new ArrayList<>(others);
        for (PhaseAt phase : checked) {
            String p = phase.prefix();
            if (phase.end().isBefore(phase.start())) {
                violations.add(new FieldViolation(p + "endDate", "DATE_ORDER", "field.not-before", phase.start()));
            }
            if (phase.start().isBefore(planStart) || phase.start().isAfter(planEnd)) {
                violations.add(new FieldViolation(p + "startDate", "OUTSIDE_PLAN", "field.outside-plan", planStart, planEnd));
            }
            if (phase.end().isAfter(planEnd) || phase.end().isBefore(planStart)) {
                violations.add(new FieldViolation(p + "endDate", "OUTSIDE_PLAN", "field.outside-plan", planStart, planEnd));
            }
            for (PhaseAt other : seen) {
                if (other.number() == phase.number()) {
                    violations.add(new FieldViolation(p + "number", "DUPLICATE", "field.phase-number-taken", phase.number()));
                }
                if (!phase.start().isAfter(other.end()) && !other.start().isAfter(phase.end())) {
                    violations.add(new FieldViolation(p + "startDate", "OVERLAP", "field.phase-overlap", other.number(),
                            other.start(), other.end()));
                }
            }
            if ((phase.registrationOpens() == null) != (phase.registrationCloses() == null)) {
                String missing = phase.registrationOpens() == null ? "registrationOpens" : "registrationCloses";
                violations.add(new FieldViolation(p + missing, "REQUIRED_TOGETHER", "field.registration-pair"));
            }
            if (phase.registrationOpens() != null && phase.registrationCloses() != null
                    && phase.registrationCloses().isBefore(phase.registrationOpens())) {
                violations.add(new FieldViolation(p + "registrationCloses", "DATE_ORDER", "field.not-before",
                        phase.registrationOpens()));
            }
            if (phase.registrationCloses() != null && !phase.registrationCloses().isBefore(phase.end())) {
                violations.add(new FieldViolation(p + "registrationCloses", "AFTER_PHASE_END",
                        "field.registration-after-end", phase.end()));
            }
            if (phase.evaluationDeadline() != null && phase.evaluationDeadline().isBefore(phase.end())) {
                violations.add(new FieldViolation(p + "evaluationDeadline", "BEFORE_PHASE_END",
                        "field.evaluation-before-end", phase.end()));
            }
            seen.add(phase);
        }
        return violations;
    }
}
