package vn.thidua.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The checked-in contract ({@code openapi/openapi.yaml}) must say exactly what the code produces, so that a change
 * of the API is always reviewed as a change of the contract. Compared as documents (key order aside).
 */
@QuarkusTest
class ContractDriftTest {

    static final Path CHECKED_IN = Path.of("openapi", "openapi.yaml");

    @Test
    void checkedInContractMatchesTheCode() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode produced = yaml.readTree(given().get("/q/openapi?format=yaml").then().statusCode(200)
                .extract().asString());
        JsonNode checkedIn = Files.exists(CHECKED_IN) ? yaml.readTree(CHECKED_IN.toFile()) : yaml.createObjectNode();
        String difference = firstDifference("", checkedIn, produced);
        if (difference != null) {
            fail("""
                    openapi/openapi.yaml differs from the contract the code produces, first at %s.
                    Refresh it with `./mvnw -B package -DskipTests` (the build writes openapi/openapi.yaml), review \
                    the diff, and commit it.""".formatted(difference));
        }
    }

    /** The JSON pointer of the first place where the two documents differ, with both values; null if equal. */
    private static String firstDifference(String pointer, JsonNode checkedIn, JsonNode produced) {
        if (checkedIn.equals(produced)) {
            return null;
        }
        if (checkedIn.isObject() && produced.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            checkedIn.fieldNames().forEachRemaining(keys::add);
            produced.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!checkedIn.has(key) || !produced.has(key)) {
                    return at + (checkedIn.has(key) ? " (only in the checked-in file)" : " (only in the code)");
                }
                String inner = firstDifference(at, checkedIn.get(key), produced.get(key));
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (checkedIn.isArray() && produced.isArray() && checkedIn.size() == produced.size()) {
            for (int i = 0; i < checkedIn.size(); i++) {
                String inner = firstDifference(pointer + "/" + i, checkedIn.get(i), produced.get(i));
                if (inner != null) {
                    return inner;
                }
            }
        }
        return (pointer.isEmpty() ? "/" : pointer) + " (checked in: " + abbreviate(checkedIn) + "; code: "
                + abbreviate(produced) + ")";
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
