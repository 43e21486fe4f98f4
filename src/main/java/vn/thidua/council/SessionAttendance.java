package vn.thidua.council;

/** A member's attendance at a session: recorded by the board before voting opens. */
public enum SessionAttendance {
    UNRECORDED, PRESENT, ABSENT
}
