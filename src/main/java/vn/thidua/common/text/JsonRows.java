package vn.thidua.common.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ProblemType;

/**
 * The JSON form of an import: an array of row objects, read with the same limits as {@link SpreadsheetCsv}. What a
 * row holds is each import's business; elements that are not objects are left for it to report on its row.
 */
public final class JsonRows {

    private JsonRows() {
    }

    /**
     * @param notArrayKey the message key of the 400 when the body is JSON but not an array
     * @throws JsonProcessingException when the body is not JSON (mapped to MALFORMED_JSON)
     */
    public static List<JsonNode> read(byte[] body, ObjectMapper mapper, int maxRows, String notArrayKey)
            throws JsonProcessingException {
        if (body.length == 0) {
            throw new ApiException(ProblemType.BAD_REQUEST, "detail.import-empty");
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a byte array failed", e);
        }
        if (root == null || !root.isArray()) {
            throw new ApiException(ProblemType.MALFORMED_JSON, notArrayKey);
        }
        if (root.size() > maxRows) {
            throw new ApiException(ProblemType.BAD_REQUEST, "detail.import-too-many-rows", maxRows);
        }
        List<JsonNode> rows = new ArrayList<>(root.size());
        root.forEach(rows::add);
        return rows;
    }
}
