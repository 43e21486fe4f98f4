package vn.thidua.cluster.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.council.SessionVotingMode;

/** The bodies of the cluster meeting's operations. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    @Schema(name = "ConveneClusterMeetingRequest", description = "The year's meeting: when and where, how it votes, "
            + "and one delegate for each member agency of the year.")
    public record Convene(
            @Schema(description = "Absent: “Hội nghị tổng kết công tác thi đua năm <year> <cluster>”.",
                    examples = "Hội nghị tổng kết công tác thi đua năm 2022 Cụm thi đua các trường chính trị")
            @Size(max = 300) String name,
            @Schema(examples = "2022-12-16T08:00:00+07:00") @NotNull OffsetDateTime meetingAt,
            @Schema(examples = "Hội trường Trường Chính trị tỉnh Lai Châu") @Size(max = 300) String place,
            @Schema(description = "PAPER (absent): the secretary enters each nominee's tally from the ballot papers. "
                    + "BALLOT: each delegate casts a secret ballot through the service, which needs every delegate "
                    + "to have an account here.") SessionVotingMode votingMode,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid Delegate> delegates) {
    }

    @Schema(name = "ClusterMeetingDelegate", description = "Who represents a member agency: the member, the "
            + "delegate's name and position, and their account when they have one here (an account of that member's "
            + "unit; none for an external agency).")
    public record Delegate(
            @NotNull UUID memberId,
            UUID accountId,
            @Schema(examples = "Lường Văn Thành") @NotBlank @Size(max = 200) String fullName,
            @Schema(examples = "Hiệu trưởng") @Size(max = 200) String position) {
    }

    @Schema(name = "NominateClusterMemberRequest", description = "A member agency of the year put to the meeting's "
            + "vote for the flag or the Bằng khen.")
    public record Nominate(
            @NotNull UUID memberId,
            @Schema(description = "PROVINCE_FLAG (Cờ thi đua) or PROVINCE_COMMENDATION (Bằng khen).",
                    examples = "PROVINCE_FLAG") @NotBlank @Size(max = 50) String awardCode) {
    }
}
