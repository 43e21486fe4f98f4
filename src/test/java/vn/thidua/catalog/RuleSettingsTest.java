package vn.thidua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
class RuleSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RuleSettings settings = new RuleSettings(RuleSetFixtures.catalogue());

    private List<String> problems(String key, String value) {
        return settings.check("key", key, "value", json(value)).stream()
                .map(v -> v.field() + " " + v.code()).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Test
    void unknownKeysAreReportedOnTheKey() {
        assertEquals(List.of("key UNKNOWN_SETTING"), problems("employment.maxMonths", "6"));
        assertEquals(List.of("key UNKNOWN_SETTING"), problems("vote.NO_SUCH_TITLE", "null"));
        assertEquals(List.of("key UNKNOWN_SETTING"), problems("quota", "null"));
    }

    @Test
    void booleansAreJsonBooleansOnly() {
        assertEquals(List.of(), problems("registration.required", "false"));
        assertEquals(List.of("value WRONG_TYPE"), problems("registration.required", "\"false\""));
        assertEquals(List.of("value WRONG_TYPE"), problems("registration.required", "null"));
    }

    @Test
    void monthsAreWholeNumbersFromZeroToTwelve() {
        assertEquals(List.of(), problems("employment.minMonths", "0"));
        assertEquals(List.of(), problems("employment.minMonths", "12"));
        assertEquals(List.of("value OUT_OF_RANGE"), problems("employment.minMonths", "13"));
        assertEquals(List.of("value OUT_OF_RANGE"), problems("employment.minMonths", "-1"));
        assertEquals(List.of("value WRONG_TYPE"), problems("employment.minMonths", "6.5"));
        assertEquals(List.of("value WRONG_TYPE"), problems("employment.minMonths", "\"6\""));
    }

    @Test
    void sharesAreNumbersFromZeroToOneAndComparisonsGtOrGte() {
        assertEquals(List.of(), problems("advancedCollective.minShare", "0.7"));
        assertEquals(List.of(), problems("advancedCollective.minShare", "1"));
        assertEquals(List.of("value OUT_OF_RANGE"), problems("excellentCollective.minShare", "70"));
        assertEquals(List.of(), problems("advancedCollective.shareComparison", "\"GTE\""));
        assertEquals(List.of("value NOT_ALLOWED"), problems("advancedCollective.shareComparison", "\"GE\""));
    }

    @Test
    void disciplineMeasuresAreTheEnumsNames() {
        assertEquals(List.of(), problems("discipline.advancedWorker.minMeasure", "\"REPRIMAND\""));
        assertEquals(List.of("value NOT_ALLOWED"), problems("discipline.advancedWorker.minMeasure", "\"KHIEN_TRACH\""));
        assertEquals(List.of("value WRONG_TYPE"), problems("discipline.excellentCollective.minMeasure", "1"));
    }

    @Test
    void votesNeedEveryPropertyOfTheRightType() {
        assertEquals(List.of(), problems("vote.GRASSROOTS_EMULATION_FIGHTER", """
                {"required": true, "base": "ALL_MEMBERS", "minRatio": 0.8, "comparison": "GTE",
                 "quorum": 0.6666666666666666, "writtenVotes": true}"""));
        assertEquals(List.of("value.quorum NOT_NULL", "value.writtenVotes NOT_NULL", "value.extra UNKNOWN_PROPERTY"),
                problems("vote.PROVINCE_FLAG", """
                        {"required": true, "base": "ALL_MEMBERS", "minRatio": 0.8, "comparison": "GTE", "extra": 1}"""));
        assertEquals(List.of("value.base NOT_ALLOWED", "value.minRatio OUT_OF_RANGE"), problems("vote.PROVINCE_FLAG", """
                {"required": true, "base": "EVERYONE", "minRatio": 80, "comparison": "GTE", "quorum": 0.5,
                 "writtenVotes": false}"""));
        assertEquals(List.of("value WRONG_TYPE"), problems("vote.PROVINCE_FLAG", "0.8"));
    }

    @Test
    void quotasAreNullOrARatioOfSomethingWithFloorAsTheDefaultRounding() {
        assertEquals(List.of(), problems("quota.GRASSROOTS_EMULATION_FIGHTER", "null"));
        assertEquals(List.of(), problems("quota.GRASSROOTS_EMULATION_FIGHTER", "{\"ratio\": 0.15, \"of\": \"ADVANCED_WORKER\"}"));
        assertEquals(List.of("value.of NOT_ALLOWED", "value.rounding NOT_ALLOWED"),
                problems("quota.GRASSROOTS_EMULATION_FIGHTER", "{\"ratio\": 0.1, \"of\": \"STAFF\", \"rounding\": \"UP\"}"));
        assertEquals(List.of("value.of NOT_NULL"), problems("quota.ADVANCED_WORKER", "{\"ratio\": 0.1}"));
        JsonNode stored = settings.normalised("quota.GRASSROOTS_EMULATION_FIGHTER",
                json("{\"ratio\": 0.15, \"of\": \"ADVANCED_WORKER\"}"));
        assertEquals("FLOOR", stored.get("rounding").asText());
        assertEquals("ROUND", settings.normalised("quota.GRASSROOTS_EMULATION_FIGHTER",
                json("{\"ratio\": 0.1, \"of\": \"HEADCOUNT\", \"rounding\": \"ROUND\"}")).get("rounding").asText());
    }

    @Test
    void everyFixedKeyIsDocumentedInTheContract() throws java.io.IOException {
        String contract = java.nio.file.Files.readString(java.nio.file.Path.of("openapi", "openapi.yaml"));
        for (RuleSettings.Setting setting : RuleSettings.fixed()) {
            assertTrue(contract.contains("`" + setting.key() + "`"),
                    "the contract's RuleSet.settings does not mention " + setting.key());
        }
    }
}
