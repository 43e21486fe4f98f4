/**
 * Emulation clusters and blocks (cụm, khối thi đua): groups of agencies organised by a province's or ministry's
 * council, by area (CLUSTER) or by function (BLOCK), with year-bound membership (units of this installation or
 * external agencies), a head and deputy appointed per year, and the year's covenant (giao ước thi đua) with each
 * member's signature. Scoring tables, self- and cross-scoring and the ranking are in {@code cluster.scoring}; the
 * meeting that nominates the leading unit by the council's ballot, and its proposal, in {@code cluster.meeting}.
 * <p>
 * Reach: the organiser's subtree sees and manages its clusters; an agency sees only the clusters it is a member of
 * (an account whose home unit lies inside a member unit); anyone else gets 404.
 */
package vn.thidua.cluster;
