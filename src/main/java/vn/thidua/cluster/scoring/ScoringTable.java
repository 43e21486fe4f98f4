package vn.thidua.cluster.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A version of a cluster's scoring table for a year. In use (a sheet was entered against it), it never changes. */
@Entity
@Table(name = "cluster_scoring_table")
public class ScoringTable {

    @Id
    public UUID id;
    @Column(name = "cluster_id", nullable = false)
    public UUID clusterId;
    @Column(nullable = false)
    public int year;
    @Column(name = "version_number", nullable = false)
    public int versionNumber;
    @Column(nullable = false)
    public String title;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public TableContent content;
    @Column(name = "max_points", nullable = false)
    public BigDecimal maxPoints;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
