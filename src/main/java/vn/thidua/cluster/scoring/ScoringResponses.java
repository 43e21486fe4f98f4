package vn.thidua.cluster.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.cluster.CrossScoringMode;
import vn.thidua.cluster.FinalScoreMethod;

/** What the scoring operations answer. */
public final class ScoringResponses {

    private ScoringResponses() {
    }

    @Schema(name = "ClusterScoringTable", description = "A version of a cluster's scoring table for a year.")
    public record Table(
            UUID id,
            UUID clusterId,
            @Schema(required = true) int year,
            @Schema(required = true) int versionNumber,
            @Schema(description = "Whether it is the year's latest version, against which sheets are entered.",
                    required = true) boolean current,
            @Schema(description = "Whether a sheet was entered against it: it can no longer change.", required = true)
            boolean inUse,
            String title,
            TableContent content,
            @Schema(description = "The sum of the groups' maximum points (bonus items come on top).")
            BigDecimal maxPoints,
            String createdBy,
            OffsetDateTime createdAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static Table from(ScoringTable t, boolean current, boolean inUse) {
            return new Table(t.id, t.clusterId, t.year, t.versionNumber, current, inUse, t.title, t.content,
                    t.maxPoints, t.createdBy, t.createdAt, t.updatedBy, t.updatedAt, t.version);
        }
    }

    @Schema(name = "ClusterScoring", description = "The scoring of a cluster's year: its phase and progress.")
    public record Round(
            UUID id,
            UUID clusterId,
            @Schema(required = true) int year,
            ScoringPhase phase,
            CrossScoringMode crossScoringMode,
            @Schema(description = "The year's current table version.") UUID currentTableId,
            @Schema(required = true) int currentTableVersion,
            @Schema(description = "Members of the year.", required = true) int memberCount,
            @Schema(description = "Self-scores entered against the current table.", required = true)
            int selfScoresEntered,
            @Schema(description = "Cross-scores entered against the current table.", required = true)
            int crossScoresEntered,
            @Schema(description = "Cross-scores the mode calls for.", required = true) int crossScoresExpected,
            String openedBy,
            OffsetDateTime openedAt,
            String crossStartedBy,
            OffsetDateTime crossStartedAt,
            String closedBy,
            OffsetDateTime closedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "ClusterScoreSheet", description = "A member's scores of a member against a table version.")
    public record Sheet(
            UUID id,
            UUID clusterId,
            @Schema(required = true) int year,
            UUID tableId,
            @Schema(required = true) int tableVersion,
            @Schema(description = "Whether its table is the year's current version; only those count.",
                    required = true) boolean current,
            @Schema(description = "SELF or CROSS.", enumeration = {"SELF", "CROSS"}) String kind,
            UUID scoredMemberId,
            String scoredName,
            UUID scorerMemberId,
            String scorerName,
            List<ScoringRequests.Entry> entries,
            @Schema(description = "Criteria and bonus points, less penalty points.") BigDecimal total,
            @Schema(description = "The account that entered it: the scorer's board, or the head's for an external "
                    + "scorer.") String createdBy,
            OffsetDateTime createdAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "ClusterRankingOutlier", description = "A cross-score far from the mean of the member's "
            + "cross-scores.")
    public record Outlier(UUID scorerMemberId, String scorerName, BigDecimal total,
            @Schema(description = "Distance from the mean, in percent of the mean.") BigDecimal deviationPct) {
    }

    @Schema(name = "ClusterRankingRow", description = "A member's line of the ranking.")
    public record Row(
            @Schema(description = "Null for a member without any cross-score.") Integer rank,
            @Schema(description = "Whether another member shares the rank.", required = true) boolean tied,
            UUID memberId,
            String name,
            String province,
            BigDecimal selfScore,
            @Schema(required = true) int crossScoreCount,
            BigDecimal meanOfCrossScores,
            BigDecimal finalScore,
            List<Outlier> outliers) {
    }

    @Schema(name = "ClusterRanking", description = "The ranking of a closed year, as it was closed.")
    public record Ranking(
            UUID clusterId,
            @Schema(required = true) int year,
            UUID tableId,
            @Schema(required = true) int tableVersion,
            BigDecimal tableMaxPoints,
            FinalScoreMethod method,
            BigDecimal outlierDeviationPct,
            OffsetDateTime closedAt,
            List<Row> rows) {
    }
}
