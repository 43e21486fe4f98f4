package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanParts;

/**
 * What the public views answer: what the law makes public (công khai) of a decision and its awardees, and nothing
 * more. No amounts, coefficients or funding, no person, evaluation or agenda ids, no eligibility or override reasons,
 * no verification codes (a code proves holding the certificate), no recovery, no accounts.
 */
public final class PublicDecisionResponses {

    private PublicDecisionResponses() {
    }

    @Schema(name = "PublicAward", description = "A title or form of the catalogue, with its names.")
    public record Award(@Schema(required = true, examples = "GRASSROOTS_EMULATION_FIGHTER") String code,
            @Schema(required = true, examples = "Chiến sĩ thi đua cơ sở") String nameVi,
            @Schema(required = true, examples = "Grassroots emulation fighter") String nameEn) {
    }

    @Schema(name = "PublicDecisionRef", description = "Another decision a public one names: its number and date, and "
            + "its id when it is published itself (null otherwise).")
    public record DecisionRef(UUID id, @Schema(required = true, examples = "45/QĐ-TCT") String number,
            @Schema(required = true) LocalDate decisionDate) {
    }

    /** Where a certificate stands. */
    @Schema(name = "AwardeeStanding")
    public enum Standing {
        STANDING, REVOKED
    }

    @Schema(name = "PublicDecisionSummary", description = "A published decision as the public list shows it: its "
            + "heading, how many awardees it names and the first few of their names.")
    public record PublicSummary(@Schema(required = true) UUID id, @Schema(required = true) DecisionKind kind,
            @Schema(required = true, examples = "123/QĐ-TCT") String number,
            @Schema(required = true) LocalDate decisionDate,
            @Schema(required = true, examples = "Trường Chính trị tỉnh Lai Châu") String authorityName,
            @Schema(required = true) PlanParts.Signer signer, @Schema(required = true) String title, Award award,
            @Schema(required = true) int year,
            @Schema(required = true, description = "PUBLISHED, or REVOKED once every line was revoked.")
            DecisionStatus status,
            LocalDate revokedOn, DecisionRef revokedBy,
            @Schema(description = "For a revocation: the decision it revokes.") DecisionRef revokes,
            @Schema(required = true) int awardeeCount,
            @Schema(required = true, description = "The first awardees' names, in the order printed.")
            List<String> firstAwardees) {
    }

    @Schema(name = "PublicDecision", description = "A published decision (quyết định khen thưởng, or one revoking "
            + "another) with its awardees, as the law makes it public.")
    public record Detail(@Schema(required = true) UUID id, @Schema(required = true) DecisionKind kind,
            @Schema(required = true, examples = "123/QĐ-TCT") String number,
            @Schema(required = true) LocalDate decisionDate,
            @Schema(required = true, examples = "Trường Chính trị tỉnh Lai Châu") String authorityName,
            @Schema(required = true) PlanParts.Signer signer, @Schema(required = true) String title, Award award,
            @Schema(required = true) int year, @Schema(required = true) List<PlanParts.LegalBasis> legalBases,
            @Schema(required = true, description = "PUBLISHED, or REVOKED once every line was revoked.")
            DecisionStatus status,
            LocalDate revokedOn, DecisionRef revokedBy,
            @Schema(description = "For a revocation: the decision it revokes.") DecisionRef revokes,
            @Schema(description = "For a revocation: the law's ground for it.") RevocationGround revocationGround,
            @Schema(required = true) List<Awardee> awardees) {
    }

    @Schema(name = "PublicAwardee", description = "An awardee line of a published decision.")
    public record Awardee(@Schema(required = true) int position, @Schema(required = true) SubjectKind subjectKind,
            @Schema(required = true, examples = "Nguyễn Văn Đức") String name,
            @Schema(required = true, examples = "Khoa Lý luận cơ sở") String unitName,
            @Schema(required = true) Award award, String citation,
            @Schema(required = true, description = "Annulled by a later decision.") boolean revoked,
            LocalDate revokedOn) {
    }

    @Schema(name = "AwardeeVerification", description = "What a verification code shows: whose certificate it is, "
            + "of which decision, and whether it stands or was revoked.")
    public record Verification(@Schema(required = true) boolean standing, @Schema(required = true) Standing status,
            @Schema(required = true) SubjectKind subjectKind,
            @Schema(required = true, examples = "Nguyễn Văn Đức") String subjectName,
            @Schema(required = true, examples = "Khoa Lý luận cơ sở") String unitName,
            @Schema(required = true) Award award, String citation,
            @Schema(description = "The decision's id when it is published (its public page); null before.")
            UUID decisionId,
            @Schema(required = true, examples = "123/QĐ-TCT") String decisionNumber,
            @Schema(required = true) LocalDate decisionDate,
            @Schema(required = true, examples = "Trường Chính trị tỉnh Lai Châu") String authorityName,
            @Schema(required = true) PlanParts.Signer signer, @Schema(required = true) int year,
            LocalDate revokedOn,
            @Schema(description = "The decision that revoked it, when revoked.") DecisionRef revokedBy) {
    }
}
