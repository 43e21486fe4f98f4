package vn.thidua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

public record RuleSetDefinition(String code, String nameVi, String nameEn, String legalBasis, LocalDate validFrom,
        LocalDate validTo, RuleSetStatus status, boolean needsVerification, String verificationNote,
        List<CriterionSpec> general, List<TitleRules> titles, Map<String, JsonNode> settings) {
}
