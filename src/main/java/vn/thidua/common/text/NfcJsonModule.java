package vn.thidua.common.text;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import vn.thidua.common.error.ApiException;

/**
 * Every string in every JSON body is normalised to NFC on the way in, and a string carrying a code point that no
 * document can print ({@link Text#hasUnprintableCharacters}: controls such as NUL, which PostgreSQL cannot even store,
 * lone surrogates, noncharacters such as U+FFFF) is refused as a field error, before it can be stored and break the
 * PDF, DOCX or XLSX that would later print it. A
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
            if (Text.hasUnprintableCharacters(value)) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(p, "unprintable characters",
                        ApiException.invalid(List.of(Text.unprintable(""))));
            }
            return Text.normalised(value);
        }
    }
}
