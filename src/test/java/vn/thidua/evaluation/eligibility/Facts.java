package vn.thidua.evaluation.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.catalog.AwardType;
import vn.thidua.catalog.CriterionSpec;
import vn.thidua.catalog.RuleSetDefinition;
import vn.thidua.catalog.RuleSetStatus;
import vn.thidua.catalog.TitleRules;
import vn.thidua.evaluation.AttestationKey;
import vn.thidua.evaluation.CouncilVerdict;
import vn.thidua.history.DisciplineMeasure;
import vn.thidua.history.EffectLevel;
import vn.thidua.history.InitiativeKind;
import vn.thidua.history.ProceedingKind;
import vn.thidua.history.Rating;
import vn.thidua.history.SubjectHistory;
import vn.thidua.org.SubjectKind;

/** Builders for the engine's tests: a rule set from JSON, people and units with their history, and a run. */
final class Facts {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ROOT = "/root/";
    static final String AGENCY = ROOT + "agency/";

    private Facts() {
    }

    /** The test copy of the 2022 regime's rule set ({@code eligibility/law2022.json}). */
    static RuleSetDefinition law2022() {
        try (InputStream in = Facts.class.getResourceAsStream("/eligibility/law2022.json")) {
            return ruleSet((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleSetDefinition ruleSet(ObjectNode json) {
        List<CriterionSpec> general = criteria(json.path("general"));
        List<TitleRules> titles = new ArrayList<>();
        json.path("titles").forEach(t -> titles.add(new TitleRules(t.get("awardCode").asText(),
                AwardType.Subject.valueOf(t.get("subject").asText()), criteria(t.get("criteria")))));
        Map<String, JsonNode> settings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("settings").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            settings.put(e.getKey(), e.getValue());
        }
        return new RuleSetDefinition(json.path("code").asText("TEST"), "Thử", "Test", "Luật", LocalDate.of(2024, 1, 1),
                null, RuleSetStatus.ACTIVE, false, null, general, titles, settings);
    }

    private static List<CriterionSpec> criteria(JsonNode array) {
        List<CriterionSpec> list = new ArrayList<>();
        array.forEach(c -> list.add(new CriterionSpec(c.get("id").asText(), c.get("rule").asText(),
                c.has("params") ? (ObjectNode) c.get("params") : JSON.createObjectNode(),
                c.hasNonNull("when") ? c.get("when").asText() : null, c.path("legalRef").asText(null),
                c.path("needsVerification").asBoolean(false), null)));
        return list;
    }

    /** A person or unit under construction. */
    static final class Subject {
        final SubjectKind kind;
        final UUID id = UUID.randomUUID();
        final String name;
        String unitPath;
        final List<SubjectHistory.Assessment> assessments = new ArrayList<>();
        final List<SubjectHistory.Measure> measures = new ArrayList<>();
        final List<SubjectHistory.Proceeding> proceedings = new ArrayList<>();
        final List<SubjectHistory.Initiative> initiatives = new ArrayList<>();
        final List<SubjectHistory.Award> awards = new ArrayList<>();
        final Map<String, Boolean> registrations = new HashMap<>();
        final Map<AttestationKey, Boolean> attestations = new EnumMap<>(AttestationKey.class);
        Double unitVote;
        final Map<String, CouncilVerdict> verdicts = new HashMap<>();

        Subject(SubjectKind kind, String name, String unitPath) {
            this.kind = kind;
            this.name = name;
            this.unitPath = kind == SubjectKind.UNIT ? unitPath + id + "/" : unitPath;
        }

        Subject rated(int year, Rating rating) {
            return rated(year, rating, 12);
        }

        Subject rated(int year, Rating rating, Integer months) {
            assessments.add(new SubjectHistory.Assessment(year, rating, months));
            return this;
        }

        Subject disciplined(DisciplineMeasure measure, LocalDate decided, LocalDate servedUntil) {
            measures.add(new SubjectHistory.Measure(measure, decided, servedUntil, "QĐ-KL"));
            return this;
        }

        Subject proceeding(LocalDate opened, LocalDate closed) {
            proceedings.add(new SubjectHistory.Proceeding(ProceedingKind.DISCIPLINE, opened, closed, "TB-01"));
            return this;
        }

        Subject initiative(int year, EffectLevel level) {
            initiatives.add(new SubjectHistory.Initiative(InitiativeKind.INITIATIVE, "Sáng kiến " + year, year,
                    LocalDate.of(year, 11, 20), level, "SK-" + year));
            return this;
        }

        Subject initiative(int year, EffectLevel level, LocalDate recognised) {
            initiatives.add(new SubjectHistory.Initiative(InitiativeKind.INITIATIVE, "Sáng kiến " + year, year,
                    recognised, level, "SK-" + year));
            return this;
        }

        Subject awarded(int year, String code) {
            awards.add(new SubjectHistory.Award(year, code, year + "/QĐ", LocalDate.of(year + 1, 1, 15), null));
            return this;
        }

        Subject revoked(int year, String code) {
            awards.add(new SubjectHistory.Award(year, code, year + "/QĐ", LocalDate.of(year + 1, 1, 15),
                    LocalDate.of(year + 1, 6, 1)));
            return this;
        }

        Subject registered(String title) {
            registrations.put(title, true);
            return this;
        }

        Subject registrationPending(String title) {
            registrations.put(title, false);
            return this;
        }

        Subject attested(AttestationKey key, boolean value) {
            attestations.put(key, value);
            return this;
        }

        /** The council's verdict on {@code title}: {@code approve} of {@code base}, accepted or not. */
        Subject councilVerdict(String title, boolean passed, boolean accepted, int approve, int base) {
            verdicts.put(title, new CouncilVerdict(UUID.randomUUID(), title, UUID.randomUUID(),
                    passed ? CouncilVerdict.PASSED : CouncilVerdict.FAILED, accepted, approve, base,
                    base == 0 ? null : BigDecimal.valueOf(approve).divide(BigDecimal.valueOf(base), 4,
                            RoundingMode.HALF_UP), OffsetDateTime.parse("2025-12-15T08:30:00+07:00")));
            return this;
        }

        Subject unitVote(double share) {
            unitVote = share;
            return this;
        }

        Candidate candidate() {
            return new Candidate(kind, id, name, null, unitPath, new SubjectHistory(kind, id, List.copyOf(assessments),
                    List.copyOf(measures), List.copyOf(proceedings), List.copyOf(initiatives), List.copyOf(awards)),
                    Map.copyOf(registrations), Map.copyOf(attestations), null, unitVote, Map.copyOf(verdicts));
        }
    }

    static Subject person(String name) {
        return new Subject(SubjectKind.PERSON, name, AGENCY);
    }

    static Subject person(String name, Subject unit) {
        return new Subject(SubjectKind.PERSON, name, unit.unitPath);
    }

    static Subject unit(String name) {
        return new Subject(SubjectKind.UNIT, name, AGENCY);
    }

    /**
     * A person who meets every LĐTT criterion of the year: rated GOOD for 12 months, registered, attested. Tests
     * change one fact at a time from here.
     */
    static Subject advancedWorker(String name, int year) {
        return person(name).rated(year, Rating.GOOD).registered("ADVANCED_WORKER")
                .attested(AttestationKey.SOLIDARITY_AND_MOVEMENTS, true);
    }

    /** An engine over {@code people} and {@code units} with the set's own settings everywhere. */
    static EligibilityEngine engine(RuleSetDefinition set, Period period, List<Subject> people, List<Subject> units) {
        return engine(set, period, path -> set.settings(), people, units);
    }

    static EligibilityEngine engine(RuleSetDefinition set, Period period,
            Function<String, Map<String, JsonNode>> settings, List<Subject> people, List<Subject> units) {
        return new EligibilityEngine(RuleBook.of(set), period, period.to().plusDays(20), settings,
                people.stream().map(Subject::candidate).toList(), units.stream().map(Subject::candidate).toList());
    }

    /** One title's result for one subject judged alone (with its members, for a unit). */
    static TitleResult judge(Subject subject, String title, int year) {
        return engine(law2022(), Period.year(year), subject.kind == SubjectKind.PERSON ? List.of(subject) : List.of(),
                subject.kind == SubjectKind.UNIT ? List.of(subject) : List.of()).judge(subject.id, title);
    }

    static CriterionResult criterion(TitleResult title, String id) {
        return title.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + id + " in " + title));
    }

    /** Settings with some values replaced, as an agency's overrides replace them. */
    static Map<String, JsonNode> with(RuleSetDefinition set, Map<String, Object> changes) {
        Map<String, JsonNode> settings = new HashMap<>(set.settings());
        changes.forEach((k, v) -> settings.put(k, JSON.valueToTree(v)));
        return settings;
    }
}
