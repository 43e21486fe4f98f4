package vn.thidua.catalog;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One criterion of a title (or of every title, in a rule set's {@code general} list): a rule of the eligibility engine
 * with its parameters, the legal reference an officer reads, and whether that reference is verified. ANY_OF and ALL_OF
 * hold their children, criteria of this same shape, in {@code params.of}.
 */
@Schema(name = "Criterion", description = """
        One criterion (tiêu chí). `rule` names a rule of the eligibility engine; `params` are its parameters, any of \
        which may instead be `{"setting": "<key>"}` to take the value of a configurable item (see `RuleSet.settings`) \
        as resolved for the subject's unit. Rules and their params: NO_PENDING_PROCEEDING {}; AFTER_SERVED_DISCIPLINE \
        {}; RATING_AT_LEAST {min: Rating}; REGISTERED {titles: [award codes]}; MIN_MONTHS_EMPLOYED {months}; \
        NO_DISCIPLINE_IN_PERIOD {minMeasure: DisciplineMeasure}; ATTESTATION {key: SOLIDARITY_AND_MOVEMENTS | \
        COMPLIANCE}; QUALIFIES_FOR {title}; ANY_OF {of: [Criterion]}; ALL_OF {of: [Criterion]}; INITIATIVE {minLevel: \
        BASE | PROVINCE | NATIONAL, minCount, years, kinds?: [INITIATIVE | SCIENCE_PROJECT]}; CONSECUTIVE_AWARDS \
        {title, count, step (years apart, default 1)}; CONSECUTIVE_RATINGS {min, count}; COUNCIL_VOTE {title: whose \
        `vote.<title>` setting applies}; LEADS_CLUSTER {}; MEMBER_SHARE {title, minShare, comparison: GT | GTE}; \
        ALL_MEMBERS_RATED_AT_LEAST {min}; MEMBER_WITH_TITLE {title, minCount}; NO_MEMBER_DISCIPLINE {minMeasure}.""")
public record CriterionSpec(
        @Schema(required = true, description = "Unique within its title, nested criteria included; eligibility "
                + "answers name the criterion by it.", examples = "employment") String id,
        @Schema(required = true, type = SchemaType.STRING, implementation = RuleName.class,
                description = "The engine's rule.") String rule,
        @Schema(type = SchemaType.OBJECT, description = "The rule's parameters (an object; `{}` when it has none).",
                examples = "{\"months\": {\"setting\": \"employment.minMonths\"}}") ObjectNode params,
        @Schema(description = "A boolean setting: when it resolves to false the criterion is NOT_APPLICABLE.",
                examples = "registration.required") String when,
        @Schema(description = "The legal reference, in Vietnamese.",
                examples = "Thông tư 01/2024/TT-BNV; Nghị định 152/2025/NĐ-CP, điều 4.5") String legalRef,
        @Schema(required = true, description = "The reference or its reading is not verified against the official "
                + "text: officers should check it.") boolean needsVerification,
        @Schema(description = "A note for officers: what is unverified, or how the rule is read.") String note) {
}
