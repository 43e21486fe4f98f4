package vn.thidua.cluster.scoring;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.cluster.EmulationCluster;
import vn.thidua.common.error.ApiException;

/** The scoring of a cluster's year; once CLOSED, its ranking is the record and nothing of it changes. */
@Entity
@Table(name = "cluster_scoring_round")
public class ScoringRound {

    @Id
    public UUID id;
    @Column(name = "cluster_id", nullable = false)
    public UUID clusterId;
    @Column(nullable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoringPhase phase = ScoringPhase.SELF_SCORING;
    @JdbcTypeCode(SqlTypes.JSON)
    public ScoringResponses.Ranking ranking;
    @Column(name = "opened_by")
    public String openedBy;
    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;
    @Column(name = "cross_started_by")
    public String crossStartedBy;
    @Column(name = "cross_started_at")
    public OffsetDateTime crossStartedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    void startCrossScoring(String by) {
        require(ScoringPhase.CROSS_SCORING, ScoringPhase.SELF_SCORING);
        phase = ScoringPhase.CROSS_SCORING;
        crossStartedBy = by;
        crossStartedAt = EmulationCluster.now();
        updatedAt = crossStartedAt;
    }

    void close(ScoringResponses.Ranking result, String by) {
        require(ScoringPhase.CLOSED, ScoringPhase.CROSS_SCORING);
        phase = ScoringPhase.CLOSED;
        ranking = result;
        closedBy = by;
        closedAt = result.closedAt();
        updatedAt = closedAt;
    }

    /** Sheets of a kind are entered only in their phase. */
    void requirePhase(ScoringPhase needed) {
        if (phase != needed) {
            throw ApiException.conflict("detail.cluster-scoring-phase", phase, needed);
        }
    }

    private void require(ScoringPhase target, ScoringPhase from) {
        if (phase != from) {
            throw ApiException.conflict("detail.cluster-scoring-transition", phase, target, from);
        }
    }
}
