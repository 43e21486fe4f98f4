package vn.thidua.evaluation.eligibility;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import vn.thidua.evaluation.eligibility.CriterionResult.AwardName;
import vn.thidua.evaluation.eligibility.CriterionResult.Term;

/**
 * Words the engine's findings as sentences a front end shows as they are, in Vietnamese (the default) or English:
 * "Chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở: 2023, 2025 — thiếu 2024". Patterns live in
 * {@code i18n/eligibility.properties} and {@code i18n/eligibility_en.properties}; titles are named as the catalogue
 * names them.
 */
public final class EligibilityText {

    private static final String BUNDLE = "i18n.eligibility";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ResourceBundle bundle;
    private final Map<String, String> awardNames;

    /** @param awardNames the catalogue's names of titles and forms in {@code locale}'s language, by code */
    public EligibilityText(Locale locale, Map<String, String> awardNames) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                NO_FALLBACK);
        this.awardNames = awardNames;
    }

    public String sentence(CriterionResult result) {
        return format(result.messageKey(), result.args());
    }

    public String sentence(String key, List<Object> args) {
        return format(key, args);
    }

    /** A title's one-line summary: what it comes to, and the first criterion that decides it. */
    public String summary(TitleResult title) {
        String name = awardNames.getOrDefault(title.title(), title.title());
        Outcome decisive = title.outcome() == Outcome.PASS ? null : title.outcome();
        if (decisive == null) {
            return format(title.awaitingCouncil() ? "eligibility.title-awaiting" : "eligibility.title-pass",
                    List.of(name));
        }
        CriterionResult first = title.criteria().stream().filter(c -> c.outcome() == decisive).findFirst()
                .orElseThrow();
        return format(decisive == Outcome.FAIL ? "eligibility.title-fail" : "eligibility.title-review",
                List.of(name, first));
    }

    private String format(String key, List<Object> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no eligibility text for " + key, e);
        }
        Object[] words = args.stream().map(this::word).toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(words);
    }

    private String word(Object arg) {
        if (arg == null) {
            return "—";
        }
        if (arg instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (arg instanceof Term term) {
            return format(term.key(), term.args());
        }
        if (arg instanceof AwardName name) {
            return awardNames.getOrDefault(name.code(), name.code());
        }
        if (arg instanceof CriterionResult nested) {
            return sentence(nested);
        }
        if (arg instanceof List<?> list) {
            boolean sentences = !list.isEmpty() && list.get(0) instanceof CriterionResult;
            return list.stream().map(this::word).collect(Collectors.joining(sentences ? "; " : ", "));
        }
        return arg.toString();
    }
}
