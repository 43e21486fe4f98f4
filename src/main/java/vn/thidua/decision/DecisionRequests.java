package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanParts;

/** The bodies of the decision operations. */
public final class DecisionRequests {

    private DecisionRequests() {
    }

    /**
     * A decision number: the register's number and the issuing body's symbol, "125/QĐ-UBND" for a state body (Nghị
     * định 30/2020/NĐ-CP), "125-QĐ/TCT" for a Party body (Hướng dẫn 36-HD/VPTW).
     */
    static final String NUMBER_PATTERN = "[0-9]{1,6}(/QĐ-|-QĐ/)[\\p{L}\\p{N}.-]{1,40}";

    @Schema(name = "CreateDecisionRequest", description = "A new commendation decision, as a draft.")
    public record Create(
            @Schema(description = "The issuing agency (or province); default: the caller's home unit. A department "
                    + "issues no decision.")
            UUID unitId,
            @Schema(description = "The title or form the decision confers (its lines may carry others the "
                    + "authority may award).", examples = "ADVANCED_WORKER")
            @NotBlank @Size(max = 50) String awardCode,
            @Schema(examples = "Về việc công nhận danh hiệu Lao động tiên tiến năm 2022")
            @NotBlank @Size(max = 500) String title,
            @Schema(description = "The achievement year; default: the plan's.", examples = "2022")
            @Min(1990) @Max(2100) Integer year,
            @Schema(description = "The plan the achievements were earned in; required for titles.") UUID planId,
            UUID phaseId,
            @Schema(description = "The council session whose results the decision rests on (closed).")
            UUID councilSessionId,
            @Size(max = 30) List<PlanParts.@Valid @NotNull LegalBasis> legalBases,
            @Schema(description = "Nơi nhận.", examples = "[\"Như Điều 3\", \"Lưu: VT, TCHC\"]")
            @Size(max = 30) List<@NotBlank @Size(max = 300) String> recipients,
            @Schema(description = "Default: the emulation and commendation fund of the authority.",
                    examples = "Quỹ thi đua, khen thưởng của Trường Chính trị tỉnh Lai Châu")
            @Size(max = 300) String fundingSource,
            @Schema(examples = "Lường Văn Thành") @Size(max = 200) String signerName,
            @Schema(examples = "Hiệu trưởng") @Size(max = 200) String signerPosition,
            @Schema(description = "The intended date, on which cash is reckoned until signing; default: today.")
            LocalDate decisionDate) {
    }

    @Schema(name = "UpdateDecisionRequest", description = "Changes to a draft; absent fields stay. A new date "
            + "reckons every line's cash again.")
    public record Update(
            @Size(min = 1, max = 500) String title,
            @Size(max = 30) List<PlanParts.@Valid @NotNull LegalBasis> legalBases,
            @Size(max = 30) List<@NotBlank @Size(max = 300) String> recipients,
            @Size(max = 300) String fundingSource,
            @Size(max = 200) String signerName,
            @Size(max = 200) String signerPosition,
            LocalDate decisionDate) {
    }

    @Schema(name = "AddAwardeeRequest", description = "An awardee added by hand.")
    public record AddAwardee(
            @NotNull SubjectKind subjectKind,
            @Schema(description = "The person, or the unit for a collective.") @NotNull UUID subjectId,
            @Schema(description = "Default: the decision's award.", examples = "ADVANCED_WORKER")
            @Size(max = 50) String awardCode,
            @Schema(examples = "Đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2022")
            @Size(max = 2000) String citation,
            @Schema(description = "The evaluation the award rests on, if any.") UUID evaluationId,
            @Schema(description = "Why the award is given although the rules did not find the subject eligible, or "
                    + "although the subject already holds a form for the same year; recorded with the line.")
            @Size(max = 2000) String overrideReason,
            @Schema(description = "Default: the decision's.") @Size(max = 300) String fundingSource) {
    }

    @Schema(name = "AddAwardeesFromSessionRequest", description = "Lines from a closed council session's results.")
    public record FromSession(
            @Schema(description = "Default: the decision's session.") UUID councilSessionId,
            @Schema(description = "Which awards to take; default: the decision's award.")
            @Size(max = 20) List<@NotBlank @Size(max = 50) String> awardCodes,
            @Schema(description = "The citation of every line added; default none.")
            @Size(max = 2000) String citation) {
    }

    @Schema(name = "UpdateAwardeeRequest", description = "Changes to a draft's line; absent fields stay.")
    public record UpdateAwardee(
            @Size(max = 2000) String citation,
            @Size(max = 2000) String overrideReason,
            @Size(max = 300) String fundingSource) {
    }

    @Schema(name = "SignDecisionRequest", description = "Signing fixes the number, date and signer for good.")
    public record Sign(
            @Schema(description = "Default: the next number of the authority's decisions of the year, with the "
                    + "unit's code as symbol, in its letterhead's style: 15/QĐ-UBND for a state body, 15-QĐ/TCT for "
                    + "a Party body.", examples = "15/QĐ-UBND", pattern = NUMBER_PATTERN)
            @jakarta.validation.constraints.Pattern(regexp = NUMBER_PATTERN) String number,
            @Schema(description = "Default: today in Vietnam; never in the future.") LocalDate decisionDate,
            @Schema(description = "Default: the draft's.", examples = "Lường Văn Thành") @Size(max = 200)
            String signerName,
            @Schema(description = "Default: the draft's.", examples = "Hiệu trưởng") @Size(max = 200)
            String signerPosition,
            @Schema(description = """
                    The signer's overrides for lines whose award needs the council's vote and has none (`vote.basis` \
                    MISSING): each with the written legal reason for conferring it without the vote, kept on the line, \
                    audited and printed on the decision's list. A line that has its vote takes no override.""")
            @Size(max = 1000) List<@NotNull @Valid VoteOverride> voteOverrides) {
    }

    @Schema(name = "VoteOverride", description = "The signer confers one line without the council's vote, and says why.")
    public record VoteOverride(@NotNull UUID awardeeId,
            @Schema(description = "The legal reason, in full: it is printed on the decision's list.",
                    examples = "Hội đồng không họp được do dịch bệnh; lấy ý kiến bằng văn bản theo Điều 30 Nghị định "
                            + "98/2023/NĐ-CP, đồng ý 9/9.")
            @NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    @Schema(name = "RevokeDecisionRequest", description = "A revoking decision (quyết định hủy bỏ), signed at once.")
    public record Revoke(
            @NotNull RevocationGround ground,
            @Schema(examples = "Kết luận thanh tra số 05/KL-TTr ngày 10/3/2023 xác định hồ sơ đề nghị khen thưởng "
                    + "khai không trung thực") @NotBlank @Size(max = 4000) String reason,
            @Schema(description = "The lines revoked; default: every standing line.")
            @Size(max = 5000) List<@NotNull UUID> awardeeIds,
            @Schema(examples = "16/QĐ-TCT", pattern = NUMBER_PATTERN)
            @jakarta.validation.constraints.Pattern(regexp = NUMBER_PATTERN) String number,
            LocalDate decisionDate,
            @Schema(description = "Default: \"Về việc hủy bỏ Quyết định số <number> ngày <dd/mm/yyyy> của <the head "
                    + "of its authority> <authority>\", citing the revoked decision.",
                    examples = "Về việc hủy bỏ quyết định khen thưởng") @Size(max = 500) String title,
            @Schema(examples = "Lường Văn Thành") @NotBlank @Size(max = 200) String signerName,
            @Schema(examples = "Hiệu trưởng") @NotBlank @Size(max = 200) String signerPosition,
            @Size(max = 30) List<PlanParts.@Valid @NotNull LegalBasis> legalBases) {
    }

    @Schema(name = "AwardeeRecoveryRequest", description = "What has been recovered of a revoked line so far.")
    public record Recovery(
            @Schema(examples = "710000") @PositiveOrZero Long recoveredVnd,
            LocalDate recoveredOn,
            @Schema(description = "When the certificate, flag or badge came back.") LocalDate itemRecoveredOn,
            @Size(max = 2000) String note) {
    }
}
