package vn.thidua.catalog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Caller;
import vn.thidua.common.api.ETags;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;

/**
 * The rule sets: reading them, the administrator's acts on them, and what the eligibility engine asks (the set in
 * force on a day, a set by code, the settings of a unit under a set).
 */
@ApplicationScoped
public class RuleSetService {

    @Inject
    RuleSetRepository sets;
    @Inject
    RuleOverrideRepository overrides;
    @Inject
    AwardTypeRepository awardTypes;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    // --- for the eligibility engine -----------------------------------------------------------------------------

    @Transactional
    public Optional<RuleSetDefinition> inForce(LocalDate day) {
        return RuleSetSelection.inForce(sets.active().stream().map(RuleSet::definition).toList(), day);
    }

    @Transactional
    public Optional<RuleSetDefinition> byCode(String code) {
        return code == null ? Optional.empty() : sets.findByIdOptional(code).map(RuleSet::definition);
    }

    /**
     * A unit's settings for an achievement year: the rule set in force on its last day, with the overrides that reach
     * the unit. The one reading of "what holds here for that year" that decisions, proposals and reports share (the
     * council fixes its rule set when voting opens, eligibility takes the plan's period).
     */
    @Transactional
    public Optional<EffectiveSettings> settingsForYear(int year, String unitPath) {
        return inForce(LocalDate.of(year, 12, 31)).map(set -> settingsResolver(set).apply(unitPath));
    }

    /**
     * Loads all overrides that can apply under the set once; the function then resolves a unit path's settings
     * (cached per path), so that a batch over a whole province makes one query.
     */
    @Transactional
    public Function<String, EffectiveSettings> settingsResolver(RuleSetDefinition set) {
        Map<UUID, List<SettingsResolution.AgencyValue>> byUnit = overridesByUnit(set.code());
        Map<String, EffectiveSettings> cache = new ConcurrentHashMap<>();
        return path -> cache.computeIfAbsent(path, p -> SettingsResolution.effective(set.code(),
                SettingsResolution.resolve(set.settings(), p, byUnit)));
    }

    // --- over HTTP ----------------------------------------------------------------------------------------------

    @Transactional
    public List<RuleSetResponses.Summary> list(RuleSetStatus status) {
        return sets.listNewestFirst(status).stream().map(RuleSetResponses.Summary::from).toList();
    }

    @Transactional
    public RuleSetResponses.Full get(String code) {
        return RuleSetResponses.Full.from(require(code));
    }

    /** Puts a draft or retired set in force for its dates; its definition must be valid. */
    @Transactional
    public RuleSetResponses.Full activate(String code, String ifMatch, RuleSetRequests.Reason request) {
        RuleSet set = require(code);
        ETags.requireMatch(ifMatch, set.version);
        List<FieldViolation> problems = format().check(set.definition());
        if (!problems.isEmpty()) {
            FieldViolation first = problems.get(0);
            throw ApiException.conflict("detail.rule-set-invalid", code, problems.size(), first.field(), first.code());
        }
        RuleSetResponses.Summary before = RuleSetResponses.Summary.from(set);
        set.activate(caller.name(), request.reason().strip());
        return changed(set, before, "rule-set.activated");
    }

    @Transactional
    public RuleSetResponses.Full retire(String code, String ifMatch, RuleSetRequests.Reason request) {
        RuleSet set = require(code);
        ETags.requireMatch(ifMatch, set.version);
        RuleSetResponses.Summary before = RuleSetResponses.Summary.from(set);
        set.retire(caller.name(), request.reason().strip());
        return changed(set, before, "rule-set.retired");
    }

    /** The structure checks, against the catalogue as it is now. */
    @Transactional
    public RuleSetFormat format() {
        Map<String, AwardType.Subject> catalogue = new HashMap<>();
        awardTypes.listAll().forEach(t -> catalogue.put(t.code, t.subject));
        return new RuleSetFormat(catalogue);
    }

    Map<UUID, List<SettingsResolution.AgencyValue>> overridesByUnit(String ruleSet) {
        return overrides.forRuleSet(ruleSet).stream()
                .collect(Collectors.groupingBy(SettingsResolution.AgencyValue::unitId));
    }

    private RuleSetResponses.Full changed(RuleSet set, RuleSetResponses.Summary before, String action) {
        sets.flush();
        RuleSetResponses.Summary after = RuleSetResponses.Summary.from(set);
        audit.record(action, "rule-set", set.code, null, before, after);
        outbox.record(new DomainEvent(action, "rule-set", set.code, null, after));
        return RuleSetResponses.Full.from(set);
    }

    private RuleSet require(String code) {
        return sets.findByIdOptional(code).orElseThrow(() -> ApiException.notFound("kind.rule-set"));
    }
}
