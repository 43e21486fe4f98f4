package vn.thidua.testsupport;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.ResponseBodyExtractionOptions;

/**
 * A value out of a JSON answer by a simple path ({@code id}, {@code client.id}, {@code phases[0].version}, {@code $}),
 * read with Jackson. REST Assured's own {@code path} compiles a Groovy script for every expression, and under
 * Quarkus's class loader each compilation looks for BeanInfo classes through every jar of the class path: tens of
 * milliseconds a call, which the authorization matrix and the fuzzer's world made thousands of times.
 */
public final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)?((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private JsonBody() {
    }

    /** The value at {@code path} as REST Assured would give it: text, number, boolean, list, map; null if absent. */
    @SuppressWarnings("unchecked")
    public static <T> T at(ResponseBodyExtractionOptions body, String path) {
        JsonNode node = node(body, path);
        return node.isMissingNode() || node.isNull() ? null : (T) JSON.convertValue(node, Object.class);
    }

    /** The node at {@code path}; a missing node when there is none. */
    public static JsonNode node(ResponseBodyExtractionOptions body, String path) {
        JsonNode node;
        try {
            node = JSON.readTree(body.asString());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body.asString(), e);
        }
        if (path.equals("$") || path.isEmpty()) {
            return node;
        }
        for (String segment : path.split("\\.")) {
            Matcher parts = SEGMENT.matcher(segment);
            if (!parts.matches()) {
                throw new IllegalArgumentException("not a simple path: " + path);
            }
            if (parts.group(1) != null) {
                node = node.path(parts.group(1));
            }
            Matcher index = INDEX.matcher(parts.group(2));
            while (index.find()) {
                node = node.path(Integer.parseInt(index.group(1)));
            }
        }
        return node;
    }
}
