package vn.thidua.history;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.thidua.org.SubjectKind;

/**
 * Everything the eligibility rules read about one person or unit over a span of years, as plain values: the annual
 * assessments, disciplinary measures and pending proceedings, initiatives and projects (a person's as author, a
 * unit's as its own), and conferred titles and forms. Loaded in bulk by {@code HistoryFacts}; lists are in time order.
 */
public record SubjectHistory(SubjectKind kind, UUID subjectId, List<Assessment> assessments, List<Measure> measures,
        List<Proceeding> proceedings, List<Initiative> initiatives, List<Award> awards) {

    /** The annual assessment of a year; {@code monthsEmployed} counts maternity leave as work, null when unknown. */
    public record Assessment(int year, Rating rating, Integer monthsEmployed) {
    }

    /** A disciplinary measure decided on {@code decidedOn} and served until {@code servedUntil} (inclusive). */
    public record Measure(DisciplineMeasure measure, LocalDate decidedOn, LocalDate servedUntil, String reference) {
    }

    /** A procedure opened on {@code openedOn}; pending while {@code closedOn} is null or later than the day asked. */
    public record Proceeding(ProceedingKind kind, LocalDate openedOn, LocalDate closedOn, String reference) {
    }

    /** A recognised initiative or accepted project, counted for the emulation {@code year} it was recognised for. */
    public record Initiative(InitiativeKind kind, String title, int year, LocalDate recognisedOn, EffectLevel level,
            String decisionNumber) {
    }

    /** A title or form conferred for {@code year}; {@code revokedOn} set when a later decision annulled it. */
    public record Award(int year, String awardCode, String decisionNumber, LocalDate decisionDate, LocalDate revokedOn) {

        public boolean standing() {
            return revokedOn == null;
        }
    }

    public static SubjectHistory empty(SubjectKind kind, UUID subjectId) {
        return new SubjectHistory(kind, subjectId, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
