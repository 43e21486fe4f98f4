package vn.thidua.catalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Caller;
import vn.thidua.common.api.ETags;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.ProblemType;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.org.OrgDirectory;

/**
 * Agencies' overrides of the configurable items, and the settings that result in a unit. Everyone reads inside their
 * scope; an administrator or the board changes the overrides of units in their scope (their roles are checked by the
 * resource). A unit outside the caller's scope answers 404.
 */
@ApplicationScoped
public class RuleOverrideService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    RuleOverrideRepository overrides;
    @Inject
    RuleSetRepository sets;
    @Inject
    RuleSetService ruleSets;
    @Inject
    OrgDirectory directory;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    /** What a PUT did: created (201) or replaced (200) the override. */
    public record Saved(boolean created, RuleOverrideResponses.AgencyOverride override) {
    }

    /** The settings of a rule set (by code, or the one in force on {@code on}, default today) in a unit. */
    @Transactional
    public RuleOverrideResponses.UnitSettings effective(UUID unitId, String ruleSetCode, String on) {
        OrgDirectory.UnitRef unit = unit(unitId);
        if (ruleSetCode != null && on != null) {
            throw ApiException.invalid("on", "EXCLUSIVE", "field.rule-settings-either");
        }
        RuleSetDefinition set;
        if (ruleSetCode != null) {
            set = ruleSets.byCode(ruleSetCode).orElseThrow(() -> ApiException.invalid("ruleSet", "UNKNOWN_RULE_SET",
                    "field.rule-set-unknown", ruleSetCode));
        } else {
            LocalDate day = on == null ? LocalDate.now(VIETNAM) : date("on", on);
            set = ruleSets.inForce(day).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                    "detail.rule-set-none-in-force", day));
        }
        List<SettingsResolution.Resolved> resolved = SettingsResolution.resolve(set.settings(), unit.path(),
                ruleSets.overridesByUnit(set.code()));
        return new RuleOverrideResponses.UnitSettings(unit.id(), set.code(), set.status(), set.needsVerification(),
                resolved.stream().map(RuleOverrideResponses.Setting::from).toList());
    }

    @Transactional
    public List<RuleOverrideResponses.AgencyOverride> list(UUID unitId) {
        OrgDirectory.UnitRef unit = unit(unitId);
        return overrides.ofUnit(unit.id()).stream().map(RuleOverrideResponses.AgencyOverride::from).toList();
    }

    @Transactional
    public RuleOverrideResponses.AgencyOverride get(UUID unitId, String key, String ruleSet) {
        return RuleOverrideResponses.AgencyOverride.from(require(unitId, key, ruleSet));
    }

    /** Creates the unit's override of the key, or replaces it (then If-Match is required). */
    @Transactional
    public Saved put(UUID unitId, String key, String ifMatch, RuleSetRequests.AgencyOverride request) {
        OrgDirectory.UnitRef unit = unit(unitId);
        RuleSettings settings = ruleSets.format().settings();
        List<FieldViolation> problems = new ArrayList<>(settings.check("key", key, "value", request.value()));
        if (request.ruleSet() != null && sets.findByIdOptional(request.ruleSet()).isEmpty()) {
            problems.add(new FieldViolation("ruleSet", "UNKNOWN_RULE_SET", "field.rule-set-unknown",
                    request.ruleSet()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        var value = settings.normalised(key, request.value());
        String reason = request.reason().strip();
        var existing = overrides.find(unit.id(), request.ruleSet(), key);
        if (existing.isEmpty()) {
            RuleOverride created = RuleOverride.create(unit.id(), request.ruleSet(), key, value, reason, caller.name());
            overrides.persist(created);
            return new Saved(true, changed(created, null, "rule-override.created"));
        }
        RuleOverride override = existing.get();
        ETags.requireMatch(ifMatch, override.version);
        RuleOverrideResponses.AgencyOverride before = RuleOverrideResponses.AgencyOverride.from(override);
        override.replace(value, reason, caller.name());
        return new Saved(false, changed(override, before, "rule-override.updated"));
    }

    @Transactional
    public void delete(UUID unitId, String key, String ruleSet, String ifMatch) {
        RuleOverride override = require(unitId, key, ruleSet);
        ETags.requireMatch(ifMatch, override.version);
        RuleOverrideResponses.AgencyOverride before = RuleOverrideResponses.AgencyOverride.from(override);
        overrides.delete(override);
        overrides.flush();
        audit.record("rule-override.deleted", "rule-override", override.id.toString(), override.unitId, before, null);
        outbox.record(new DomainEvent("rule-override.deleted", "rule-override", override.id.toString(),
                override.unitId, before));
    }

    private OrgDirectory.UnitRef unit(UUID unitId) {
        return directory.unit(unitId).orElseThrow(() -> ApiException.notFound("kind.unit"));
    }

    private RuleOverride require(UUID unitId, String key, String ruleSet) {
        OrgDirectory.UnitRef unit = unit(unitId);
        return overrides.find(unit.id(), ruleSet, key).orElseThrow(() -> ApiException.notFound("kind.rule-override"));
    }

    private RuleOverrideResponses.AgencyOverride changed(RuleOverride override,
            RuleOverrideResponses.AgencyOverride before, String action) {
        overrides.flush();
        RuleOverrideResponses.AgencyOverride after = RuleOverrideResponses.AgencyOverride.from(override);
        audit.record(action, "rule-override", override.id.toString(), override.unitId, before, after);
        outbox.record(new DomainEvent(action, "rule-override", override.id.toString(), override.unitId, after));
        return after;
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "INVALID_TYPE", "field.rule-settings-date");
        }
    }
}
