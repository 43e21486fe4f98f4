package vn.thidua.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.thidua.common.text.NfcJsonModule;

/** The JSON reader refuses every value of another type than the field's, naming the field. */
class StrictJsonTest {

    enum Kind { FIRST, SECOND }

    record Body(String code, Integer number, int count, Long big, BigDecimal amount, double ratio, Boolean flag,
            boolean active, Kind kind, List<String> tags, Inner inner, UUID id, LocalDate day, OffsetDateTime at) {
    }

    record Inner(String name) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new NfcJsonModule().customize(mapper);
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void valuesOfTheirOwnTypeAreReadAsBefore() throws Exception {
        Body body = mapper.readValue("""
                {"code": "A1", "number": 5, "count": 2, "big": 9000000000, "amount": 2, "ratio": 1,
                 "flag": true, "active": false, "kind": "SECOND", "tags": ["x"], "inner": {"name": "n"},
                 "id": "00000000-0000-0000-0000-000000000001", "day": "2026-01-31",
                 "at": "2026-01-31T08:00:00+07:00"}
                """, Body.class);
        assertEquals("A1", body.code());
        assertEquals(5, body.number());
        assertEquals(0, new BigDecimal("2").compareTo(body.amount()));
        assertEquals(1.0, body.ratio());
        assertEquals(Kind.SECOND, body.kind());
        assertEquals(List.of("x"), body.tags());
    }

    @Test
    void absentAndNullWrappersStayNull() throws Exception {
        Body body = mapper.readValue("""
                {"code": null, "number": null, "flag": null, "kind": null, "count": 1, "ratio": 0, "active": true}
                """, Body.class);
        assertNull(body.code());
        assertNull(body.number());
        assertNull(body.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"code\": 12345}", "{\"code\": 1.5}", "{\"code\": true}", "{\"code\": [\"a\"]}", "{\"code\": {\"a\": 1}}",
            "{\"number\": \"5\"}", "{\"number\": \"\"}", "{\"number\": 2.7}", "{\"number\": true}", "{\"number\": [5]}",
            "{\"count\": \"5\"}", "{\"count\": null}", "{\"count\": 2.0}", "{\"big\": \"9\"}",
            "{\"amount\": \"2.5\"}", "{\"amount\": true}", "{\"ratio\": \"1\"}", "{\"ratio\": null}",
            "{\"flag\": \"true\"}", "{\"flag\": 1}", "{\"flag\": 0}", "{\"flag\": \"\"}", "{\"active\": null}",
            "{\"kind\": 1}", "{\"kind\": 0}", "{\"kind\": \"\"}", "{\"kind\": [\"FIRST\"]}",
            "{\"tags\": \"x\"}", "{\"tags\": 1}", "{\"inner\": \"n\"}", "{\"inner\": 5}", "{\"inner\": []}",
            "{\"id\": 1}", "{\"day\": 20260131}", "{\"at\": 1767225600}", "{\"at\": 1767225600.5}", "{\"at\": \"\"}"})
    void aValueOfAnotherTypeIsRefusedNamingItsField(String json) {
        String field = json.substring(2, json.indexOf('"', 2));
        MismatchedInputException refused = assertThrows(MismatchedInputException.class,
                () -> mapper.readValue(json, Body.class));
        assertEquals(List.of(field), refused.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .toList());
    }
}
