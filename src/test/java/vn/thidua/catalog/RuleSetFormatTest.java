package vn.thidua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.common.error.ApiException.FieldViolation;

class RuleSetFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, RuleSetDefinition> SEEDED = RuleSetFixtures.seeded();
    private final RuleSetFormat format = new RuleSetFormat(RuleSetFixtures.catalogue());

    private List<String> problems(RuleSetDefinition set) {
        return format.check(set).stream().map(v -> v.field() + " " + v.code()).toList();
    }

    private static CriterionSpec criterion(String id, String rule, String params, String when) {
        try {
            return new CriterionSpec(id, rule, (ObjectNode) JSON.readTree(params), when, "Luật Thi đua, khen thưởng 2022",
                    false, null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(params, e);
        }
    }

    /** ND152 with its ADVANCED_WORKER criteria replaced. */
    private static RuleSetDefinition withAdvancedWorker(CriterionSpec... criteria) {
        RuleSetDefinition nd152 = SEEDED.get("LAW2022_ND152");
        List<TitleRules> titles = new ArrayList<>(nd152.titles());
        titles.set(0, new TitleRules("ADVANCED_WORKER", AwardType.Subject.INDIVIDUAL, List.of(criteria)));
        return new RuleSetDefinition(nd152.code(), nd152.nameVi(), nd152.nameEn(), nd152.legalBasis(),
                nd152.validFrom(), nd152.validTo(), nd152.status(), false, null, nd152.general(), titles,
                nd152.settings());
    }

    @Test
    void everySeededRuleSetValidates() {
        assertEquals(List.of("LAW2013_ND91", "LAW2022_ND98", "LAW2022_ND152", "LAW2026_AMEND"),
                List.copyOf(SEEDED.keySet()));
        SEEDED.values().forEach(set -> assertEquals(List.of(), problems(set), set.code()));
    }

    @Test
    void theSeedsSayWhatIsUnverified() {
        RuleSetDefinition nd98 = SEEDED.get("LAW2022_ND98");
        RuleSetDefinition nd152 = SEEDED.get("LAW2022_ND152");
        assertTrue(criterion(nd98, "ADVANCED_WORKER", "discipline").needsVerification());
        assertTrue(!criterion(nd98, "ADVANCED_WORKER", "employment").needsVerification());
        assertTrue(criterion(nd152, "ADVANCED_WORKER", "employment").needsVerification());
        assertTrue(criterion(nd152, "GRASSROOTS_EMULATION_FIGHTER", "vote").needsVerification());
        assertTrue(criterion(nd98, "NATIONAL_EMULATION_FIGHTER", "chain").needsVerification());
        assertTrue(!criterion(nd98, "GRASSROOTS_EMULATION_FIGHTER", "vote").needsVerification());
        assertTrue(nd152.general().get(0).legalRef().contains("152/2025/NĐ-CP, điều 4.4"));
        assertTrue(SEEDED.get("LAW2026_AMEND").needsVerification());
        assertEquals(RuleSetStatus.DRAFT, SEEDED.get("LAW2026_AMEND").status());
        assertEquals("ALL_OF", criterion(SEEDED.get("LAW2026_AMEND"), "GRASSROOTS_EMULATION_FIGHTER", "achievement")
                .rule());
        assertEquals("ANY_OF", criterion(nd152, "GRASSROOTS_EMULATION_FIGHTER", "achievement").rule());
        RuleSetDefinition nd91 = SEEDED.get("LAW2013_ND91");
        assertTrue(nd91.needsVerification());
        assertEquals(10, nd91.settings().get("employment.minMonths").asInt());
        assertEquals(0.15, nd91.settings().get("quota.GRASSROOTS_EMULATION_FIGHTER").get("ratio").asDouble());
        assertEquals("INITIATIVE", criterion(nd91, "GRASSROOTS_EMULATION_FIGHTER", "initiative").rule());
        assertTrue(nd98.settings().get("quota.GRASSROOTS_EMULATION_FIGHTER").isNull());
        assertEquals(0.8, nd98.settings().get("vote.GRASSROOTS_EMULATION_FIGHTER").get("minRatio").asDouble());
    }

    private static CriterionSpec criterion(RuleSetDefinition set, String title, String id) {
        return set.title(title).orElseThrow().criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void aRuleMustBeOneTheEngineKnows() {
        assertEquals(List.of("titles[0].criteria[0].rule UNKNOWN_RULE"),
                problems(withAdvancedWorker(criterion("rating", "RATING_ABOVE", "{\"min\": \"GOOD\"}", null))));
    }

    @Test
    void idsAreUniqueWithinATitleNestedOnesIncluded() {
        CriterionSpec any = criterion("rating", "ANY_OF", """
                {"of": [{"id": "excellent", "rule": "RATING_AT_LEAST", "params": {"min": "EXCELLENT"}},
                        {"id": "rating", "rule": "INITIATIVE", "params": {"minLevel": "BASE", "minCount": 1, "years": 1}}]}""",
                null);
        assertEquals(List.of("titles[0].criteria[1].params.of[1].id DUPLICATE"), problems(withAdvancedWorker(
                criterion("excellentAlone", "RATING_AT_LEAST", "{\"min\": \"EXCELLENT\"}", null), any)));
        assertEquals(List.of("titles[0].criteria[1].id DUPLICATE"), problems(withAdvancedWorker(
                criterion("rating", "RATING_AT_LEAST", "{\"min\": \"GOOD\"}", null),
                criterion("rating", "RATING_AT_LEAST", "{\"min\": \"GOOD\"}", null))));
    }

    @Test
    void settingReferencesAndWhenNameKnownSettings() {
        assertEquals(List.of("titles[0].criteria[0].params.months UNKNOWN_SETTING"), problems(withAdvancedWorker(
                criterion("employment", "MIN_MONTHS_EMPLOYED", "{\"months\": {\"setting\": \"employment.months\"}}",
                        null))));
        assertEquals(List.of("titles[0].criteria[0].when UNKNOWN_SETTING"), problems(withAdvancedWorker(
                criterion("registered", "REGISTERED", "{\"titles\": [\"ADVANCED_WORKER\"]}", "registration.needed"))));
        assertEquals(List.of("titles[0].criteria[0].when NOT_BOOLEAN"), problems(withAdvancedWorker(
                criterion("employment", "MIN_MONTHS_EMPLOYED", "{\"months\": 6}", "employment.minMonths"))));
        assertEquals(List.of("titles[0].criteria[0].params.of[0].params.min UNKNOWN_SETTING"),
                problems(withAdvancedWorker(criterion("any", "ALL_OF", """
                        {"of": [{"id": "r", "rule": "RATING_AT_LEAST", "params": {"min": {"setting": "rating.min"}}}]}""",
                        null))));
    }

    @Test
    void paramsAreAnObjectAndCombinatorsHaveChildren() {
        assertEquals(List.of("titles[0].criteria[0].params WRONG_TYPE"), problems(withAdvancedWorker(
                new CriterionSpec("rating", "RATING_AT_LEAST", null, null, null, false, null))));
        assertEquals(List.of("titles[0].criteria[0].params.of NOT_EMPTY"), problems(withAdvancedWorker(
                criterion("any", "ANY_OF", "{\"of\": []}", null))));
        assertEquals(List.of("titles[0].criteria[0].params.of[0] MALFORMED"), problems(withAdvancedWorker(
                criterion("any", "ANY_OF", "{\"of\": [{\"id\": \"x\", \"rule\": \"LEADS_CLUSTER\", \"parms\": {}}]}",
                        null))));
    }

    @Test
    void settingsNeedADefaultForEveryFixedKeyAndValidValues() {
        RuleSetDefinition nd98 = SEEDED.get("LAW2022_ND98");
        Map<String, JsonNode> settings = new LinkedHashMap<>(nd98.settings());
        settings.remove("employment.minMonths");
        settings.put("advancedCollective.minShare", JSON.getNodeFactory().numberNode(50));
        settings.put("vote.NO_SUCH_TITLE", JSON.getNodeFactory().nullNode());
        RuleSetDefinition broken = new RuleSetDefinition(nd98.code(), nd98.nameVi(), nd98.nameEn(), nd98.legalBasis(),
                nd98.validFrom(), nd98.validFrom().minusDays(1), nd98.status(), false, null, nd98.general(),
                nd98.titles(), settings);
        List<String> found = problems(broken);
        assertTrue(found.contains("validTo BEFORE_START"), found.toString());
        assertTrue(found.contains("settings.employment.minMonths NOT_NULL"), found.toString());
        assertTrue(found.contains("settings.advancedCollective.minShare OUT_OF_RANGE"), found.toString());
        assertTrue(found.contains("settings.vote.NO_SUCH_TITLE UNKNOWN_SETTING"), found.toString());
        // the employment criterion names the missing setting
        assertTrue(found.contains("titles[0].criteria[2].params.months UNKNOWN_SETTING"), found.toString());
    }

    @Test
    void titlesAreCatalogueCodesOnceFittingTheirSubject() {
        RuleSetDefinition nd98 = SEEDED.get("LAW2022_ND98");
        List<TitleRules> titles = new ArrayList<>(nd98.titles());
        CriterionSpec cluster = criterion("cluster", "LEADS_CLUSTER", "{}", null);
        titles.add(new TitleRules("GOVERNMENT_FLAG", AwardType.Subject.COLLECTIVE, List.of(cluster)));
        titles.add(new TitleRules("PROVINCE_FLAG", AwardType.Subject.COLLECTIVE, List.of(cluster)));
        titles.add(new TitleRules("ADVANCED_COLLECTIVE", AwardType.Subject.INDIVIDUAL, List.of(cluster)));
        RuleSetDefinition broken = new RuleSetDefinition("law 2022", nd98.nameVi(), nd98.nameEn(), nd98.legalBasis(),
                nd98.validFrom(), nd98.validTo(), nd98.status(), false, null, nd98.general(), titles, nd98.settings());
        int n = nd98.titles().size();
        List<FieldViolation> found = format.check(broken);
        assertEquals(List.of("code INVALID", "titles[" + n + "].awardCode UNKNOWN_AWARD",
                        "titles[" + (n + 1) + "].awardCode DUPLICATE", "titles[" + (n + 2) + "].awardCode DUPLICATE",
                        "titles[" + (n + 2) + "].subject TITLE_DOES_NOT_FIT"),
                found.stream().map(v -> v.field() + " " + v.code()).toList());
    }
}
