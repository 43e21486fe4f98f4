package vn.thidua.catalog;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.common.error.ApiException;

/** A stored rule set. Seeded by Liquibase; its criteria never change here, only its status, by the acts below. */
@Entity
@Table(name = "rule_set")
public class RuleSet {

    @Id
    public String code;
    @Column(name = "name_vi", nullable = false)
    public String nameVi;
    @Column(name = "name_en", nullable = false)
    public String nameEn;
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleSetStatus status;
    @Column(name = "needs_verification", nullable = false)
    public boolean needsVerification;
    @Column(name = "verification_note")
    public String verificationNote;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, JsonNode> settings = new LinkedHashMap<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CriterionSpec> general = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TitleRules> titles = new ArrayList<>();
    /** Why it was last activated or retired. */
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "status_changed_by")
    public String statusChangedBy;
    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;
    @Version
    public long version;

    /** Puts a draft or retired set in force for its dates. */
    void activate(String by, String reason) {
        change(RuleSetStatus.ACTIVE, by, reason, RuleSetStatus.DRAFT, RuleSetStatus.RETIRED);
    }

    /** Takes an active set out of force; it stays readable. */
    void retire(String by, String reason) {
        change(RuleSetStatus.RETIRED, by, reason, RuleSetStatus.ACTIVE);
    }

    private void change(RuleSetStatus target, String by, String reason, RuleSetStatus... allowedFrom) {
        if (!List.of(allowedFrom).contains(status)) {
            throw ApiException.conflict("detail.rule-set-transition", code, status, target);
        }
        status = target;
        statusReason = reason;
        statusChangedBy = by;
        statusChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    RuleSetDefinition definition() {
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        settings.keySet().stream().sorted(RuleSettings.order()).forEach(k -> ordered.put(k, settings.get(k)));
        return new RuleSetDefinition(code, nameVi, nameEn, legalBasis, validFrom, validTo, status, needsVerification,
                verificationNote, List.copyOf(general), List.copyOf(titles), java.util.Collections.unmodifiableMap(ordered));
    }
}
