package vn.thidua.common.text;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import vn.thidua.common.error.ApiException;

/**
 * Every string in every JSON body is normalised to NFC on the way in, and a string carrying control characters
 * (NUL above all, which PostgreSQL cannot store) is refused as a field error instead of failing in the database. A
 * string of nothing but spaces of any kind (no-break, em, ideographic, BOM) reads as empty, so that {@code @NotBlank}
 * refuses it as the contract's {@code \S} pattern says: Java's notion of blank knows only ASCII-like whitespace.
 */
@Singleton
public class NfcJsonModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("thidua-nfc");
        module.addDeserializer(String.class, new NfcStringDeserializer());
        mapper.registerModule(module);
    }

    static final class NfcStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (Text.hasForbiddenCharacters(value)) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(p, "control characters",
                        ApiException.invalid("", "CONTROL_CHARACTERS", "field.control-characters"));
            }
            return Text.normalised(value);
        }
    }
}
