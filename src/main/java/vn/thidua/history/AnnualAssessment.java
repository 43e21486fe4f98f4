package vn.thidua.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The annual assessment (đánh giá, xếp loại chất lượng hằng năm) of a person or a collective. */
@Entity
@Table(name = "annual_assessment")
public class AnnualAssessment extends SubjectRecord {

    @Column(nullable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rating rating;
    /** Months of work in the year; maternity leave counts as work. Null when not recorded. */
    @Column(name = "months_employed")
    public Integer monthsEmployed;
}
