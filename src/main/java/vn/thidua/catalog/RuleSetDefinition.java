package vn.thidua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A whole rule set as the eligibility engine reads it: its criteria and the defaults of its configurable items. The
 * settings of a particular unit come from {@link RuleSetService#settingsResolver}.
 */
public record RuleSetDefinition(String code, String nameVi, String nameEn, String legalBasis, LocalDate validFrom,
        LocalDate validTo, RuleSetStatus status, boolean needsVerification, String verificationNote,
        List<CriterionSpec> general, List<TitleRules> titles, Map<String, JsonNode> settings) {

    /** Whether the day lies within the set's validity (both ends included; no end: open). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The criteria of a title or form, if the set has them. */
    public java.util.Optional<TitleRules> title(String awardCode) {
        return titles.stream().filter(t -> t.awardCode().equals(awardCode)).findFirst();
    }
}
