package vn.thidua.history;

/** A recognised initiative (sáng kiến) or an accepted science project (đề tài khoa học đã nghiệm thu). */
public enum InitiativeKind {
    INITIATIVE, SCIENCE_PROJECT
}
