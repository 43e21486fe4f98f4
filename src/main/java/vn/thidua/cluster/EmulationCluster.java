package vn.thidua.cluster;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An emulation cluster or block (cụm, khối thi đua) and its scoring rules. */
@Entity
@Table(name = "cluster")
public class EmulationCluster {

    @Id
    public UUID id;
    /** The province or ministry whose council organises it: its subtree manages the cluster. */
    @Column(name = "organiser_unit_id", nullable = false)
    public UUID organiserUnitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClusterKind kind;
    @Column(nullable = false)
    public String name;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "cross_scoring_mode", nullable = false)
    public CrossScoringMode crossScoringMode;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_score_method", nullable = false)
    public FinalScoreMethod finalScoreMethod;
    /** A cross-score further than this share (percent) from the mean of a member's cross-scores is flagged. */
    @Column(name = "outlier_deviation_pct", nullable = false)
    public BigDecimal outlierDeviationPct;
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

    void touched(String by) {
        updatedBy = by;
        updatedAt = now();
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
