package vn.thidua.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contract may grow, never break: every client written against the last released contract
 * ({@code openapi/released/openapi.yaml}) must keep working against the current one. Replacing the released copy is
 * a release decision (openapi/released/README.md), not a way to make this test pass.
 */
class BreakingChangeTest {

    static final Path RELEASED = Path.of("openapi", "released", "openapi.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theCurrentContractIsCompatibleWithTheReleasedOne() {
        ChangedOpenApi diff = compare(RELEASED, ContractDriftTest.CHECKED_IN);
        if (diff.isIncompatible()) {
            fail("""
                    openapi/openapi.yaml breaks clients of the released contract (openapi/released/openapi.yaml). \
                    Make the change compatible (add, do not remove or tighten), or release a new version on \
                    purpose as openapi/released/README.md says.

                    %s""".formatted(render(diff)));
        }
    }

    @Test
    void removingAnOperationIsABreakingChange(@TempDir Path dir) throws IOException {
        ObjectNode contract = current();
        ((ObjectNode) contract.get("paths")).remove("/api/v1/units/{id}:move");
        ChangedOpenApi diff = compare(ContractDriftTest.CHECKED_IN, write(dir, contract));
        assertTrue(diff.isIncompatible(), "a removed operation must count as breaking");
        assertFalse(diff.getMissingEndpoints().isEmpty());
    }

    @Test
    void aNewRequiredRequestFieldIsABreakingChange(@TempDir Path dir) throws IOException {
        ObjectNode contract = current();
        ObjectNode createUnit = (ObjectNode) contract.at("/components/schemas/CreateUnitRequest");
        ((ObjectNode) createUnit.get("properties")).putObject("budgetCode").put("type", "string");
        ((ArrayNode) createUnit.get("required")).add("budgetCode");
        assertTrue(compare(ContractDriftTest.CHECKED_IN, write(dir, contract)).isIncompatible(),
                "a field that old clients do not send, now required, must count as breaking");
    }

    @Test
    void aNewOptionalQueryParameterIsCompatible(@TempDir Path dir) throws IOException {
        ObjectNode contract = current();
        ArrayNode parameters = (ArrayNode) contract.at("/paths/~1api~1v1~1units/get/parameters");
        parameters.addObject().put("name", "createdAfter").put("in", "query").putObject("schema")
                .put("type", "string").put("format", "date");
        ChangedOpenApi diff = compare(ContractDriftTest.CHECKED_IN, write(dir, contract));
        assertTrue(diff.isDifferent(), "the comparison must see the new parameter");
        assertFalse(diff.isIncompatible(), "an optional addition must not count as breaking:\n" + render(diff));
    }

    private static ChangedOpenApi compare(Path released, Path current) {
        return OpenApiCompare.fromLocations(released.toAbsolutePath().toUri().toString(),
                current.toAbsolutePath().toUri().toString());
    }

    private static ObjectNode current() throws IOException {
        return (ObjectNode) YAML.readTree(ContractDriftTest.CHECKED_IN.toFile());
    }

    private static Path write(Path dir, ObjectNode contract) throws IOException {
        Path file = dir.resolve("openapi.yaml");
        Files.writeString(file, YAML.writeValueAsString(contract));
        return file;
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            return "(the change log could not be rendered: " + e.getMessage() + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
