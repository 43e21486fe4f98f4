package vn.thidua.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * The structure a rule set must have; the eligibility engine relies on it. It checks names and references, not what
 * a rule makes of its parameters (the engine's rules do):
 * <ul>
 * <li>a code of capitals, digits and underscores; names; a start date not after the end date;</li>
 * <li>a valid default for every fixed setting ({@link RuleSettings}), and valid values for any other key given;</li>
 * <li>each title an award code of the catalogue, once, judging a subject the catalogue allows;</li>
 * <li>each criterion an id unique within its title (nested ones too; the general list counts as one title), a known
 * rule, an object of params, ANY_OF and ALL_OF a non-empty list of criteria in {@code params.of}; {@code when} a
 * boolean setting, and every {@code {"setting": key}} a setting the set has a default for.</li>
 * </ul>
 * Problems name their place as a JSON path: {@code titles[2].criteria[1].rule}.
 */
public final class RuleSetFormat {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,49}");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,49}");
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final RuleSettings settings;
    private final Map<String, AwardType.Subject> catalogue;

    /** @param catalogue the award codes of the catalogue with whom each fits */
    public RuleSetFormat(Map<String, AwardType.Subject> catalogue) {
        this.catalogue = Map.copyOf(catalogue);
        this.settings = new RuleSettings(catalogue);
    }

    public RuleSettings settings() {
        return settings;
    }

    public List<FieldViolation> check(RuleSetDefinition set) {
        List<FieldViolation> problems = new ArrayList<>();
        if (set.code() == null || !CODE.matcher(set.code()).matches()) {
            problems.add(new FieldViolation("code", "INVALID", "field.rule-set-code"));
        }
        required(problems, "nameVi", set.nameVi());
        required(problems, "nameEn", set.nameEn());
        required(problems, "legalBasis", set.legalBasis());
        if (set.validFrom() == null) {
            problems.add(new FieldViolation("validFrom", "NOT_NULL", "field.required"));
        } else if (set.validTo() != null && set.validTo().isBefore(set.validFrom())) {
            problems.add(new FieldViolation("validTo", "BEFORE_START", "field.rule-set-dates"));
        }
        if (set.status() == null) {
            problems.add(new FieldViolation("status", "NOT_NULL", "field.required"));
        }
        Map<String, JsonNode> defaults = set.settings() == null ? Map.of() : set.settings();
        checkSettings(defaults, problems);
        if (set.general() == null) {
            problems.add(new FieldViolation("general", "NOT_NULL", "field.required"));
        } else {
            checkCriteria("general", set.general(), defaults, new HashSet<>(), problems);
        }
        if (set.titles() == null) {
            problems.add(new FieldViolation("titles", "NOT_NULL", "field.required"));
        } else {
            checkTitles(set.titles(), defaults, problems);
        }
        return problems;
    }

    private void checkSettings(Map<String, JsonNode> defaults, List<FieldViolation> problems) {
        for (RuleSettings.Setting fixed : RuleSettings.fixed()) {
            if (!defaults.containsKey(fixed.key())) {
                problems.add(new FieldViolation("settings." + fixed.key(), "NOT_NULL", "field.required"));
            }
        }
        defaults.entrySet().stream().sorted(Map.Entry.comparingByKey(RuleSettings.order())).forEach(e -> problems.addAll(
                settings.check("settings." + e.getKey(), e.getKey(), "settings." + e.getKey(), e.getValue())));
    }

    private void checkTitles(List<TitleRules> titles, Map<String, JsonNode> defaults, List<FieldViolation> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < titles.size(); i++) {
            TitleRules title = titles.get(i);
            String at = "titles[" + i + "]";
            if (title == null) {
                problems.add(new FieldViolation(at, "NOT_NULL", "field.required"));
                continue;
            }
            AwardType.Subject fits = catalogue.get(title.awardCode());
            if (fits == null) {
                problems.add(new FieldViolation(at + ".awardCode", "UNKNOWN_AWARD", "field.rule-set-award-unknown",
                        title.awardCode()));
            } else if (!seen.add(title.awardCode())) {
                problems.add(new FieldViolation(at + ".awardCode", "DUPLICATE", "field.rule-set-award-repeated",
                        title.awardCode()));
            }
            if (title.subject() == null || title.subject() == AwardType.Subject.ANY
                    || fits != null && fits != AwardType.Subject.ANY && fits != title.subject()) {
                problems.add(new FieldViolation(at + ".subject", "TITLE_DOES_NOT_FIT", "field.rule-set-subject",
                        title.awardCode()));
            }
            if (title.criteria() == null || title.criteria().isEmpty()) {
                problems.add(new FieldViolation(at + ".criteria", "NOT_EMPTY", "field.required"));
            } else {
                checkCriteria(at + ".criteria", title.criteria(), defaults, new HashSet<>(), problems);
            }
        }
    }

    private void checkCriteria(String at, List<CriterionSpec> criteria, Map<String, JsonNode> defaults, Set<String> ids,
            List<FieldViolation> problems) {
        for (int i = 0; i < criteria.size(); i++) {
            CriterionSpec criterion = criteria.get(i);
            String here = at + "[" + i + "]";
            if (criterion == null) {
                problems.add(new FieldViolation(here, "NOT_NULL", "field.required"));
            } else {
                checkCriterion(here, criterion, defaults, ids, problems);
            }
        }
    }

    private void checkCriterion(String at, CriterionSpec criterion, Map<String, JsonNode> defaults, Set<String> ids,
            List<FieldViolation> problems) {
        if (criterion.id() == null || !ID.matcher(criterion.id()).matches()) {
            problems.add(new FieldViolation(at + ".id", "INVALID", "field.criterion-id"));
        } else if (!ids.add(criterion.id())) {
            problems.add(new FieldViolation(at + ".id", "DUPLICATE", "field.criterion-id-repeated", criterion.id()));
        }
        if (!RuleName.known(criterion.rule())) {
            problems.add(new FieldViolation(at + ".rule", "UNKNOWN_RULE", "field.criterion-rule-unknown",
                    criterion.rule()));
        }
        if (criterion.when() != null) {
            boolean known = defaults.containsKey(criterion.when());
            boolean bool = settings.setting(criterion.when()).map(s -> s.type() == RuleSettings.Type.BOOLEAN)
                    .orElse(false);
            if (!known || !bool) {
                problems.add(new FieldViolation(at + ".when", known ? "NOT_BOOLEAN" : "UNKNOWN_SETTING",
                        known ? "field.criterion-when-boolean" : "field.criterion-setting-unknown", criterion.when()));
            }
        }
        if (criterion.params() == null || !criterion.params().isObject()) {
            problems.add(new FieldViolation(at + ".params", "WRONG_TYPE", "field.criterion-params"));
            return;
        }
        settingReferences(at + ".params", criterion.params(), defaults, problems);
        if (RuleName.known(criterion.rule()) && RuleName.valueOf(criterion.rule()).combines()) {
            children(at + ".params.of", criterion.params().get("of"), defaults, ids, problems);
        }
    }

    private void children(String at, JsonNode of, Map<String, JsonNode> defaults, Set<String> ids,
            List<FieldViolation> problems) {
        if (of == null || !of.isArray() || of.isEmpty()) {
            problems.add(new FieldViolation(at, "NOT_EMPTY", "field.criterion-children"));
            return;
        }
        for (int i = 0; i < of.size(); i++) {
            String here = at + "[" + i + "]";
            try {
                checkCriterion(here, STRICT.treeToValue(of.get(i), CriterionSpec.class), defaults, ids, problems);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(new FieldViolation(here, "MALFORMED", "field.criterion-malformed"));
            }
        }
    }

    /** Every {"setting": key} below {@code node}, except in nested criteria (checked as criteria themselves). */
    private void settingReferences(String at, JsonNode node, Map<String, JsonNode> defaults,
            List<FieldViolation> problems) {
        if (node.isObject() && node.size() == 1 && node.has("setting")) {
            String key = node.get("setting").asText();
            if (!node.get("setting").isTextual() || !defaults.containsKey(key) || settings.setting(key).isEmpty()) {
                problems.add(new FieldViolation(at, "UNKNOWN_SETTING", "field.criterion-setting-unknown", key));
            }
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!(field.getKey().equals("of") && field.getValue().isArray())) {
                    settingReferences(at + "." + field.getKey(), field.getValue(), defaults, problems);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                settingReferences(at + "[" + i + "]", node.get(i), defaults, problems);
            }
        }
    }

    private static void required(List<FieldViolation> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldViolation(field, "NOT_BLANK", "field.required"));
        }
    }
}
