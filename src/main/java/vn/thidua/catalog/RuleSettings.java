package vn.thidua.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.history.DisciplineMeasure;

/**
 * The configurable items of the rule sets (thiết lập): each key's type, what it means and which values it takes. A
 * rule set holds a default for each; an agency may override any for its subtree. Keys are flat; two are per award
 * code T of the catalogue: {@code vote.T} (the council vote a title needs) and {@code quota.T} (a cap on how many may
 * receive it, or null for none).
 */
public final class RuleSettings {

    /** The kinds of value a setting holds. */
    public enum Type {
        BOOLEAN, INTEGER, NUMBER, CHOICE, VOTE, QUOTA
    }

    /** One setting: its key, type, bounds (numbers) or choices (CHOICE), and what it means. */
    public record Setting(String key, Type type, String description, double min, double max, List<String> choices) {
    }

    public static final String VOTE_PREFIX = "vote.";
    public static final String QUOTA_PREFIX = "quota.";
    static final List<String> COMPARISONS = List.of("GT", "GTE");
    static final List<String> VOTE_BASES = List.of("ALL_MEMBERS", "PRESENT");
    static final List<String> QUOTA_OF = List.of("ADVANCED_WORKER", "HEADCOUNT");
    static final List<String> ROUNDINGS = List.of("FLOOR", "ROUND", "CEIL");
    static final String DEFAULT_ROUNDING = "FLOOR";
    private static final List<String> MEASURES = Arrays.stream(DisciplineMeasure.values()).map(Enum::name).toList();

    private static final List<Setting> FIXED = List.of(
            bool("registration.required", "Only subjects who registered (đăng ký thi đua) for the title, or a higher "
                    + "one, may receive it."),
            new Setting("employment.minMonths", Type.INTEGER, "Months a person must have been employed in the year "
                    + "for ADVANCED_WORKER (maternity leave counts).", 0, 12, List.of()),
            bool("discipline.advancedWorker.enabled", "Whether a discipline in the year excludes ADVANCED_WORKER."),
            measure("discipline.advancedWorker.minMeasure", "The lightest measure that excludes ADVANCED_WORKER."),
            bool("discipline.advancedCollective.enabled", "Whether a disciplined member excludes ADVANCED_COLLECTIVE."),
            measure("discipline.advancedCollective.minMeasure", "The lightest measure that excludes ADVANCED_COLLECTIVE."),
            bool("discipline.excellentCollective.enabled", "Whether a disciplined member excludes EXCELLENT_COLLECTIVE."),
            measure("discipline.excellentCollective.minMeasure", "The lightest measure that excludes "
                    + "EXCELLENT_COLLECTIVE."),
            share("advancedCollective.minShare", "ADVANCED_COLLECTIVE"),
            comparison("advancedCollective.shareComparison", "ADVANCED_COLLECTIVE"),
            share("excellentCollective.minShare", "EXCELLENT_COLLECTIVE"),
            comparison("excellentCollective.shareComparison", "EXCELLENT_COLLECTIVE"));
    private static final Map<String, Setting> BY_KEY = new LinkedHashMap<>();

    static {
        FIXED.forEach(s -> BY_KEY.put(s.key(), s));
    }

    private final Set<String> awardCodes;
    private final Set<String> collectiveOnly;

    /** @param catalogue the codes of the catalogue, for which {@code vote.T} and {@code quota.T} exist, and whom each fits */
    public RuleSettings(Map<String, AwardType.Subject> catalogue) {
        this.awardCodes = Set.copyOf(catalogue.keySet());
        this.collectiveOnly = catalogue.entrySet().stream().filter(e -> e.getValue() == AwardType.Subject.COLLECTIVE)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a {@code vote.T} value requires the council's vote: the one answer to "does this award need a vote?",
     * which the council, eligibility, decisions and proposals all ask (through {@link EffectiveSettings#voteRequired}).
     */
    public static boolean voteRequired(JsonNode vote) {
        return vote != null && vote.path("required").asBoolean(false);
    }

    /** The keys that are not per award code, in the order they are shown. */
    public static List<Setting> fixed() {
        return FIXED;
    }

    public Optional<Setting> setting(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Setting fixed = BY_KEY.get(key);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        if (key.startsWith(VOTE_PREFIX) && awardCodes.contains(key.substring(VOTE_PREFIX.length()))) {
            return Optional.of(new Setting(key, Type.VOTE, "The council vote " + key.substring(VOTE_PREFIX.length())
                    + " needs.", 0, 1, List.of()));
        }
        if (key.startsWith(QUOTA_PREFIX) && awardCodes.contains(key.substring(QUOTA_PREFIX.length()))) {
            return Optional.of(new Setting(key, Type.QUOTA, "A cap on how many of a unit may receive "
                    + key.substring(QUOTA_PREFIX.length()) + "; null: none.", 0, 1, List.of()));
        }
        return Optional.empty();
    }

    /** Shown order: the fixed keys as listed, then the votes, then the quotas, each by award code. */
    public static Comparator<String> order() {
        return Comparator.comparingInt(RuleSettings::rank).thenComparing(Comparator.naturalOrder());
    }

    private static int rank(String key) {
        int fixed = FIXED.stream().map(Setting::key).toList().indexOf(key);
        if (fixed >= 0) {
            return fixed;
        }
        return key.startsWith(VOTE_PREFIX) ? FIXED.size() : FIXED.size() + 1;
    }

    /**
     * What is wrong with a value for a key, each problem naming its place: {@code field} for the value itself,
     * {@code field.minRatio} for a property of an object. An unknown key is reported on {@code keyField}.
     */
    public List<FieldViolation> check(String keyField, String key, String field, JsonNode value) {
        Optional<Setting> setting = setting(key);
        if (setting.isEmpty()) {
            return List.of(new FieldViolation(keyField, "UNKNOWN_SETTING", "field.setting-unknown", key));
        }
        List<FieldViolation> problems = new ArrayList<>();
        Setting s = setting.get();
        JsonNode v = value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value;
        switch (s.type()) {
            case BOOLEAN -> checkBoolean(field, v, problems);
            case INTEGER -> checkInteger(field, v, s.min(), s.max(), problems);
            case NUMBER -> checkNumber(field, v, s.min(), s.max(), problems);
            case CHOICE -> checkChoice(field, v, s.choices(), problems);
            case VOTE -> checkVote(field, v, problems);
            case QUOTA -> {
                checkQuota(field, v, problems);
                if (problems.isEmpty() && !v.isNull()
                        && collectiveOnly.contains(key.substring(QUOTA_PREFIX.length()))) {
                    // a share of the staff cannot cap what only collectives receive: refused, never silently ignored
                    problems.add(new FieldViolation(field + ".of", "QUOTA_NOT_ENFORCEABLE",
                            "field.quota-not-enforceable", key.substring(QUOTA_PREFIX.length()), v.get("of").asText()));
                }
            }
        }
        return problems;
    }

    /** The value as stored: a quota's rounding filled in with its default. Call on a value that passed the check. */
    public JsonNode normalised(String key, JsonNode value) {
        if (key.startsWith(QUOTA_PREFIX) && value instanceof ObjectNode quota && !quota.has("rounding")) {
            ObjectNode filled = quota.deepCopy();
            filled.put("rounding", DEFAULT_ROUNDING);
            return filled;
        }
        return value;
    }

    // --- the types ----------------------------------------------------------------------------------------------

    private static void checkBoolean(String field, JsonNode v, List<FieldViolation> problems) {
        if (!v.isBoolean()) {
            problems.add(new FieldViolation(field, "WRONG_TYPE", "field.setting-boolean"));
        }
    }

    private static void checkInteger(String field, JsonNode v, double min, double max, List<FieldViolation> problems) {
        if (!v.isIntegralNumber()) {
            problems.add(new FieldViolation(field, "WRONG_TYPE", "field.setting-integer", (long) min, (long) max));
        } else if (v.asDouble() < min || v.asDouble() > max) {
            problems.add(new FieldViolation(field, "OUT_OF_RANGE", "field.setting-integer", (long) min, (long) max));
        }
    }

    private static void checkNumber(String field, JsonNode v, double min, double max, List<FieldViolation> problems) {
        if (!v.isNumber()) {
            problems.add(new FieldViolation(field, "WRONG_TYPE", "field.setting-number", min, max));
        } else if (v.asDouble() < min || v.asDouble() > max) {
            problems.add(new FieldViolation(field, "OUT_OF_RANGE", "field.setting-number", min, max));
        }
    }

    private static void checkChoice(String field, JsonNode v, List<String> choices, List<FieldViolation> problems) {
        if (!v.isTextual() || !choices.contains(v.asText())) {
            problems.add(new FieldViolation(field, v.isTextual() ? "NOT_ALLOWED" : "WRONG_TYPE",
                    "field.setting-choice", String.join(", ", choices)));
        }
    }

    private static void checkVote(String field, JsonNode v, List<FieldViolation> problems) {
        if (!objectWith(field, v, List.of("required", "base", "minRatio", "comparison", "quorum", "writtenVotes"),
                List.of(), problems)) {
            return;
        }
        checkBoolean(field + ".required", v.get("required"), problems);
        checkChoice(field + ".base", v.get("base"), VOTE_BASES, problems);
        checkNumber(field + ".minRatio", v.get("minRatio"), 0, 1, problems);
        checkChoice(field + ".comparison", v.get("comparison"), COMPARISONS, problems);
        checkNumber(field + ".quorum", v.get("quorum"), 0, 1, problems);
        checkBoolean(field + ".writtenVotes", v.get("writtenVotes"), problems);
    }

    private static void checkQuota(String field, JsonNode v, List<FieldViolation> problems) {
        if (v.isNull() || !objectWith(field, v, List.of("ratio", "of"), List.of("rounding"), problems)) {
            return;
        }
        checkNumber(field + ".ratio", v.get("ratio"), 0, 1, problems);
        checkChoice(field + ".of", v.get("of"), QUOTA_OF, problems);
        if (v.has("rounding")) {
            checkChoice(field + ".rounding", v.get("rounding"), ROUNDINGS, problems);
        }
    }

    /** Whether v is an object with every required property and nothing unknown; what is wrong is added. */
    private static boolean objectWith(String field, JsonNode v, List<String> required, List<String> optional,
            List<FieldViolation> problems) {
        if (!v.isObject()) {
            problems.add(new FieldViolation(field, "WRONG_TYPE", "field.setting-object",
                    String.join(", ", required)));
            return false;
        }
        int before = problems.size();
        for (String property : required) {
            if (!v.has(property)) {
                problems.add(new FieldViolation(field + "." + property, "NOT_NULL", "field.required"));
            }
        }
        for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!required.contains(name) && !optional.contains(name)) {
                problems.add(new FieldViolation(field + "." + name, "UNKNOWN_PROPERTY", "field.setting-property-unknown",
                        name));
            }
        }
        return problems.size() == before;
    }

    // --- the registry's entries ---------------------------------------------------------------------------------

    private static Setting bool(String key, String description) {
        return new Setting(key, Type.BOOLEAN, description, 0, 0, List.of());
    }

    private static Setting measure(String key, String description) {
        return new Setting(key, Type.CHOICE, description, 0, 0, MEASURES);
    }

    private static Setting share(String key, String title) {
        return new Setting(key, Type.NUMBER, "The share of members holding ADVANCED_WORKER that " + title
                + " needs (0 to 1).", 0, 1, List.of());
    }

    private static Setting comparison(String key, String title) {
        return new Setting(key, Type.CHOICE, "How the share for " + title + " compares with its minimum: GT (more "
                + "than) or GTE (at least).", 0, 0, COMPARISONS);
    }
}
