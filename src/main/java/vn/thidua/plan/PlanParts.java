package vn.thidua.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of a plan document, kept as written; stored as JSON inside the plan. */
public final class PlanParts {

    private PlanParts() {
    }

    @Schema(name = "LegalBasis", description = "A document the plan implements (căn cứ, thực hiện).")
    public record LegalBasis(
            @Schema(examples = "Chỉ thị số 03/CT-UBND ngày 11/02/2022 của UBND tỉnh Lai Châu")
            @NotBlank @Size(max = 500) String reference,
            @Schema(examples = "về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2022")
            @Size(max = 2000) String summary) {
    }

    @Schema(name = "ContentItem", description = "One item of the plan's emulation content (nội dung thi đua).")
    public record ContentItem(
            @Schema(examples = "2.1") @Size(max = 20) String number,
            @NotBlank @Size(max = 20_000) String text) {
    }

    @Schema(name = "Movement", description = "A named sub-movement (phong trào) that pledges commit to.")
    public record Movement(
            @Schema(description = "Stable short code within the plan; pledges refer to it.", examples = "GD5T")
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,20}") String key,
            @Schema(examples = "Giảng dạy tốt, nghiên cứu tốt, học tập tốt, quản lý tốt, phục vụ tốt")
            @NotBlank @Size(max = 500) String name,
            @Size(max = 5000) String description) {
    }

    @Schema(name = "Duty", description = "An implementation duty (tổ chức thực hiện), with whom it falls to.")
    public record Duty(
            @Schema(examples = "Phòng Tổ chức - Hành chính") @Size(max = 300) String assignee,
            @NotBlank @Size(max = 20_000) String text,
            @Schema(description = "The duty introduces the plan's phases (\"... phát động 02 đợt thi đua sau:\"): the "
                    + "document prints them under it, and not again in part II. At most one duty does.")
            Boolean listsPhases) {

        public boolean introducesPhases() {
            return Boolean.TRUE.equals(listsPhases);
        }
    }

    @Schema(name = "Signer", description = "Who signs the document.")
    public record Signer(
            @Schema(examples = "Lường Văn Thành") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "Hiệu trưởng") @NotBlank @Size(max = 200) String position) {
    }

    @Schema(name = "Attachment", description = "A file kept elsewhere, by reference.")
    public record Attachment(
            @NotBlank @Size(max = 300) String name,
            @Schema(examples = "https://laichau.gov.vn/files/99-KH-TCT.pdf")
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
            @Schema(description = "sha256:<hex> of the file, so that a reader can tell it is the one referred to.",
                    examples = "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @Size(max = 200) @Pattern(regexp = "(sha256|sha512|md5):[0-9a-fA-F]+") String checksum) {
    }

    @Schema(name = "Anniversary", description = "An anniversary a phase greets (chào mừng).")
    public record Anniversary(
            @Schema(examples = "92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2022)")
            @NotBlank @Size(max = 500) String title,
            @NotNull LocalDate date) {
    }
}
