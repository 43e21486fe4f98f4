/**
 * Reports (báo cáo tổng kết) and the provincial export: the figures agencies are asked for at every review, per unit
 * of a subtree and summed, as JSON, CSV and XLSX; and a proposal's dossier (hồ sơ đề nghị) as one document in a
 * versioned schema ({@code openapi/provincial-export/}) for the provincial board's systems. Reports read across
 * features, so their figures come from the read-only queries of {@link vn.thidua.report.ReportRepository}; the export
 * reads through the other features' services.
 */
package vn.thidua.report;
