package vn.thidua.cluster.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One member's scores of one member against one table version: a self-score when scorer and scored are the same
 * member, a cross-score otherwise.
 */
@Entity
@Table(name = "cluster_score_sheet")
public class ScoreSheet {

    @Id
    public UUID id;
    @Column(name = "round_id", nullable = false)
    public UUID roundId;
    @Column(name = "table_id", nullable = false)
    public UUID tableId;
    @Column(name = "scored_member_id", nullable = false)
    public UUID scoredMemberId;
    @Column(name = "scorer_member_id", nullable = false)
    public UUID scorerMemberId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ScoringRequests.Entry> entries = new ArrayList<>();
    @Column(nullable = false)
    public BigDecimal total;
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

    public boolean selfScore() {
        return scoredMemberId.equals(scorerMemberId);
    }
}
