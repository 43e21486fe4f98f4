package vn.thidua.catalog;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The criteria of one title or commendation form, in the order an answer lists them; all must hold. */
@Schema(name = "TitleRules", description = "The criteria of one title or form of the catalogue, in order; all must hold "
        + "(with the rule set's general criteria).")
public record TitleRules(
        @Schema(required = true, examples = "ADVANCED_WORKER") String awardCode,
        @Schema(required = true, description = "INDIVIDUAL or COLLECTIVE: whom these criteria judge.")
        AwardType.Subject subject,
        @Schema(required = true) List<CriterionSpec> criteria) {
}
