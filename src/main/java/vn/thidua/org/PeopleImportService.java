package vn.thidua.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import org.hibernate.Session;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.ImportRun;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.FieldError;
import vn.thidua.common.error.Messages;
import vn.thidua.common.error.ProblemMappers;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;
import vn.thidua.org.PeopleImportReader.Column;
import vn.thidua.org.PeopleImportReport.Outcome;

/**
 * Imports people row by row, matched by code: a new code creates a person, a code of a person in the caller's scope
 * updates them, and a code used outside the scope cannot be used (the row says so without telling whether it
 * exists). Rows are checked against the same constraints and rules as {@code POST /people}, then saved together.
 * <p>
 * Everything the rows need is loaded up front in a few IN queries (people by code, units by code), the changes are
 * written in JDBC batches and their audit and outbox events in multi-row INSERTs, so that ten thousand rows take
 * seconds, not minutes. Every created or changed person gets its own audit event and outbox event, as a single change
 * would; the import as a whole adds one {@code people.imported} audit event with the counts.
 */
@ApplicationScoped
public class PeopleImportService {

    /** Five minutes: ten thousand rows take about two seconds next to the database. */
    static final int TIMEOUT_SECONDS = 300;
    /** JDBC batch of the import's inserts and updates, set on the import's session whatever the global setting. */
    static final int BATCH_SIZE = 500;
    /** ISO dates, and the day/month/year that Vietnamese spreadsheets show. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Map<String, Gender> GENDERS = Map.of("male", Gender.MALE, "nam", Gender.MALE,
            "female", Gender.FEMALE, "nu", Gender.FEMALE);
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "co");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "khong");

    @Inject
    PersonRepository people;
    @Inject
    OrgScope scope;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Validator validator;
    @Inject
    Idempotency idempotency;

    /**
     * Runs an import at most once per {@code Idempotency-Key}, in one transaction: everything is saved or nothing.
     * The transaction may take longer than the default minute, which a file of 50,000 rows on a slow or remote
     * database could exceed.
     *
     * @throws ImportRun.NotApplied when the import saved nothing (a dry run, or all-or-nothing with a failed row): its
     *         transaction, and with it the claim on the key, rolls back, so that only applied imports are remembered
     *         and the retry of a rejected one runs again against the data as it then is
     */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public Response importOnce(String idempotencyKey, Object fingerprint, PeopleImportReader.Sheet sheet,
            ImportRun.Options options, Locale locale) {
        return ImportRun.once(idempotency, idempotencyKey, "POST /people:import",
                fingerprint, () -> run(sheet, options, locale));
    }

    /**
     * Checks every row and, unless this is a dry run or an all-or-nothing import with a failed row, saves the valid
     * ones. Texts of errors are in {@code locale}.
     */
    private PeopleImportReport run(PeopleImportReader.Sheet sheet, ImportRun.Options options, Locale locale) {
        Lookup lookup = lookUp(sheet);
        List<Plan> plans = new ArrayList<>(sheet.rows().size());
        for (PeopleImportReader.Row row : sheet.rows()) {
            plans.add(plan(row, new RowErrors(sheet, locale), lookup));
        }
        boolean anyFailed = plans.stream().anyMatch(p -> p.kind == Kind.FAILED);
        if (options.dryRun() || options.allOrNothing() && anyFailed) {
            return report(options, false, plans);
        }
        save(plans, lookup);
        PeopleImportReport report = report(options, true, plans);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("format", options.format());
        summary.put("allOrNothing", options.allOrNothing());
        summary.put("total", report.counts().total());
        summary.put("created", report.counts().created());
        summary.put("updated", report.counts().updated());
        summary.put("unchanged", report.counts().unchanged());
        summary.put("failed", report.counts().failed());
        OrgUnit home = scope.home();
        audit.record("people.imported", "person", null, home == null ? null : home.id, null, summary);
        return report;
    }

    private enum Kind {
        CREATE, UPDATE, UNCHANGED, FAILED
    }

    /** What one row will do; {@code person} is the existing person in scope, or the created one once saved. */
    private static final class Plan {
        final PeopleImportReader.Row row;
        final Kind kind;
        final Person.Details target;
        final List<FieldError> errors;
        Person person;

        Plan(PeopleImportReader.Row row, Kind kind, Person person, Person.Details target, List<FieldError> errors) {
            this.row = row;
            this.kind = kind;
            this.person = person;
            this.target = target;
            this.errors = errors;
        }
    }

    /** What the rows refer to, loaded in bulk. Keys of codes are lower case: codes match ignoring case. */
    private record Lookup(Map<String, List<PersonRepository.Located>> existing, Map<String, OrgUnit> unitsByCode,
            Map<UUID, OrgUnit> unitsById, Map<String, List<Integer>> duplicateRows) {
    }

    private Lookup lookUp(PeopleImportReader.Sheet sheet) {
        Map<String, List<Integer>> rowsByCode = new HashMap<>();
        List<String> unitCodes = new ArrayList<>();
        for (PeopleImportReader.Row row : sheet.rows()) {
            String code = row.values().get(Column.CODE);
            if (code != null && !code.isEmpty()) {
                rowsByCode.computeIfAbsent(lower(code), c -> new ArrayList<>()).add(row.number());
            }
            String unitCode = row.values().get(Column.UNIT_CODE);
            if (unitCode != null && !unitCode.isEmpty()) {
                unitCodes.add(unitCode);
            }
        }
        Map<String, List<PersonRepository.Located>> existing = people.findByCodes(rowsByCode.keySet());
        Map<String, OrgUnit> unitsByCode = people.unitsByCodeInScope(unitCodes, scope.path());
        Map<UUID, OrgUnit> unitsById = people.unitsById(existing.values().stream().flatMap(List::stream)
                .filter(this::visible).map(found -> found.person().unitId).toList());
        unitsByCode.values().forEach(unit -> unitsById.put(unit.id, unit));
        Map<String, List<Integer>> duplicates = rowsByCode.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Lookup(existing, unitsByCode, unitsById, duplicates);
    }

    /**
     * The person a row's code names. Codes are unique per agency: with a unit code, the person of that unit's agency
     * (one the caller cannot see is a code unavailable to them, within their own agency only); without, the one person
     * with the code in the caller's scope, and when the scope spans agencies that hold it twice, the row must say the
     * unit. Another agency's people are never matched, so they stay invisible.
     */
    private PersonRepository.Located existing(String code, String unitCode, Lookup lookup, RowErrors errors) {
        List<PersonRepository.Located> sameCode = code == null || code.isEmpty() ? List.of()
                : lookup.existing().getOrDefault(lower(code), List.of());
        OrgUnit unit = unitCode == null || unitCode.isEmpty() ? null : lookup.unitsByCode().get(lower(unitCode));
        if (unit != null) {
            return sameCode.stream().filter(found -> OrgUnit.agencyOf(found.unitPath()).equals(unit.agencyId()))
                    .findFirst().orElse(null);
        }
        List<PersonRepository.Located> visible = sameCode.stream().filter(this::visible).toList();
        if (visible.size() > 1) {
            errors.add(Column.CODE, "AMBIGUOUS_CODE", "field.people-import-ambiguous-code");
            return null;
        }
        return visible.isEmpty() ? null : visible.get(0);
    }

    private boolean visible(PersonRepository.Located found) {
        return found.unitPath().startsWith(scope.path());
    }

    /**
     * Judges one row. A column the row lacks keeps the existing person's value (and is required for a new person
     * only when it is a required field); an empty cell clears an optional field.
     */
    private Plan plan(PeopleImportReader.Row row, RowErrors errors, Lookup lookup) {
        row.problems().forEach(errors::add);
        if (row.problems().stream().anyMatch(p -> "$".equals(p.field()))) {
            return new Plan(row, Kind.FAILED, null, null, errors.list());
        }
        Map<Column, String> values = row.values();

        String code = values.get(Column.CODE);
        errors.constraints(Column.CODE, "code", code);
        PersonRepository.Located found = existing(code, values.get(Column.UNIT_CODE), lookup, errors);
        if (found != null && !visible(found)) {
            errors.add(Column.CODE, "CODE_UNAVAILABLE", "field.people-import-code-unavailable");
        }
        if (code != null && lookup.duplicateRows().containsKey(lower(code))) {
            errors.add(Column.CODE, "DUPLICATE_IN_FILE", "field.people-import-duplicate-code",
                    ImportRun.rowNumbers(lookup.duplicateRows().get(lower(code))));
        }
        Person person = found != null && visible(found) ? found.person() : null;
        boolean creating = person == null;
        Person.Details base = creating ? null : person.details();

        String fullName = creating ? null : base.fullName();
        if (creating || values.containsKey(Column.FULL_NAME)) {
            String raw = values.get(Column.FULL_NAME);
            errors.constraints(Column.FULL_NAME, "fullName", raw);
            fullName = raw == null || raw.isBlank() ? null : VietnameseName.normalise(raw);
        }
        Gender gender = creating ? null : base.gender();
        if (values.containsKey(Column.GENDER)) {
            gender = gender(values.get(Column.GENDER), errors);
        }
        LocalDate dateOfBirth = creating ? null : base.dateOfBirth();
        if (values.containsKey(Column.DATE_OF_BIRTH)) {
            dateOfBirth = date(values.get(Column.DATE_OF_BIRTH), errors);
            errors.constraints(Column.DATE_OF_BIRTH, "dateOfBirth", dateOfBirth);
        }
        String position = creating ? null : base.position();
        if (values.containsKey(Column.POSITION)) {
            position = Text.blankToNull(values.get(Column.POSITION));
            errors.constraints(Column.POSITION, "position", position);
        }
        String email = creating ? null : base.email();
        if (values.containsKey(Column.EMAIL)) {
            email = Text.blankToNull(values.get(Column.EMAIL));
            errors.constraints(Column.EMAIL, "email", email);
        }
        OrgUnit unit = creating ? null : lookup.unitsById().get(person.unitId);
        if (creating || values.containsKey(Column.UNIT_CODE)) {
            String unitCode = values.get(Column.UNIT_CODE);
            if (unitCode == null || unitCode.isEmpty()) {
                errors.add(Column.UNIT_CODE, "NOT_BLANK", "field.required");
            } else {
                unit = lookup.unitsByCode().get(lower(unitCode));
                if (unit == null) {
                    errors.add(Column.UNIT_CODE, "UNKNOWN_UNIT", "field.people-import-unknown-unit", unitCode);
                }
            }
        }
        boolean active = creating || base.active();
        String activeText = values.get(Column.ACTIVE);
        if (activeText != null && !activeText.isEmpty()) {
            active = bool(activeText, active, errors);
        }
        for (FieldViolation rule : PersonRules.check(fullName, dateOfBirth)) {
            errors.add("fullName".equals(rule.field()) ? Column.FULL_NAME : Column.DATE_OF_BIRTH, rule);
        }
        // the API's rule, put for rows: an active person only in an active unit, unless they already are there
        boolean staysPut = !creating && base.active() && unit != null && unit.id.equals(base.unitId());
        if (unit != null && active && !unit.active && !staysPut) {
            errors.add(Column.UNIT_CODE, "UNIT_INACTIVE", "field.people-import-unit-inactive", unit.code);
        }

        if (errors.any()) {
            return new Plan(row, Kind.FAILED, person, null, errors.list());
        }
        Person.Details target = new Person.Details(creating ? code : base.code(), fullName, gender, dateOfBirth,
                position, unit.id, email, active);
        Kind kind = creating ? Kind.CREATE : target.equals(base) ? Kind.UNCHANGED : Kind.UPDATE;
        return new Plan(row, kind, person, target, List.of());
    }

    private void save(List<Plan> plans, Lookup lookup) {
        // batching is what makes thousands of rows cheap; the session ends with this transaction
        people.getEntityManager().unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
        Map<Plan, PersonResponse> before = new HashMap<>();
        for (Plan plan : plans) {
            if (plan.kind == Kind.CREATE) {
                plan.person = Person.create(plan.target);
                people.persist(plan.person);
            } else if (plan.kind == Kind.UPDATE) {
                before.put(plan, PersonResponse.from(plan.person, lookup.unitsById().get(plan.person.unitId)));
                plan.person.apply(plan.target);
                plan.person.touch();
            }
        }
        people.flush();
        List<AuditTrail.Entry> entries = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan.kind == Kind.CREATE || plan.kind == Kind.UPDATE) {
                OrgUnit unit = lookup.unitsById().get(plan.person.unitId);
                String action = plan.kind == Kind.CREATE ? "person.created" : "person.updated";
                PersonResponse after = PersonResponse.from(plan.person, unit);
                entries.add(new AuditTrail.Entry(action, "person", plan.person.id.toString(), unit.id,
                        before.get(plan), after));
                events.add(new DomainEvent(action, "person", plan.person.id.toString(), unit.id, after));
            }
        }
        audit.recordAll(entries);
        outbox.recordAll(events);
    }

    private static PeopleImportReport report(ImportRun.Options options, boolean applied, List<Plan> plans) {
        List<PeopleImportReport.RowResult> rows = new ArrayList<>(plans.size());
        for (Plan plan : plans) {
            Outcome outcome = switch (plan.kind) {
                case CREATE -> applied ? Outcome.CREATED : Outcome.WOULD_CREATE;
                case UPDATE -> applied ? Outcome.UPDATED : Outcome.WOULD_UPDATE;
                case UNCHANGED -> Outcome.UNCHANGED;
                case FAILED -> Outcome.FAILED;
            };
            rows.add(new PeopleImportReport.RowResult(plan.row.number(), plan.row.values().get(Column.CODE),
                    outcome, plan.person == null ? null : plan.person.id, plan.errors));
        }
        return PeopleImportReport.of(options.dryRun(), applied, rows);
    }

    private static Gender gender(String text, RowErrors errors) {
        if (text.isEmpty()) {
            return null;
        }
        Gender gender = GENDERS.get(Text.fold(text));
        if (gender == null) {
            errors.add(Column.GENDER, "INVALID_VALUE", "field.people-import-gender");
        }
        return gender;
    }

    private static LocalDate date(String text, RowErrors errors) {
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format may read it; the error below names both
            }
        }
        errors.add(Column.DATE_OF_BIRTH, "INVALID_TYPE", "field.people-import-date");
        return null;
    }

    private static boolean bool(String text, boolean fallback, RowErrors errors) {
        String folded = Text.fold(text);
        if (TRUE.contains(folded)) {
            return true;
        }
        if (FALSE.contains(folded)) {
            return false;
        }
        errors.add(Column.ACTIVE, "INVALID_TYPE", "field.people-import-boolean");
        return fallback;
    }

    private static String lower(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /**
     * The errors of one row, each named by the column as the file names it and worded in the caller's language:
     * constraint messages come from the bean validator (which follows Accept-Language), the import's own from
     * {@code i18n/messages}.
     */
    private final class RowErrors {
        private final PeopleImportReader.Sheet sheet;
        private final Locale locale;
        private final List<FieldError> errors = new ArrayList<>();

        RowErrors(PeopleImportReader.Sheet sheet, Locale locale) {
            this.sheet = sheet;
            this.locale = locale;
        }

        /** A problem the reader found, already named by its column. */
        void add(FieldViolation problem) {
            errors.add(new FieldError(problem.field(), problem.code(),
                    Messages.get(locale, problem.messageKey(), problem.args())));
        }

        void add(Column column, FieldViolation rule) {
            errors.add(new FieldError(sheet.fieldName(column), rule.code(),
                    Messages.get(locale, rule.messageKey(), rule.args())));
        }

        void add(Column column, String code, String messageKey, Object... args) {
            errors.add(new FieldError(sheet.fieldName(column), code, Messages.get(locale, messageKey, args)));
        }

        /** The constraints of {@link PersonRequest}'s {@code property}, applied to one value. */
        void constraints(Column column, String property, Object value) {
            validator.validateValue(PersonRequest.class, property, value).stream()
                    .sorted(Comparator.comparing(ConstraintViolation::getMessageTemplate))
                    .forEach(v -> errors.add(new FieldError(sheet.fieldName(column), ProblemMappers.constraintCode(v), v.getMessage())));
        }

        boolean any() {
            return !errors.isEmpty();
        }

        List<FieldError> list() {
            return List.copyOf(errors);
        }
    }
}
