package vn.thidua.decision.proposal;

/**
 * The parts of a dossier (hồ sơ đề nghị): the list of nominees (danh sách), an achievement report per nominee (báo cáo
 * thành tích), the council's minutes with the vote (biên bản họp Hội đồng), proof of initiatives or projects (for the
 * emulation fighters above the agency), copies of earlier decisions (for chains), anything else.
 */
public enum DossierPartKind {
    LIST, ACHIEVEMENT_REPORT, MINUTES, INITIATIVE_PROOF, PRIOR_DECISION, OTHER
}
