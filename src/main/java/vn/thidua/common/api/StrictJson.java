package vn.thidua.common.api;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * What Jackson would otherwise read leniently is refused as malformed input:
 * <ul>
 * <li>a body naming the same property twice: which of the values the caller meant is anyone's guess, and Jackson
 * would otherwise keep the last one silently, or fail on a one-property record without a problem+json answer;</li>
 * <li>a date that is not exactly {@code yyyy-MM-dd} with a four-digit year: the lenient reader took
 * {@code +99999-01-01}, stored it, and then answered with a value the contract's {@code format: date} does not
 * allow (found by the contract fuzzer);</li>
 * <li>a value of another JSON type than the contract's: Jackson would store {@code "code": 12345} as "12345",
 * {@code "number": true} as "true", read {@code "5"} as 5, {@code 2.7} as 2, {@code 1} as an enum's second constant
 * or {@code true}, and {@code null} as 0 or false. A client that sends the wrong type has a bug the answer should
 * show (a 400 naming the field), not one the data should hide.</li>
 * </ul>
 * Scalars into arrays and arrays into scalars ({@code ACCEPT_SINGLE_VALUE_AS_ARRAY}, {@code UNWRAP_SINGLE_VALUE_ARRAYS})
 * are already refused by Jackson's defaults; {@code StrictJsonTest} keeps them so.
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
        refuseCoercion(mapper);
        mapper.registerModule(new SimpleModule("thidua-strict-dates").addDeserializer(LocalDate.class,
                new IsoDateDeserializer()));
    }

    /**
     * Every scalar read as exactly the JSON type it is. The coercion table is set explicitly for each logical type
     * rather than left to {@code ALLOW_COERCION_OF_SCALARS} alone, which does not cover numbers and booleans into
     * strings; {@link Unforgiving} covers what the table does not reach.
     */
    @SuppressWarnings("deprecation") // the switch is deprecated for the builder, which a customizer cannot use
    static void refuseCoercion(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.EmptyString);
        mapper.registerModule(new SimpleModule("thidua-strict-scalars").setDeserializerModifier(
                new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
                            BeanDescription type, JsonDeserializer<?> reader) {
                        Class<?> raw = type.getBeanClass();
                        return raw.isPrimitive() || isDateTime(raw) ? new Unforgiving(reader) : reader;
                    }
                }));
    }

    private static boolean isDateTime(Class<?> type) {
        return Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type);
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * Jackson's reader of a primitive or a {@code java.time} type, minus its two leniencies the coercion table does not
     * reach: a {@code null} read as 0 or false ({@code FAIL_ON_NULL_FOR_PRIMITIVES} would also refuse an absent
     * optional property, which keeps its default), and a number read as epoch seconds by the JavaTimeModule.
     * Jackson offers the reader of {@code Integer} here as one of {@code int}: a primitive's reader is known by its
     * null value, 0 or false where a wrapper's is null.
     */
    static final class Unforgiving extends DelegatingDeserializer {

        Unforgiving(JsonDeserializer<?> reader) {
            super(reader);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> reader) {
            return new Unforgiving(reader);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (isDateTime(handledType()) && parser.currentToken() != null && parser.currentToken().isNumeric()) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }

        @Override
        public Object getNullValue(DeserializationContext context) throws JsonMappingException {
            Object value = super.getNullValue(context);
            if (value != null) {
                return context.reportInputMismatch(handledType(), "null is not a value of %s", value.getClass());
            }
            return null;
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) throws JsonMappingException {
            return _delegatee.getAbsentValue(context);
        }
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
