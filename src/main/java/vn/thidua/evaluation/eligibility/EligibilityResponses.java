package vn.thidua.evaluation.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.org.SubjectKind;

/** The shapes of the eligibility answers. */
public final class EligibilityResponses {

    private EligibilityResponses() {
    }

    @Schema(name = "EligibilitySubject", description = "The person or unit judged.")
    public record SubjectView(@Schema(required = true) SubjectKind kind, @Schema(required = true) UUID id,
            @Schema(required = true, examples = "Lò Văn Minh") String name,
            @Schema(description = "The person's unit, or the unit itself.") UUID unitId) {
    }

    @Schema(name = "EligibilityPeriod", description = "The achievement period judged: a calendar year for an annual "
            + "plan, a phase's dates for a thematic one. `year` is the emulation year (the one the period ends in).")
    public record PeriodView(@Schema(required = true, examples = "2022") int year,
            @Schema(required = true) LocalDate from, @Schema(required = true) LocalDate to) {

        static PeriodView of(Period period) {
            return new PeriodView(period.year(), period.from(), period.to());
        }
    }

    @Schema(name = "EligibilityRuleSet", description = "The rule set in force for the period (chosen by the period's "
            + "last day), with its legal basis and whether its content still needs verification against the official "
            + "texts. `GET /rule-sets/{code}` shows its criteria.")
    public record RuleSetView(@Schema(required = true, examples = "LAW2022_ND152") String code,
            @Schema(required = true) String name, String legalBasis, @Schema(required = true) LocalDate validFrom,
            LocalDate validTo, @Schema(required = true) boolean needsVerification, String verificationNote) {

        static RuleSetView of(RuleSetDefinition set, boolean english) {
            return new RuleSetView(set.code(), english ? set.nameEn() : set.nameVi(), set.legalBasis(),
                    set.validFrom(), set.validTo(), set.needsVerification(), set.verificationNote());
        }
    }

    @Schema(name = "CriterionOutcome", description = """
            One criterion as the engine found it. `outcome`: PASS, FAIL, NEEDS_REVIEW (a record is missing, or only a \
            person can say: an attestation, a discipline served inside the period), AWAITING_COUNCIL (the council's \
            vote is still to come) or NOT_APPLICABLE (switched off by the agency's settings). `message` is a sentence \
            to show as it is, in the language of `Accept-Language`. `values` holds what the rule looked at (its keys \
            depend on the rule). ANY_OF and ALL_OF criteria list their `parts`.""")
    public record CriterionView(@Schema(required = true, examples = "chain") String id,
            @Schema(required = true, examples = "CONSECUTIVE_AWARDS") String rule,
            @Schema(required = true) Outcome outcome,
            @Schema(required = true, examples = "Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2023, 2025 — thiếu 2024")
            String message,
            @Schema(required = true, type = SchemaType.OBJECT, additionalProperties = Schema.True.class)
            Map<String, Object> values,
            @Schema(examples = "Luật Thi đua, khen thưởng 2022, điều 22") String legalRef,
            @Schema(required = true) boolean needsVerification,
            @Schema(required = true) List<CriterionView> parts) {
    }

    @Schema(name = "TitleEligibility", description = """
            A title (or form) considered for the subject. `outcome` is FAIL when any criterion fails, else \
            NEEDS_REVIEW when any needs review, else PASS; `awaitingCouncil`: it passes all the records can decide and \
            still needs the council's vote. `proposed`: the unit's review proposed it. `overQuota`: it passes, but the \
            subject ranks beyond a configured quota of its unit (never dropped: the council decides). The general \
            criteria (no pending procedure, achievements after a served discipline) come first.""")
    public record TitleView(@Schema(required = true, examples = "GRASSROOTS_EMULATION_FIGHTER") String title,
            @Schema(required = true, examples = "Chiến sĩ thi đua cơ sở") String titleName,
            @Schema(required = true) Outcome outcome, @Schema(required = true) boolean awaitingCouncil,
            @Schema(required = true) boolean proposed, @Schema(required = true) boolean overQuota,
            @Schema(required = true, examples = "Đủ điều kiện đề nghị Chiến sĩ thi đua cơ sở, chờ Hội đồng bỏ phiếu")
            String summary,
            @Schema(required = true) List<CriterionView> criteria) {
    }

    @Schema(name = "Eligibility", description = "Which titles an evaluation's subject has earned, and why.")
    public record Answer(@Schema(required = true) UUID evaluationId, @Schema(required = true) UUID planId,
            UUID phaseId, @Schema(required = true) SubjectView subject, @Schema(required = true) PeriodView period,
            @Schema(required = true) RuleSetView ruleSet,
            @Schema(required = true, description = "The day pending procedures are looked at.") LocalDate asOf,
            @Schema(required = true) List<TitleView> titles) {
    }

    @Schema(name = "SubjectEligibility", description = "One subject of a batch, with its titles.")
    public record SubjectEligibility(@Schema(required = true) SubjectView subject,
            @Schema(description = "Its evaluation in the plan, when one exists.") UUID evaluationId,
            @Schema(required = true) List<TitleView> titles) {
    }

    @Schema(name = "QuotaCheck", description = """
            A quota the unit's agency configured (none is active by default under the 2022 law): \
            `cap` = `ratio` × `base` rounded as configured, where `base` counts the unit's people recognised Lao động \
            tiên tiến for the year (`of`: ADVANCED_WORKER: holding it, or accepted for it by the council; not those \
            merely eligible) or its people (HEADCOUNT); `used` the seats taken already. `ranking` lists every subject \
            who passes the title, best first (by the unit meeting's vote share, then an excellent rating, then \
            initiatives of the year, then staff-list order); `over` the ones beyond the seats left. Nobody is dropped: \
            the council decides. The council's results, decision signing, proposals and reports count the same way.""")
    public record QuotaView(@Schema(required = true, examples = "GRASSROOTS_EMULATION_FIGHTER") String title,
            @Schema(required = true, examples = "0.15") BigDecimal ratio,
            @Schema(required = true, examples = "ADVANCED_WORKER") String of,
            @Schema(required = true, examples = "FLOOR") String rounding, @Schema(required = true) long base,
            @Schema(required = true) long cap, @Schema(required = true) boolean exceeded,
            @Schema(required = true) List<SubjectView> ranking, @Schema(required = true) List<SubjectView> over,
            @Schema(required = true) String message,
            @Schema(required = true, description = "Seats of the cap taken already: subjects holding the title for the "
                    + "year, or accepted for it by the council.") long used) {
    }

    @Schema(name = "BatchEligibility", description = """
            Eligibility of every active person and unit of a unit's subtree for a plan, judged in one run. `counts` \
            gives, per title, how many subjects have each outcome; `quotas` the configured quotas checked over the \
            unit; `items` one page of subjects (filtered by `subjectKind`, `title` and `outcome`), units first, then \
            people in staff-list order.""")
    public record Batch(@Schema(required = true) UUID planId, UUID phaseId, @Schema(required = true) UUID unitId,
            @Schema(required = true) PeriodView period, @Schema(required = true) RuleSetView ruleSet,
            @Schema(required = true) LocalDate asOf,
            @Schema(required = true, description = "Title code → outcome → number of subjects.",
                    examples = "{\"ADVANCED_WORKER\": {\"PASS\": 41, \"FAIL\": 3, \"NEEDS_REVIEW\": 2}}")
            Map<String, Map<Outcome, Long>> counts,
            @Schema(required = true) List<QuotaView> quotas, @Schema(required = true) List<SubjectEligibility> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long total,
            @Schema(required = true) int totalPages) {
    }
}
