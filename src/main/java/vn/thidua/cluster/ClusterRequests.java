package vn.thidua.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the cluster, member, leadership and covenant operations. */
public final class ClusterRequests {

    private ClusterRequests() {
    }

    @Schema(name = "CreateClusterRequest", description = "A new cluster or block of the organiser (a province or "
            + "ministry in the caller's scope).")
    public record Create(
            @NotNull UUID organiserUnitId,
            @NotNull ClusterKind kind,
            @Schema(examples = "Cụm thi đua các trường chính trị tỉnh khu vực miền núi biên giới phía Bắc")
            @NotBlank @Size(max = 300) String name,
            @Size(max = 4000) String description,
            @Schema(description = "Absent: EVERY_OTHER_MEMBER.") CrossScoringMode crossScoringMode,
            @Schema(description = "Absent: MEAN_OF_CROSS_SCORES.") FinalScoreMethod finalScoreMethod,
            @Schema(description = "Percent from the mean of a member's cross-scores beyond which a cross-score is "
                    + "flagged; absent: 10.", examples = "10")
            @DecimalMin(value = "0.01") @DecimalMax("100") BigDecimal outlierDeviationPct) {
    }

    @Schema(name = "UpdateClusterRequest", description = "Changes to a cluster; absent fields stay as they are.")
    public record Update(
            ClusterKind kind,
            @Size(min = 1, max = 300) String name,
            @Size(max = 4000) String description,
            CrossScoringMode crossScoringMode,
            FinalScoreMethod finalScoreMethod,
            @DecimalMin(value = "0.01") @DecimalMax("100") BigDecimal outlierDeviationPct) {
    }

    @Schema(name = "AddClusterMemberRequest", description = "A member agency from a year on: a unit of this "
            + "installation (unitId), or an external agency (name and province).")
    public record AddMember(
            @Schema(description = "A unit in the caller's scope; absent for an external agency.") UUID unitId,
            @Schema(description = "For an external agency; a unit's own name otherwise.",
                    examples = "Trường Chính trị tỉnh Lào Cai") @Size(min = 1, max = 300) String name,
            @Schema(examples = "Lào Cai") @Size(min = 1, max = 100) String province,
            @Schema(examples = "2022") @NotNull @Min(1990) @Max(2100) Integer fromYear,
            @Schema(description = "The last year of membership; absent: still a member.") @Min(1990) @Max(2100)
            Integer toYear) {
    }

    @Schema(name = "UpdateClusterMemberRequest", description = "Changes to a membership; absent fields stay. "
            + "Ending a membership (toYear) keeps the earlier years' records.")
    public record UpdateMember(
            @Size(min = 1, max = 300) String name,
            @Size(min = 1, max = 100) String province,
            @Min(1990) @Max(2100) Integer fromYear,
            @Min(1990) @Max(2100) Integer toYear) {
    }

    @Schema(name = "AppointClusterLeadershipRequest", description = "The head and deputy of the year, both members "
            + "that year. When the head is an external agency, the organiser's board runs the year for it.")
    public record Appoint(
            @NotNull UUID headMemberId,
            UUID deputyMemberId,
            @Schema(examples = "Biên bản Hội nghị tổng kết Cụm thi đua năm 2021") @Size(max = 500) String basis) {
    }

    @Schema(name = "ClusterCovenantRequest", description = "The covenant of the year as the head drafts it.")
    public record Draft(
            @Schema(examples = "Giao ước thi đua năm 2022") @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 20000) String content,
            @Size(max = 100) List<@NotBlank @Size(max = 1000) String> targets) {
    }

    @Schema(name = "SignClusterCovenantRequest", description = "A member's signature, as on the signed copy.")
    public record Sign(
            @NotNull UUID memberId,
            @Schema(examples = "Lường Văn Thành") @NotBlank @Size(max = 200) String signerName,
            @Schema(examples = "Hiệu trưởng") @NotBlank @Size(max = 200) String signerPosition,
            @NotNull LocalDate signedOn) {
    }
}
