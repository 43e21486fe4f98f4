package vn.thidua.council;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.org.SubjectKind;

/**
 * The minutes (biên bản) of a council session as structured data: when and where, who sat and who was absent, the
 * agenda and each item's result, the quotas and how their ties were settled, and the secretary's notes. The same data
 * renders as the Vietnamese document ({@code MinutesText}). {@code final} is false until the session is closed: the
 * minutes are then a draft.
 */
@Schema(name = "CouncilMinutes", description = "The minutes (biên bản) of a council session.")
public record Minutes(UUID sessionId, String status, @Schema(name = "final") @JsonProperty("final") boolean isFinal, String agencyName,
        String parentAgencyName, String councilName, String sessionName, int year, String planNumber,
        String planTitle, OffsetDateTime meetingAt, String place, OffsetDateTime votingClosedAt,
        OffsetDateTime closedAt, String ruleSetCode, int memberCount, int presentCount, List<Attendee> members,
        List<Item> items, List<QuotaLine> quotas, Notes notes,
        @Schema(description = "Whether the session is a cluster's meeting (hội nghị cụm, khối thi đua), whose members "
                + "are the member agencies' delegates.") boolean clusterMeeting,
        @Schema(description = "Whether the agency is a Party body, whose minutes carry ĐẢNG CỘNG SẢN VIỆT NAM; "
                + "parentAgencyName is then, as for any agency with a letterhead, the governing body as printed.")
        boolean party,
        @Schema(description = "The agency's name as its letterhead prints it.", examples = "Trường Chính trị")
        String letterheadName) {

    /** A member on the meeting day: role in the council, attendance (PRESENT, ABSENT, UNRECORDED). */
    @Schema(name = "CouncilMinutesAttendee")
    public record Attendee(UUID memberId, String fullName, String position, CouncilRole role, String attendance,
            String absenceReason) {
    }

    /**
     * One agenda item and its result ({@code outcome} and the counts null until voting closes; {@code tally} and
     * {@code ballots} null for items decided without a vote).
     */
    @Schema(name = "CouncilMinutesItem")
    public record Item(int position, UUID itemId, SubjectKind subjectKind, String subjectName, String unitName,
            String awardCode, String awardName, String votingMode, String outcome, String reason, Tally tally,
            Integer base, String baseKind, BigDecimal ratio, BigDecimal minRatio, String comparison, Integer needed,
            Boolean quorumMet, BigDecimal quorum, List<String> recused, String quotaStanding,
            @Schema(description = "The ballot count the minutes print for the item, once voting has closed.")
            BallotCount ballots) {
    }

    /** A quota applied to one title: the cap, who stands over it, and how a tie at the cap was settled. */
    @Schema(name = "CouncilMinutesQuota")
    public record QuotaLine(String awardCode, String awardName, BigDecimal ratio, String of, long base, long cap,
            int within, List<String> over, List<String> tied, String settlement) {
    }

    /** What the secretary writes: the opening, the opinions voiced, the conclusion, when the meeting ended. */
    @Schema(name = "CouncilMinutesNotes")
    public record Notes(String opening, String opinions, String conclusion, OffsetDateTime endedAt) {
    }
}
