package vn.thidua.org;

/** Whom a record is about: a person (cá nhân), or a unit as a collective (tập thể). */
public enum SubjectKind {
    PERSON, UNIT
}
