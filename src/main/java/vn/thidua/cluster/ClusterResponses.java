package vn.thidua.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the cluster operations answer. */
public final class ClusterResponses {

    private ClusterResponses() {
    }

    @Schema(name = "Cluster", description = "An emulation cluster (cụm) or block (khối thi đua).")
    public record Detail(
            UUID id,
            UUID organiserUnitId,
            @Schema(examples = "Tỉnh Lai Châu") String organiserName,
            ClusterKind kind,
            String name,
            String description,
            CrossScoringMode crossScoringMode,
            FinalScoreMethod finalScoreMethod,
            BigDecimal outlierDeviationPct,
            @Schema(required = true) long memberCount,
            String createdBy,
            OffsetDateTime createdAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        static Detail from(EmulationCluster c, String organiserName, long members) {
            return new Detail(c.id, c.organiserUnitId, organiserName, c.kind, c.name, c.description,
                    c.crossScoringMode, c.finalScoreMethod, c.outlierDeviationPct, members, c.createdBy, c.createdAt,
                    c.updatedBy, c.updatedAt, c.version);
        }
    }

    @Schema(name = "ClusterMember", description = "A member agency for a span of years.")
    public record Member(
            UUID id,
            UUID clusterId,
            @Schema(description = "Null for an external agency.") UUID unitId,
            String name,
            String province,
            @Schema(required = true) boolean external,
            @Schema(required = true) int fromYear,
            Integer toYear,
            String createdBy,
            OffsetDateTime createdAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            @Schema(required = true) long version) {

        public static Member from(ClusterMember m) {
            return new Member(m.id, m.clusterId, m.unitId, m.name, m.province, m.external(), m.fromYear, m.toYear,
                    m.createdBy, m.createdAt, m.updatedBy, m.updatedAt, m.version);
        }
    }

    @Schema(name = "ClusterLeadership", description = "The head and deputy of one year.")
    public record Leadership(
            UUID id,
            UUID clusterId,
            @Schema(required = true) int year,
            UUID headMemberId,
            String headName,
            UUID deputyMemberId,
            String deputyName,
            String basis,
            String appointedBy,
            OffsetDateTime appointedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "ClusterCovenantSignature", description = "A member's signature of the covenant.")
    public record Signature(
            UUID memberId,
            String memberName,
            String signerName,
            String signerPosition,
            LocalDate signedOn,
            String recordedBy,
            OffsetDateTime recordedAt) {
    }

    @Schema(name = "ClusterMemberRef", description = "A member, by id and name.")
    public record MemberRef(UUID memberId, String name) {
    }

    @Schema(name = "ClusterCovenant", description = "The covenant (giao ước thi đua) of a cluster's year.")
    public record Covenant(
            UUID id,
            UUID clusterId,
            @Schema(required = true) int year,
            String title,
            String content,
            List<String> targets,
            CovenantStatus status,
            List<Signature> signatures,
            @Schema(description = "The members of the year that have not signed.") List<MemberRef> unsigned,
            String fixedBy,
            OffsetDateTime fixedAt,
            String createdBy,
            OffsetDateTime createdAt,
            String updatedBy,
            OffsetDateTime updatedAt,
            @Schema(required = true) long version) {
    }
}
