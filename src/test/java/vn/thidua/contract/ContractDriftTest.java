package vn.thidua.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The checked-in contract ({@code openapi/openapi.yaml}) must be exactly what the code produces, so that a change
 * of the API is always reviewed as a change of the contract.
 */
@QuarkusTest
class ContractDriftTest {

    static final Path CHECKED_IN = Path.of("openapi", "openapi.yaml");

    @Test
    void checkedInContractMatchesTheCode() throws IOException {
        String produced = given().accept("application/yaml").get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN, StandardCharsets.UTF_8) : "";
        List<String> expected = produced.replace("\r\n", "\n").strip().lines().toList();
        List<String> actual = checkedIn.replace("\r\n", "\n").strip().lines().toList();
        if (expected.equals(actual)) {
            return;
        }
        int line = 0;
        while (line < expected.size() && line < actual.size() && expected.get(line).equals(actual.get(line))) {
            line++;
        }
        fail("""
                openapi/openapi.yaml differs from the contract the code produces, first at line %d:
                  checked in: %s
                  code:       %s
                Refresh it with `./mvnw -B package -DskipTests` (the build writes openapi/openapi.yaml), review the \
                diff, and commit it.""".formatted(line + 1,
                line < actual.size() ? actual.get(line) : "<end of file>",
                line < expected.size() ? expected.get(line) : "<end of file>"));
    }
}
