package vn.thidua.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@ApplicationScoped
public class RuleOverrideRepository implements PanacheRepositoryBase<RuleOverride, UUID> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The override of a unit for a key: for one rule set, or for all ({@code ruleSet} null). */
    public Optional<RuleOverride> find(UUID unitId, String ruleSet, String key) {
        String set = ruleSet == null ? "ruleSetCode is null" : "ruleSetCode = :set";
        Parameters params = Parameters.with("unit", unitId).and("key", key);
        if (ruleSet != null) {
            params.and("set", ruleSet);
        }
        return find("unitId = :unit and settingKey = :key and " + set, params).firstResultOptional();
    }

    public List<RuleOverride> ofUnit(UUID unitId) {
        return list("unitId", Sort.by("settingKey").and("ruleSetCode", Sort.NullPrecedence.NULLS_FIRST), unitId);
    }

    /**
     * Every override that can apply under a rule set (its own and the generic ones), across the organisation, with
     * the unit's code and name: one query however many units a batch resolves. Native, since the units are the org
     * feature's table, read here only for their names.
     */
    @SuppressWarnings("unchecked")
    public List<SettingsResolution.AgencyValue> forRuleSet(String ruleSet) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT o.unit_id, u.code, u.name, o.rule_set_code, o.setting_key, CAST(o.value AS text), o.reason
                FROM rule_override o JOIN org_unit u ON u.id = o.unit_id
                WHERE o.rule_set_code IS NULL OR o.rule_set_code = ?1""")
                .setParameter(1, ruleSet).getResultList();
        return rows.stream().map(r -> new SettingsResolution.AgencyValue((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], json((String) r[5]), (String) r[6])).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule_override.value is jsonb, so always JSON", e);
        }
    }
}
