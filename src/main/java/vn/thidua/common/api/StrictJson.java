package vn.thidua.common.api;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A body naming the same property twice is refused as malformed JSON: which of the values the caller meant is
 * anyone's guess, and Jackson would otherwise keep the last one silently, or fail on a one-property record without a
 * problem+json answer.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
