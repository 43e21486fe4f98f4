package vn.thidua.cluster.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the scoring operations. */
public final class ScoringRequests {

    private ScoringRequests() {
    }

    @Schema(name = "CreateClusterScoringTableRequest", description = "A new version of the year's scoring table.")
    public record CreateTable(
            @Schema(examples = "2022") @NotNull @Min(1990) @Max(2100) Integer year,
            @Schema(examples = "Bảng chấm điểm thi đua năm 2022") @NotBlank @Size(max = 500) String title,
            @NotNull @Valid TableContent content) {
    }

    @Schema(name = "UpdateClusterScoringTableRequest", description = "The whole table again, for a version not yet "
            + "in use.")
    public record UpdateTable(
            @Schema(examples = "Bảng chấm điểm thi đua năm 2022") @NotBlank @Size(max = 500) String title,
            @NotNull @Valid TableContent content) {
    }

    @Schema(name = "ClusterScoreEvidence", description = "A document that backs a score, by reference.")
    public record Evidence(
            @Schema(examples = "Báo cáo tổng kết công tác đào tạo năm 2022") @NotBlank @Size(max = 300) String title,
            @Schema(examples = "https://truongchinhtri.laichau.gov.vn/files/bao-cao-dao-tao-2022.pdf")
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
            @Schema(description = "sha256:<hex> of the file, so that a reader can tell it is the one referred to.",
                    examples = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @Size(max = 200) @Pattern(regexp = "(sha256|sha512|md5):[0-9a-fA-F]+") String checksum) {
    }

    @Schema(name = "ClusterScoreEntry", description = "The points given for one criterion, bonus or penalty item "
            + "(a penalty's points are subtracted), with a note and the evidence.")
    public record Entry(
            @Schema(examples = "I.1") @NotBlank @Size(max = 20) String code,
            @Schema(description = "At most two decimals.", examples = "18.5") @NotNull @DecimalMin("0")
            @DecimalMax("10000") BigDecimal points,
            @Size(max = 2000) String note,
            @Size(max = 20) List<@NotNull @Valid Evidence> evidence) {
    }

    @Schema(name = "EnterClusterScoreSheetRequest", description = "A member's scores of a member against the "
            + "year's current table: every criterion, and any bonus and penalty items.")
    public record EnterSheet(
            @NotNull UUID scoredMemberId,
            @Schema(description = "The member giving the scores; absent: the scored member itself (a self-score).")
            UUID scorerMemberId,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid Entry> entries) {
    }

    @Schema(name = "UpdateClusterScoreSheetRequest", description = "The sheet's entries again.")
    public record UpdateSheet(@NotEmpty @Size(max = 500) List<@NotNull @Valid Entry> entries) {
    }
}
