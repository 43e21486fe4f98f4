package vn.thidua.cluster;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The head (trưởng cụm, khối) and deputy (phó) of a cluster for one year; each year has its own row. */
@Entity
@Table(name = "cluster_leadership")
public class ClusterLeadership {

    @Id
    public UUID id;
    @Column(name = "cluster_id", nullable = false)
    public UUID clusterId;
    @Column(nullable = false)
    public int year;
    @Column(name = "head_member_id", nullable = false)
    public UUID headMemberId;
    @Column(name = "deputy_member_id")
    public UUID deputyMemberId;
    /** The document that appointed them, e.g. the organiser's decision or the cluster meeting's minutes. */
    public String basis;
    @Column(name = "appointed_by")
    public String appointedBy;
    @Column(name = "appointed_at", nullable = false)
    public OffsetDateTime appointedAt;
    @Version
    public long version;
}
