package vn.thidua.history;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A disciplinary procedure, investigation or inspection about a subject; pending until it is closed. */
@Entity
@Table(name = "disciplinary_proceeding")
public class DisciplinaryProceeding extends SubjectRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProceedingKind kind;
    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    public String reference;
}
