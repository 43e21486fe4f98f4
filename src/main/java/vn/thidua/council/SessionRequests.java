package vn.thidua.council;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the council session, agenda, attendance, ballot and tally operations. */
public final class SessionRequests {

    private SessionRequests() {
    }

    @Schema(name = "CreateCouncilSessionRequest", description = "A new session of a council, as a draft.")
    public record Create(
            @NotNull UUID councilId,
            @Schema(description = "The plan whose candidates the session considers; absent: a session for a year.")
            UUID planId,
            @Schema(description = "Default: the plan's year; required without a plan.", examples = "2024")
            @Min(1945) @Max(2200) Integer year,
            @Schema(examples = "Phiên họp xét danh hiệu thi đua năm 2024") @NotBlank @Size(max = 300) String name,
            @Schema(description = "When the meeting starts; its day in Vietnam decides who sits on the council.")
            @NotNull OffsetDateTime meetingAt,
            @Schema(examples = "Phòng họp số 1") @Size(max = 300) String place,
            @Schema(description = "Default BALLOT.") SessionVotingMode votingMode) {
    }

    @Schema(name = "UpdateCouncilSessionRequest", description = "Changes to a draft session; absent fields stay.")
    public record Update(
            @Size(min = 1, max = 300) String name,
            @Schema(description = "A new day re-snapshots the members, keeping the attendance of those still on it.")
            OffsetDateTime meetingAt,
            @Size(max = 300) String place,
            SessionVotingMode votingMode) {
    }

    @Schema(name = "CouncilSessionNotesRequest", description = "What the secretary writes into the minutes.")
    public record Notes(
            @Schema(examples = "Chủ tịch Hội đồng khai mạc, nêu mục đích, yêu cầu của phiên họp.")
            @Size(max = 20000) String opening,
            @Size(max = 20000) String opinions,
            @Size(max = 20000) String conclusion,
            OffsetDateTime endedAt) {
    }

    @Schema(name = "CouncilSessionCancelRequest", description = "Why the session is cancelled.")
    public record Cancel(
            @Schema(examples = "Không đủ thành viên dự họp; sẽ tổ chức phiên khác") @NotBlank @Size(max = 2000)
            String reason) {
    }

    @Schema(name = "CouncilQuotaTieSettlementRequest",
            description = "The council's choice among the items tied at a quota's cap: exactly as many as seats left.")
    public record Settle(
            @Schema(examples = "GRASSROOTS_EMULATION_FIGHTER") @NotBlank @Size(max = 64) String awardCode,
            @NotEmpty @Size(max = 1000) List<@NotNull UUID> admitted,
            @Schema(examples = "Hội đồng biểu quyết ưu tiên người có sáng kiến cấp tỉnh") @NotBlank @Size(max = 2000)
            String reason) {
    }

    @Schema(name = "AddCouncilAgendaItemRequest", description = "An evaluation submitted to the council, and the title "
            + "considered.")
    public record AddItem(
            @NotNull UUID evaluationId,
            @Schema(examples = "GRASSROOTS_EMULATION_FIGHTER") @NotBlank @Size(max = 64) String awardCode,
            @Schema(description = "Default: NONE when the title needs no vote under the rule set, otherwise the "
                    + "session's mode.") AgendaVotingMode votingMode) {
    }

    @Schema(name = "AddCouncilAgendaFromUnitRequest", description = "Every evaluation of the session's plan submitted "
            + "to the council under a unit, each title it proposes.")
    public record AddFromUnit(
            @NotNull UUID unitId,
            @Schema(description = "Default true: the units below it too.") Boolean subtree,
            @Schema(description = "Only these titles; absent: every proposed title.")
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> awardCodes) {
    }

    @Schema(name = "UpdateCouncilAgendaItemRequest")
    public record UpdateItem(@NotNull AgendaVotingMode votingMode) {
    }

    @Schema(name = "CouncilAttendanceRequest", description = "Attendance of some or all members of the session.")
    public record Attendance(@NotEmpty @Size(max = 500) List<@NotNull @Valid MemberAttendance> members) {
    }

    @Schema(name = "CouncilMemberAttendance")
    public record MemberAttendance(
            @NotNull UUID memberId,
            @Schema(description = "PRESENT or ABSENT.") @NotNull SessionAttendance attendance,
            @Schema(examples = "Đi công tác") @Size(max = 2000) String absenceReason) {
    }

    @Schema(name = "CastCouncilBallotsRequest", description = "The caller's ballots on some items: all are cast, or "
            + "none.")
    public record Ballots(@NotEmpty @Size(max = 1000) List<@NotNull @Valid BallotInput> ballots) {
    }

    @Schema(name = "CouncilBallotInput")
    public record BallotInput(@NotNull UUID itemId, @NotNull BallotChoice choice) {
    }

    @Schema(name = "ChangeCouncilBallotRequest", description = "A new choice for the ballot holding the receipt.")
    public record ChangeBallot(
            @NotNull UUID itemId,
            @Schema(examples = "q3Xw0mVQ2bq9GQ5vYgYF3Qy3r7Xr9m8a1c2K3d4e5f6") @NotBlank @Size(max = 100) String receipt,
            @NotNull BallotChoice choice) {
    }

    @Schema(name = "VerifyCouncilBallotRequest", description = "A receipt to check.")
    public record VerifyBallot(
            @NotNull UUID itemId,
            @Schema(examples = "q3Xw0mVQ2bq9GQ5vYgYF3Qy3r7Xr9m8a1c2K3d4e5f6") @NotBlank @Size(max = 100) String receipt) {
    }

    @Schema(name = "CouncilTallyRequest", description = "The counts of a paper ballot, entered by the secretary.")
    public record TallyInput(
            @NotNull @Min(0) @Max(10000) Integer approve,
            @NotNull @Min(0) @Max(10000) Integer reject,
            @NotNull @Min(0) @Max(10000) Integer abstain,
            @NotNull @Min(0) @Max(10000) Integer spoilt,
            @Schema(description = "How many of the ballots came in writing from absent members.")
            @NotNull @Min(0) @Max(10000) Integer written,
            @Schema(description = "The ballots issued (số phiếu phát ra): those handed to the present members entitled "
                    + "to vote on the item, plus the written ones; not fewer than the ballots counted. Default: one "
                    + "for each present member entitled to vote, plus the written ones.")
            @Min(0) @Max(10000) Integer issued) {

        Tally tally() {
            return new Tally(approve, reject, abstain, spoilt, written);
        }
    }
}
