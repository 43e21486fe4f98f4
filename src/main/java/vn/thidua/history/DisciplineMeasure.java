package vn.thidua.history;

/**
 * Disciplinary measures (hình thức kỷ luật), lightest first: khiển trách, cảnh cáo, hạ bậc lương, giáng chức,
 * cách chức, buộc thôi việc (Luật Cán bộ, công chức; Luật Viên chức). A collective can be reprimanded or warned.
 */
public enum DisciplineMeasure {
    REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, REMOVAL_FROM_OFFICE, DISMISSAL;

    /** Whether this measure is {@code other} or heavier. */
    public boolean atLeast(DisciplineMeasure other) {
        return ordinal() >= other.ordinal();
    }
}
