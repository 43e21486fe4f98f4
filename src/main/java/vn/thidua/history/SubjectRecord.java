package vn.thidua.history;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import vn.thidua.org.SubjectKind;

/** A record about one subject: a person ({@code personId} set), or a unit as a collective ({@code unitId}). */
@MappedSuperclass
public abstract class SubjectRecord extends HistoryRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    public SubjectKind subjectKind;
    @Column(name = "person_id")
    public UUID personId;

    UUID subjectId() {
        return personId != null ? personId : unitId;
    }

    void about(Subject subject) {
        subjectKind = subject.kind();
        personId = subject.personId();
        unitId = subject.unitId();
    }
}
