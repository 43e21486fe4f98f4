package vn.thidua.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.plan.PlanParts.Anniversary;
import vn.thidua.plan.PlanParts.Attachment;
import vn.thidua.plan.PlanParts.ContentItem;
import vn.thidua.plan.PlanParts.Duty;
import vn.thidua.plan.PlanParts.LegalBasis;
import vn.thidua.plan.PlanParts.Movement;

/** The bodies of the plan and phase operations. */
public final class PlanRequests {

    private PlanRequests() {
    }

    /**
     * A whole plan, with its phases, in one call; units by id or, for hand-written imports, by code. The same body
     * without phases edits a plan ({@link Update}).
     */
    @Schema(name = "CreatePlanRequest", description = "A plan with its phases, created as a draft in one call.")
    public record Create(
            @Schema(description = "Document number; required to issue; unique per issuing unit.", examples = "99-KH/TCT")
            @Size(max = 50) String number,
            @Schema(examples = "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022")
            @NotBlank @Size(max = 500) String title,
            @Schema(description = "The issuing unit; or give issuingUnitCode.") UUID issuingUnitId,
            @Schema(description = "The issuing unit's code, instead of its id.", examples = "TCT") @Size(max = 50) String issuingUnitCode,
            @Schema(description = "Date of the document; required to issue.") LocalDate issuedOn,
            @Schema(examples = "Lai Châu") @Size(max = 100) String issuedPlace,
            @NotNull PlanKind kind,
            @Schema(examples = "2022") @Min(1945) @Max(2200) Integer year,
            @Schema(description = "First day of the period the plan covers.") @NotNull LocalDate startDate,
            @Schema(description = "Last day of the period the plan covers.") @NotNull LocalDate endDate,
            @Size(max = 20_000) String preamble,
            @Schema(description = "The theme (chủ đề thi đua).") @Size(max = 5000) String theme,
            @Size(max = 100) List<@NotNull @Valid LegalBasis> legalBases,
            @Schema(description = "Purposes and requirements (mục đích, yêu cầu), one paragraph each.")
            @Size(max = 100) List<@NotBlank @Size(max = 20_000) String> purposes,
            @Size(max = 200) List<@NotNull @Valid ContentItem> contentItems,
            @Size(max = 50) List<@NotNull @Valid Movement> movements,
            @Size(max = 200) List<@NotNull @Valid Duty> duties,
            @Schema(description = "The closing paragraph after the duties (\"Trên đây là Kế hoạch ...\"), printed "
                    + "unnumbered.") @Size(max = 20_000) String closing,
            @Schema(description = "Nơi nhận, each as written.") @Size(max = 200) List<@NotBlank @Size(max = 500) String> recipients,
            @Valid PlanParts.Signer signer,
            @Size(max = 50) List<@NotNull @Valid Attachment> attachments,
            @Schema(description = "Units taking part (each with its subtree), inside the issuing unit's; empty: the issuing unit.")
            @Size(max = 500) List<@NotNull UUID> participatingUnitIds,
            @Size(max = 500) List<@NotBlank String> participatingUnitCodes,
            @Size(max = 24) List<@NotNull @Valid Phase> phases) {

        Update withoutPhases() {
            return new Update(number, title, issuedOn, issuedPlace, kind, year, startDate, endDate, preamble, theme,
                    legalBases, purposes, contentItems, movements, duties, closing, recipients, signer, attachments,
                    participatingUnitIds, participatingUnitCodes);
        }
    }

    /**
     * The editable fields of a plan (the issuing unit never changes). A draft takes any change; an issued plan only
     * corrections of its text (not its number, dates, kind, period or participants).
     */
    @Schema(name = "UpdatePlanRequest")
    public record Update(
            @Size(max = 50) String number,
            @NotBlank @Size(max = 500) String title,
            LocalDate issuedOn,
            @Size(max = 100) String issuedPlace,
            @NotNull PlanKind kind,
            @Min(1945) @Max(2200) Integer year,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Size(max = 20_000) String preamble,
            @Size(max = 5000) String theme,
            @Size(max = 100) List<@NotNull @Valid LegalBasis> legalBases,
            @Size(max = 100) List<@NotBlank @Size(max = 20_000) String> purposes,
            @Size(max = 200) List<@NotNull @Valid ContentItem> contentItems,
            @Size(max = 50) List<@NotNull @Valid Movement> movements,
            @Size(max = 200) List<@NotNull @Valid Duty> duties,
            @Size(max = 20_000) String closing,
            @Size(max = 200) List<@NotBlank @Size(max = 500) String> recipients,
            @Valid PlanParts.Signer signer,
            @Size(max = 50) List<@NotNull @Valid Attachment> attachments,
            @Size(max = 500) List<@NotNull UUID> participatingUnitIds,
            @Size(max = 500) List<@NotBlank String> participatingUnitCodes) {
    }

    @Schema(name = "PhaseRequest", description = "A campaign phase (đợt thi đua).")
    public record Phase(
            @Schema(examples = "1") @NotNull @Min(1) @Max(99) Integer number,
            @Schema(examples = "Đợt 1") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Slogan or theme of the phase.") @Size(max = 2000) String slogan,
            @Schema(examples = "2022-02-01") @NotNull LocalDate startDate,
            @Schema(examples = "2022-06-30") @NotNull LocalDate endDate,
            @Size(max = 50) List<@NotNull @Valid Anniversary> anniversaries,
            @Schema(description = "Registration (đăng ký thi đua) opens; with registrationCloses.") LocalDate registrationOpens,
            @Schema(description = "Registration closes; before the phase ends.") LocalDate registrationCloses,
            @Schema(description = "Evaluations are due; on or after the phase's end.") LocalDate evaluationDeadline) {
    }

    @Schema(name = "CancelPlanRequest")
    public record Cancel(@Schema(examples = "Thay bằng kế hoạch 120-KH/TCT") @NotBlank @Size(max = 2000) String reason) {
    }
}
