package vn.thidua.evaluation.eligibility;

import java.time.LocalDate;

/**
 * The achievement period a title is considered for: a calendar year for an annual plan, a phase's dates for a
 * thematic one. {@code year} is the emulation year the period belongs to (the year it ends in): ratings, awards and
 * initiatives are kept by year.
 */
public record Period(int year, LocalDate from, LocalDate to) {

    public static Period year(int year) {
        return new Period(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(to.getYear(), from, to);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
