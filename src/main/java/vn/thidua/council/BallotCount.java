package vn.thidua.council;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * One voted agenda item's ballots as the minutes report them (kết quả kiểm phiếu), the same eight numbers whichever way
 * the item was voted on: the council's members on the meeting day, those present, the ballots issued (phát ra),
 * returned (thu về) and valid (hợp lệ), and the valid ones approving, rejecting and abstaining.
 * <p>
 * Secret ballots through the service: <b>issued</b> = the present members entitled to vote on the item (not recused),
 * plus the written ballots of absent members (an absent member voting in writing holds a ballot of their own);
 * <b>returned</b> = the ballots in the box; <b>valid</b> = returned, because the service takes nothing but one of the
 * three choices, so no electronic ballot can be spoilt. Paper ballots: the counts the secretary entered; <b>issued</b>
 * as entered, or, when not entered, counted as for secret ballots; <b>returned</b> = every ballot counted, spoilt ones
 * included; <b>valid</b> = returned − spoilt. Written ballots are part of issued and returned.
 */
@Schema(name = "CouncilBallotCount", description = """
        One voted item's ballot count as the minutes print it. `issued`: secret ballots, the present members entitled \
        to vote on the item plus the written ballots of absent members; paper, as the secretary entered it (default: \
        the same). `returned`: the ballots counted (paper: spoilt ones included). `valid`: returned less spoilt (a \
        secret ballot through the service cannot be spoilt, so valid = returned). `written`: how many of the returned \
        came in writing from absent members.""")
public record BallotCount(@Schema(required = true) int members, @Schema(required = true) int present,
        @Schema(required = true) int issued, @Schema(required = true) int returned, @Schema(required = true) int valid,
        @Schema(required = true) int approve, @Schema(required = true) int reject, @Schema(required = true) int abstain,
        @Schema(required = true) int written) {

    /** @param issuedOnPaper the paper ballots issued as the secretary entered them; null when not entered */
    static BallotCount of(AgendaVotingMode mode, Turnout turnout, Tally tally, Integer issuedOnPaper) {
        int issued = mode == AgendaVotingMode.PAPER && issuedOnPaper != null ? issuedOnPaper
                : entitled(turnout, tally);
        int returned = tally.ballots();
        return new BallotCount(turnout.members(), turnout.present(), issued, returned, returned - tally.spoilt(),
                tally.approve(), tally.reject(), tally.abstain(), tally.written());
    }

    /**
     * What is impossible in the paper ballots issued for an item: fewer than were counted (a ballot returned was
     * issued), or more handed out in the room than present members entitled to vote on the item.
     */
    static List<FieldViolation> check(Turnout turnout, Tally tally, int issued) {
        if (issued < tally.ballots()) {
            return List.of(new FieldViolation("issued", "BELOW_RETURNED", "field.council-tally-issued-below-returned",
                    issued, tally.ballots()));
        }
        if (issued > entitled(turnout, tally)) {
            return List.of(new FieldViolation("issued", "ABOVE_ENTITLED", "field.council-tally-issued-above-entitled",
                    issued, turnout.presentVoters(), tally.written()));
        }
        return List.of();
    }

    /** One ballot for each present member entitled to vote on the item, and one for each absent member who wrote. */
    private static int entitled(Turnout turnout, Tally tally) {
        return turnout.presentVoters() + tally.written();
    }
}
