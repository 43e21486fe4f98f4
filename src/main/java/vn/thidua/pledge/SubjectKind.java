package vn.thidua.pledge;

/** Who pledges: a person (cá nhân) or a unit as a collective (tập thể). */
public enum SubjectKind {
    PERSON, UNIT
}
