package vn.thidua.org;

/** What a unit is, from the top of a tree down. */
public enum UnitKind {
    /** A province or city (tỉnh, thành phố), or the whole installation's root. */
    PROVINCE,
    /** A ministry or central body (bộ, ngành, đoàn thể trung ương). */
    MINISTRY,
    /** An agency with its own head and council (sở, trường, bệnh viện, UBND huyện...). */
    AGENCY,
    /** A department inside an agency (khoa, phòng, ban, tổ). */
    DEPARTMENT,
    /** Anything else (a team, a branch). */
    OTHER
}
