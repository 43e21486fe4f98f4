package vn.thidua.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** How rule sets read over HTTP. */
public final class RuleSetResponses {

    private RuleSetResponses() {
    }

    static final String SETTINGS = """
            Defaults of the configurable items (thiết lập), by key; an agency may override any of them for its \
            subtree (`PUT /units/{id}/rule-overrides/{key}`). Keys and values: `registration.required` boolean (no \
            registration, no title); `employment.minMonths` integer 0–12 (months employed in the year for \
            ADVANCED_WORKER); `discipline.advancedWorker.enabled`, `discipline.advancedCollective.enabled` and \
            `discipline.excellentCollective.enabled` booleans (whether a discipline excludes the title), with \
            `discipline.advancedWorker.minMeasure`, `discipline.advancedCollective.minMeasure` and \
            `discipline.excellentCollective.minMeasure` (the lightest measure that does: REPRIMAND, WARNING, \
            SALARY_DOWNGRADE, DEMOTION, REMOVAL_FROM_OFFICE, DISMISSAL); `advancedCollective.minShare` and \
            `excellentCollective.minShare` numbers 0–1 (the share of members holding ADVANCED_WORKER), with \
            `advancedCollective.shareComparison` and `excellentCollective.shareComparison` GT | GTE; per award code T, \
            `vote.T` {required boolean, base ALL_MEMBERS | PRESENT, minRatio 0–1, comparison GT | GTE, quorum 0–1, \
            writtenVotes boolean} (2/3 is written 0.6666666666666666, so that 2 of 3 present reach it) and `quota.T` \
            null (no cap) or {ratio 0–1, of ADVANCED_WORKER | HEADCOUNT, rounding FLOOR | ROUND | CEIL, default \
            FLOOR}.""";

    @Schema(name = "RuleSetSummary", description = "A rule set (bộ quy tắc xét khen thưởng) without its criteria.")
    public record Summary(
            @Schema(required = true, examples = "LAW2022_ND152") String code,
            @Schema(required = true, examples = "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP") String nameVi,
            @Schema(required = true, examples = "Emulation and Commendation Law 2022 with Decree 152/2025") String nameEn,
            @Schema(required = true, description = "The legal texts it follows.") String legalBasis,
            @Schema(required = true, description = "First day it may be in force.") LocalDate validFrom,
            @Schema(description = "Last day it may be in force; null: open-ended.") LocalDate validTo,
            @Schema(required = true, description = "Only ACTIVE sets are in force; on a day, the ACTIVE set whose dates "
                    + "hold it, the latest `validFrom` winning.") RuleSetStatus status,
            @Schema(required = true, description = "The whole set is not verified against official texts.")
            boolean needsVerification,
            @Schema(description = "What is unverified, for officers.") String verificationNote,
            @Schema(description = "Why it was last activated or retired.") String statusReason,
            String statusChangedBy,
            OffsetDateTime statusChangedAt,
            @Schema(required = true) long version) {

        static Summary from(RuleSet set) {
            return new Summary(set.code, set.nameVi, set.nameEn, set.legalBasis, set.validFrom, set.validTo, set.status,
                    set.needsVerification, set.verificationNote, set.statusReason, set.statusChangedBy,
                    set.statusChangedAt, set.version);
        }
    }

    @Schema(name = "RuleSet", description = """
            A rule set in full: the criteria of each title and form as data. A subject earns a title when every \
            criterion of `general` and of the title's entry in `titles` holds; each criterion names an engine rule \
            (see `Criterion`), its parameters, the legal reference and whether that reference is verified. Seeded \
            by the database migrations; an administrator activates and retires sets.""")
    public record Full(
            @Schema(required = true, examples = "LAW2022_ND152") String code,
            @Schema(required = true) String nameVi,
            @Schema(required = true) String nameEn,
            @Schema(required = true) String legalBasis,
            @Schema(required = true) LocalDate validFrom,
            @Schema(description = "null: open-ended.") LocalDate validTo,
            @Schema(required = true) RuleSetStatus status,
            @Schema(required = true) boolean needsVerification,
            String verificationNote,
            String statusReason,
            String statusChangedBy,
            OffsetDateTime statusChangedAt,
            @Schema(required = true, type = SchemaType.OBJECT, description = SETTINGS) Map<String, JsonNode> settings,
            @Schema(required = true, description = "Criteria every title and form must also meet (NĐ 152/2025 điều "
                    + "4.4: nothing while a disciplinary procedure is pending; only achievements after a served "
                    + "discipline count).") List<CriterionSpec> general,
            @Schema(required = true) List<TitleRules> titles,
            @Schema(required = true) long version) {

        static Full from(RuleSet set) {
            RuleSetDefinition d = set.definition();
            return new Full(d.code(), d.nameVi(), d.nameEn(), d.legalBasis(), d.validFrom(), d.validTo(), d.status(),
                    d.needsVerification(), d.verificationNote(), set.statusReason, set.statusChangedBy,
                    set.statusChangedAt, d.settings(), d.general(), d.titles(), set.version);
        }
    }
}
