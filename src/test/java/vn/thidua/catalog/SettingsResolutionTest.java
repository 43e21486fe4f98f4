package vn.thidua.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import vn.thidua.catalog.SettingsResolution.AgencyValue;

class SettingsResolutionTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final RuleSetDefinition ND152 = RuleSetFixtures.seeded().get("LAW2022_ND152");
    private static final String SHARE = "advancedCollective.minShare";
    private final UUID province = UUID.randomUUID();
    private final UUID agency = UUID.randomUUID();
    private final UUID faculty = UUID.randomUUID();
    private final String facultyPath = "/" + province + "/" + agency + "/" + faculty + "/";

    private AgencyValue share(UUID unit, String ruleSet, double value, String reason) {
        return new AgencyValue(unit, unit.equals(province) ? "BN" : unit.equals(agency) ? "TCT" : "KLLCS", "name",
                ruleSet, SHARE, NODES.numberNode(value), reason);
    }

    private EffectiveSettings resolve(String path, AgencyValue... overrides) {
        Map<UUID, List<AgencyValue>> byUnit = List.of(overrides).stream()
                .collect(Collectors.groupingBy(AgencyValue::unitId));
        return SettingsResolution.effective(ND152.code(), SettingsResolution.resolve(ND152.settings(), path, byUnit));
    }

    @Test
    void withoutOverridesEveryValueIsTheDefault() {
        EffectiveSettings settings = resolve(facultyPath);
        assertEquals(ND152.settings().keySet(), settings.values().keySet());
        assertEquals(0.5, settings.value(SHARE).asDouble());
        settings.sources().values().forEach(source -> assertEquals(EffectiveSettings.DEFAULT, source));
    }

    @Test
    void theDeepestAgencyWins() {
        AgencyValue provincial = share(province, null, 0.7, "Tỉnh quy định 70%");
        AgencyValue own = share(agency, null, 0.6, "Trường quy định 60%");
        assertEquals(0.7, resolve(facultyPath, provincial).value(SHARE).asDouble());
        assertEquals(0.6, resolve(facultyPath, provincial, own).value(SHARE).asDouble());
        assertEquals("TCT: Trường quy định 60%", resolve(facultyPath, provincial, own).sources().get(SHARE));
        // an override below the unit does not reach up
        assertEquals(0.7, resolve("/" + province + "/" + agency + "/", provincial,
                share(faculty, null, 0.9, "Khoa")).value(SHARE).asDouble());
    }

    @Test
    void atOneLevelTheSetsOwnOverrideBeatsTheGenericOne() {
        AgencyValue generic = share(agency, null, 0.6, "Mọi bộ quy tắc");
        AgencyValue specific = share(agency, "LAW2022_ND152", 0.75, "Riêng NĐ 152");
        assertEquals(0.75, resolve(facultyPath, specific, generic).value(SHARE).asDouble());
        assertEquals(0.75, resolve(facultyPath, generic, specific).value(SHARE).asDouble());
    }

    @Test
    void aDeeperGenericOverrideBeatsAnAncestorsSetSpecificOne() {
        AgencyValue provincialSpecific = share(province, "LAW2022_ND152", 0.7, "Tỉnh, riêng NĐ 152");
        AgencyValue agencyGeneric = share(agency, null, 0.55, "Trường, mọi bộ quy tắc");
        EffectiveSettings settings = resolve(facultyPath, provincialSpecific, agencyGeneric);
        assertEquals(0.55, settings.value(SHARE).asDouble());
        assertEquals("TCT: Trường, mọi bộ quy tắc", settings.sources().get(SHARE));
    }

    @Test
    void aQuotaCanBeSwitchedOnAndOffAgain() {
        String key = "quota.GRASSROOTS_EMULATION_FIGHTER";
        AgencyValue cap = new AgencyValue(province, "BN", "Tỉnh", null, key,
                NODES.objectNode().put("ratio", 0.15).put("of", "ADVANCED_WORKER").put("rounding", "FLOOR"), "15%");
        AgencyValue none = new AgencyValue(agency, "TCT", "Trường", null, key, NODES.nullNode(), "Không hạn chế");
        assertEquals(0.15, resolve(facultyPath, cap).value(key).get("ratio").asDouble());
        assertEquals(true, resolve(facultyPath, cap, none).value(key).isNull());
    }
}
