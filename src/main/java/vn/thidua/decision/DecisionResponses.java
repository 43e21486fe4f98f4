package vn.thidua.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.catalog.AwardType;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanParts;

/** What the decision operations answer. */
public final class DecisionResponses {

    private DecisionResponses() {
    }

    @Schema(name = "Decision", description = "A commendation decision or a revoking one.")
    public record Decision(UUID id, DecisionKind kind, DecisionStatus status,
            @Schema(description = "The unit whose subtree keeps it.") UUID unitId,
            UUID authorityUnitId, String authorityName, AwardType.AwardedBy authorityLevel,
            @Schema(required = true, description = "A higher authority's decision recorded here.") boolean external,
            UUID proposalId, String awardCode, String title, @Schema(required = true) int year, UUID planId,
            UUID phaseId, UUID councilSessionId, List<PlanParts.LegalBasis> legalBases, List<String> recipients,
            String fundingSource, String signerName, String signerPosition, LocalDate decisionDate, String number,
            @Schema(required = true, description = "The sum of the lines' cash, in VND.") long totalVnd,
            @Schema(required = true) long awardeeCount,
            @Schema(required = true, description = "Lines revoked by a later decision.") long revokedCount,
            UUID revokesDecisionId, RevocationGround revocationGround, String revocationReason,
            UUID revokedByDecisionId, LocalDate revokedOn, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, String signedBy, OffsetDateTime signedAt, String publishedBy,
            OffsetDateTime publishedAt,
            @Schema(required = true, description = "Version, also sent as the ETag.") long version) {

        static Decision from(CommendationDecision d, long awardees, long revoked) {
            return new Decision(d.id, d.kind, d.status, d.unitId, d.authorityUnitId, d.authorityName,
                    d.authorityLevel, d.external, d.proposalId, d.awardCode, d.title, d.year, d.planId, d.phaseId,
                    d.councilSessionId, d.legalBases, d.recipients, d.fundingSource, d.signerName, d.signerPosition,
                    d.decisionDate, d.number, d.totalVnd, awardees, revoked, d.revokesDecisionId, d.revocationGround,
                    d.revocationReason, d.revokedByDecisionId, d.revokedOn, d.createdBy, d.createdAt, d.updatedAt,
                    d.signedBy, d.signedAt, d.publishedBy, d.publishedAt, d.version);
        }
    }

    @Schema(name = "DecisionAwardee", description = "An awardee line with its cash and, once revoked, its recovery.")
    public record Awardee(UUID id, UUID decisionId, @Schema(required = true) int position, SubjectKind subjectKind,
            UUID subjectId, String subjectName, String subjectPosition, UUID unitId, String unitName,
            String awardCode, String citation, UUID evaluationId, UUID agendaItemId,
            @Schema(description = "What the rules found when the line was last checked.") LineEligibility eligibility,
            String eligibilityNote, String overrideReason,
            @Schema(examples = "0.3") BigDecimal coefficient, @Schema(examples = "1") BigDecimal multiplier,
            @Schema(examples = "1490000") Long baseSalaryVnd,
            @Schema(required = true, examples = "450000") long amountVnd, String fundingSource,
            @Schema(description = "Given at signing; printed on the certificate, checked at /public/verify/{code}.",
                    examples = "7K3QD-M9X2T") String verificationCode,
            UUID awardRecordId, @Schema(required = true) boolean revoked, UUID revokedByDecisionId,
            LocalDate revokedOn, Recovery recovery,
            @Schema(required = true, description = "Version, also sent as the ETag.") long version,
            @Schema(required = true) LineVote vote) {

        static Awardee from(DecisionLine l) {
            Recovery recovery = l.revokedOn == null ? null : new Recovery(l.recoveryOwedVnd, l.recoveryItem,
                    l.recoveredVnd, l.recoveredOn, l.itemRecoveredOn, l.recoveryNote,
                    l.recoveryOwedVnd - (l.recoveredVnd == null ? 0 : l.recoveredVnd),
                    l.itemRecoveredOn != null);
            return new Awardee(l.id, l.decisionId, l.position, l.subjectKind, l.subjectId(), l.subjectName,
                    l.subjectPosition, l.unitId, l.unitName, l.awardCode, l.citation, l.evaluationId,
                    l.agendaItemId, l.eligibility, l.eligibilityNote, l.overrideReason, l.coefficient,
                    l.multiplier, l.baseSalaryVnd, l.amountVnd, l.fundingSource, l.verificationCode,
                    l.awardRecordId, l.revoked(), l.revokedByDecisionId, l.revokedOn, recovery, l.version,
                    new LineVote(l.voteBasis, l.councilSessionId, l.voteBasis == VoteBasis.COUNCIL ? l.agendaItemId
                            : null, l.voteOverrideReason, l.voteOverriddenBy, l.voteOverriddenAt));
        }
    }

    @Schema(name = "AwardeeVote", description = """
            What the line rests on for the council's vote its award needs: NOT_REQUIRED (the rule set asks none), \
            COUNCIL (the accepted item `itemId` of the closed session `sessionId` of the authority's own council for the \
            year), HIGHER_DECISION (recorded from the higher authority's decision), OVERRIDE (the signer's written legal \
            reason, who and when), MISSING (a draft line without any: the decision cannot be signed until the council \
            votes or the signer overrides), NOT_RECORDED (signed before the basis was kept).""")
    public record LineVote(@Schema(required = true) VoteBasis basis, UUID sessionId, UUID itemId,
            String overrideReason, String overriddenBy, OffsetDateTime overriddenAt) {
    }

    @Schema(name = "AwardeeRecovery", description = "The recovery (thu hồi) of a revoked line's money and item.")
    public record Recovery(Long owedVnd, String item, Long recoveredVnd, LocalDate recoveredOn,
            LocalDate itemRecoveredOn, String note,
            @Schema(required = true, description = "Still owed, in VND.") long outstandingVnd,
            @Schema(required = true) boolean itemRecovered) {
    }

    @Schema(name = "AwardeesAdded", description = "The lines a session's results added, and those passed over.")
    public record Added(List<Awardee> added, List<Skipped> skipped, @Schema(required = true) long totalVnd,
            @Schema(required = true) long version) {
    }

    @Schema(name = "AwardeeSkipped", description = "A passed result not made a line, and why.")
    public record Skipped(UUID agendaItemId, String subjectName, String awardCode,
            @Schema(description = "ALREADY_LISTED, NOT_ACCEPTED (over the quota), ABOVE_AUTHORITY (goes up as a "
                    + "proposal), NOT_REQUESTED (another award).") String reason) {
    }
}
