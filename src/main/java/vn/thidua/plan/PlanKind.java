package vn.thidua.plan;

/** An annual (regular, thường xuyên) plan for a year, or a thematic one (theo chuyên đề, đợt) for a campaign. */
public enum PlanKind {
    ANNUAL, THEMATIC
}
