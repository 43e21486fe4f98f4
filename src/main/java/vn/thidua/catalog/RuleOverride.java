package vn.thidua.catalog;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An agency's own value of a configurable item for its subtree (e.g. a province requiring 70% LĐTT for a collective),
 * for one rule set or, with no rule set, for all. The reason is shown wherever the value applies.
 */
@Entity
@Table(name = "rule_override")
public class RuleOverride {

    @Id
    public UUID id;
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;
    @Column(name = "rule_set_code")
    public String ruleSetCode;
    @Column(name = "setting_key", nullable = false)
    public String settingKey;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public JsonNode value;
    @Column(nullable = false)
    public String reason;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    static RuleOverride create(UUID unitId, String ruleSetCode, String key, JsonNode value, String reason, String by) {
        RuleOverride override = new RuleOverride();
        override.id = UUID.randomUUID();
        override.unitId = unitId;
        override.ruleSetCode = ruleSetCode;
        override.settingKey = key;
        override.value = value;
        override.reason = reason;
        override.createdBy = by;
        override.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        override.updatedBy = by;
        override.updatedAt = override.createdAt;
        return override;
    }

    void replace(JsonNode newValue, String newReason, String by) {
        value = newValue;
        reason = newReason;
        updatedBy = by;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
