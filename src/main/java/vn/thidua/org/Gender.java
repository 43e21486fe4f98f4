package vn.thidua.org;

/** A person's gender (giới tính) as personnel records state it; optional. */
public enum Gender {
    /** Nam. */
    MALE,
    /** Nữ. */
    FEMALE
}
