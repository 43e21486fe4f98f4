package vn.thidua.history;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A disciplinary measure (kỷ luật) taken against a person or a collective, and how long it is served. */
@Entity
@Table(name = "disciplinary_measure")
public class DisciplinaryRecord extends SubjectRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineMeasure measure;
    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;
    /** The last day of the measure's effect (inclusive). */
    @Column(name = "served_until", nullable = false)
    public LocalDate servedUntil;
    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;
}
