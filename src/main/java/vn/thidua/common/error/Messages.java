package vn.thidua.common.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * The texts of answers, in Vietnamese (the default) or English, chosen by {@code Accept-Language}.
 * Bundles are {@code i18n/messages.properties} (Vietnamese) and {@code i18n/messages_en.properties}; there is no
 * fallback to the JVM's locale, so a server set to English still answers Vietnamese by default.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** An argument that is itself a message key, translated before it is inserted: the kind of a missing object. */
    public record Key(String key) {
    }

    /** The first language the caller accepts that we speak; Vietnamese otherwise. */
    public static Locale localeOf(HttpHeaders headers) {
        if (headers == null) {
            return VIETNAMESE;
        }
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException malformedHeader) {
            return VIETNAMESE;
        }
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(language) || "*".equals(language)) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    /** The same choice from a raw {@code Accept-Language} header, for answers given before JAX-RS is reached. */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange();
                if (tag.startsWith("en")) {
                    return Locale.ENGLISH;
                }
                if (tag.startsWith("vi") || tag.equals("*")) {
                    return VIETNAMESE;
                }
            }
        } catch (IllegalArgumentException malformedHeader) {
            return VIETNAMESE;
        }
        return VIETNAMESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Key nested ? get(locale, nested.key()) : args[i];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }
}
