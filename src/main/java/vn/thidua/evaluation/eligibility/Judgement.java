package vn.thidua.evaluation.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.thidua.history.SubjectHistory;

/**
 * What a rule sees of the subject it judges: its facts and settings, the period and the day of the check, from when
 * its achievements count (after a served discipline), its outcome for other titles, and (for a unit) its members.
 */
final class Judgement {

    /** How a member stands for a title in the period: conferred or passing, awaiting the council, unsure, or not. */
    enum Holding {
        HOLDS, AWAITING_COUNCIL, UNCERTAIN, NOT
    }

    private final EligibilityEngine.SubjectRun run;
    final Period period;
    final LocalDate asOf;

    Judgement(EligibilityEngine.SubjectRun run, Period period, LocalDate asOf) {
        this.run = run;
        this.period = period;
        this.asOf = asOf;
    }

    Candidate subject() {
        return run.candidate;
    }

    SubjectHistory history() {
        return run.candidate.history();
    }

    Settings settings() {
        return run.settings;
    }

    /** The first day whose achievements count: the day after the last served discipline, or null when none. */
    LocalDate countsFrom() {
        return run.countsFrom;
    }

    /** Whether achievements of a whole year count: the year starts on or after {@link #countsFrom()}. */
    boolean yearCounts(int year) {
        return run.countsFrom == null || !LocalDate.of(year, 1, 1).isBefore(run.countsFrom);
    }

    boolean dayCounts(LocalDate day) {
        return run.countsFrom == null || !day.isBefore(run.countsFrom);
    }

    Optional<SubjectHistory.Assessment> assessment(Candidate candidate, int year) {
        return candidate.history().assessments().stream().filter(a -> a.year() == year).findFirst();
    }

    /** A standing (not revoked) award of {@code code} for {@code year}. */
    static boolean conferred(Candidate candidate, String code, int year) {
        return candidate.history().awards().stream()
                .anyMatch(a -> a.year() == year && a.awardCode().equals(code) && a.standing());
    }

    /** This subject's outcome for another title in the same period (without its criteria). */
    TitleResult title(String code) {
        return run.title(code);
    }

    /** The same with every criterion's finding, worked out again. */
    TitleResult detailedTitle(String code) {
        return run.detailed(code);
    }

    CriterionResult check(Criterion criterion) {
        return run.check(criterion);
    }

    /** The active people of this unit and of the units below it. */
    List<Candidate> members() {
        return run.members();
    }

    Holding holding(Candidate member, String title) {
        if (conferred(member, title, period.year())) {
            return Holding.HOLDS;
        }
        TitleResult result = run.engine().run(member).title(title);
        return switch (result.outcome()) {
            case PASS -> result.awaitingCouncil() ? Holding.AWAITING_COUNCIL : Holding.HOLDS;
            case NEEDS_REVIEW -> Holding.UNCERTAIN;
            default -> Holding.NOT;
        };
    }
}
