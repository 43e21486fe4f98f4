package vn.thidua.common.api;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * What Jackson would otherwise read leniently is refused as malformed input:
 * <ul>
 * <li>a body naming the same property twice: which of the values the caller meant is anyone's guess, and Jackson
 * would otherwise keep the last one silently, or fail on a one-property record without a problem+json answer;</li>
 * <li>a date that is not exactly {@code yyyy-MM-dd} with a four-digit year: the lenient reader took
 * {@code +99999-01-01}, stored it, and then answered with a value the contract's {@code format: date} does not
 * allow (found by the contract fuzzer).</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * Four-digit years only: year 0 does not survive the trip through PostgreSQL's calendar (it came back as
     * {@code -0001-12-31}). Narrower ranges are domain rules, answered with their own codes (a birth date before
     * 1900 is OUT_OF_RANGE).
     */
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;

    static final DateTimeFormatter ISO_DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 4, SignStyle.NOT_NEGATIVE).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    /** Last, so that this date reader is registered after (and so takes precedence over) Jackson's JavaTimeModule. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("thidua-strict-dates").addDeserializer(LocalDate.class,
                new IsoDateDeserializer()));
    }

    static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            try {
                LocalDate date = LocalDate.parse(text, ISO_DATE);
                if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                    return date;
                }
            } catch (DateTimeException e) {
                // answered below, as every other unreadable date
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                    "a date is written yyyy-MM-dd, with a year from %d to %d", FIRST_YEAR, LAST_YEAR);
        }
    }
}
