package vn.thidua.cluster;

/** How the members are grouped: by area (cụm thi đua) or by function (khối thi đua). */
public enum ClusterKind {
    CLUSTER,
    BLOCK
}
