package vn.thidua.evaluation.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one criterion found: its outcome, the values it looked at, its legal reference, and the sentence that says
 * it (a message key and arguments, worded in the caller's language by {@link EligibilityText}).
 */
public record CriterionResult(String id, String rule, Outcome outcome, Map<String, Object> values, String legalRef,
        boolean needsVerification, String messageKey, List<Object> args, List<CriterionResult> parts) {

    static Builder of(Criterion criterion) {
        return new Builder(criterion);
    }

    /** Collects the values a rule looked at, in the order it names them. */
    static final class Builder {
        private final Criterion criterion;
        private final Map<String, Object> values = new LinkedHashMap<>();
        private List<CriterionResult> parts = List.of();

        private Builder(Criterion criterion) {
            this.criterion = criterion;
        }

        Builder value(String name, Object value) {
            values.put(name, value);
            return this;
        }

        Builder parts(List<CriterionResult> nested) {
            this.parts = List.copyOf(nested);
            return this;
        }

        CriterionResult is(Outcome outcome, String messageKey, Object... args) {
            return new CriterionResult(criterion.id(), criterion.rule(), outcome, java.util.Collections
                    .unmodifiableMap(values), criterion.legalRef(), criterion.needsVerification(), messageKey,
                    List.of(args), parts);
        }
    }

    /** An argument worded by its own message key (a rating, a measure, a level), with arguments of its own. */
    public record Term(String key, List<Object> args) {

        static Term of(String key, Object... args) {
            return new Term(key, List.of(args));
        }

        static Term of(Enum<?> value) {
            return new Term(value.getDeclaringClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "."
                    + value.name(), List.of());
        }
    }

    /** An argument that is a title's or form's name in the caller's language. */
    public record AwardName(String code) {
    }
}
