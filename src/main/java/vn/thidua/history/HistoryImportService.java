package vn.thidua.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import org.hibernate.Session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.api.Idempotency;
import vn.thidua.common.api.ImportRun;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.error.FieldError;
import vn.thidua.common.error.Messages;
import vn.thidua.common.error.ProblemMappers;
import vn.thidua.common.error.ProblemType;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.history.HistoryImportReport.Outcome;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.OrgDirectory.PersonRef;

/**
 * The one import of every kind of history record. Each row is turned into the body of a single creation (codes
 * resolved in the caller's scope, words such as "HTXS" read as the enum) and held to the same rules as that creation.
 * A kind with a natural key that {@link RecordKind#upserts() upserts} (assessments, award records) updates the record
 * with the same key (UPDATED, or UNCHANGED when it says the same already); the others report a DUPLICATE row. A key
 * repeated within the file fails each of its rows. What the rows name is loaded up front in a few queries, new
 * records are inserted in JDBC batches and their audit and outbox events in multi-row INSERTs.
 */
@ApplicationScoped
public class HistoryImportService {

    static final int TIMEOUT_SECONDS = 300;
    static final int BATCH_SIZE = 500;

    @Inject
    HistoryRepository records;
    @Inject
    HistoryAccess access;
    @Inject
    OrgDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Validator validator;
    @Inject
    Idempotency idempotency;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;

    /**
     * Runs an import at most once per {@code Idempotency-Key}, in one transaction.
     *
     * @throws ImportRun.NotApplied when it saved nothing, so that the claim on the key rolls back with it
     */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public <E extends HistoryRecord> Response importOnce(RecordKind<E, ?, ?, ?> kind, String idempotencyKey,
            Object fingerprint, HistoryImportReader.Sheet sheet, ImportRun.Options options, Locale locale) {
        return ImportRun.once(idempotency, idempotencyKey, "POST /" + kind.name + "s:import", fingerprint,
                () -> run(kind, sheet, options, locale));
    }

    private <E extends HistoryRecord> HistoryImportReport run(RecordKind<E, ?, ?, ?> kind,
            HistoryImportReader.Sheet sheet, ImportRun.Options options, Locale locale) {
        Refs refs = preload(sheet);
        List<Planned<E>> rows = new ArrayList<>(sheet.rows().size());
        for (HistoryImportReader.Row row : sheet.rows()) {
            rows.add(judge(kind, sheet, row, refs, locale));
        }
        markKeysRepeatedInFile(kind, rows);
        matchExisting(kind, rows);
        boolean anyFailed = rows.stream().anyMatch(Planned::failed);
        if (options.dryRun() || options.allOrNothing() && anyFailed) {
            return report(options, false, rows);
        }
        save(kind, rows);
        HistoryImportReport report = report(options, true, rows);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("format", options.format());
        summary.put("allOrNothing", options.allOrNothing());
        summary.put("total", report.counts().total());
        summary.put("created", report.counts().created());
        summary.put("updated", report.counts().updated());
        summary.put("unchanged", report.counts().unchanged());
        summary.put("failed", report.counts().failed());
        audit.record(kind.name + "s.imported", kind.name, null,
                directory.homeUnit().map(OrgDirectory.UnitRef::id).orElse(null), null, summary);
        return report;
    }

    /** One row on its way: the record it makes, the one with its key already there, and what is wrong with it. */
    private static final class Planned<E extends HistoryRecord> {
        final HistoryImportReader.Row row;
        final RowErrors errors;
        String code;
        E record;
        E holder;
        boolean same;

        Planned(HistoryImportReader.Row row, RowErrors errors) {
            this.row = row;
            this.errors = errors;
        }

        boolean failed() {
            return errors.any();
        }
    }

    /** Everyone and every unit the file names, in the caller's scope, with the units of those people. */
    private Refs preload(HistoryImportReader.Sheet sheet) {
        List<String> personCodes = new ArrayList<>();
        List<String> unitCodes = new ArrayList<>();
        for (HistoryImportReader.Row row : sheet.rows()) {
            row.values().forEach((column, value) -> {
                switch (column.field()) {
                    case ImportSpec.PERSON_CODE -> personCodes.add(value);
                    case ImportSpec.AUTHOR_CODES -> personCodes.addAll(codes(value));
                    case ImportSpec.UNIT_CODE -> unitCodes.add(value);
                    default -> {
                    }
                }
            });
        }
        Map<String, PersonRef> people = directory.peopleByCodes(personCodes);
        people.values().forEach(person -> unitCodes.add(person.unitCode()));
        return Refs.preloaded(people, directory.unitsByCodes(unitCodes));
    }

    private <E extends HistoryRecord> Planned<E> judge(RecordKind<E, ?, ?, ?> kind, HistoryImportReader.Sheet sheet,
            HistoryImportReader.Row row, Refs refs, Locale locale) {
        ImportSpec spec = sheet.spec();
        Planned<E> planned = new Planned<>(row, new RowErrors(sheet, locale));
        RowErrors errors = planned.errors;
        row.problems().forEach(errors::add);
        planned.code = value(spec, row, spec.hasSubject() ? ImportSpec.PERSON_CODE : "decisionNumber")
                .or(() -> value(spec, row, ImportSpec.UNIT_CODE).filter(code -> spec.hasSubject())).orElse(null);
        if (errors.any()) {
            return planned;
        }
        ObjectNode body = json.createObjectNode();
        List<FieldViolation> problems = new ArrayList<>();
        // in the spec's order, so that a row's errors read in a stable order
        spec.columns().stream().filter(row.values()::containsKey).forEach(column -> {
            String text = row.values().get(column);
            String field = sheet.name(column);
            if (column.field().equals(ImportSpec.AUTHOR_CODES)) {
                body.set("authorIds", authors(field, text, refs, problems));
            } else if (column.field().equals(ImportSpec.UNIT_CODE) && !spec.hasSubject()) {
                refs.unitByCode(text).ifPresentOrElse(unit -> body.put("unitId", unit.id().toString()),
                        () -> problems.add(new FieldViolation(field, "UNKNOWN_UNIT",
                                "field.history-import-unknown-unit", text)));
            } else {
                Optional.ofNullable(column.cell().read(field, text, problems))
                        .ifPresent(value -> body.set(column.field(), value));
            }
        });
        problems.forEach(errors::add);
        if (errors.any()) {
            return planned;
        }
        Object request = json.convertValue(body, spec.requestType());
        validator.validate(request).stream().sorted(Comparator.comparing(ConstraintViolation::getMessageTemplate))
                .forEach(violation -> errors.add(property(violation.getPropertyPath()),
                        ProblemMappers.constraintCode(violation), violation.getMessage()));
        if (errors.any()) {
            return planned;
        }
        try {
            planned.record = build(kind, request, refs);
        } catch (ApiException e) {
            if (e.problemType() == ProblemType.NOT_FOUND) {
                boolean person = row.values().keySet().stream()
                        .anyMatch(c -> c.field().equals(ImportSpec.PERSON_CODE));
                errors.addProperty(person ? "personId" : "unitId", person ? "UNKNOWN_PERSON" : "UNKNOWN_UNIT",
                        person ? "field.history-import-unknown-person" : "field.history-import-unknown-unit",
                        planned.code);
            } else {
                e.violations().forEach(v -> errors.addProperty(v.field(), v.code(), v.messageKey(), v.args()));
            }
            return planned;
        }
        kind.check(planned.record).forEach(v -> errors.addProperty(v.field(), v.code(), v.messageKey(), v.args()));
        return planned;
    }

    @SuppressWarnings("unchecked")
    private static <E extends HistoryRecord, C> E build(RecordKind<E, C, ?, ?> kind, Object request, Refs refs) {
        return kind.build((C) request, refs);
    }

    private static ArrayNode authors(String field, String text, Refs refs, List<FieldViolation> problems) {
        ArrayNode ids = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        List<String> codes = codes(text);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Optional<PersonRef> person = refs.personByCode(code);
            if (person.isEmpty()) {
                problems.add(new FieldViolation(field + "[" + i + "]", "UNKNOWN_PERSON",
                        "field.history-import-unknown-person", code));
            } else {
                ids.add(person.get().id().toString());
            }
        }
        return ids;
    }

    private static List<String> codes(String text) {
        return java.util.Arrays.stream(text.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static Optional<String> value(ImportSpec spec, HistoryImportReader.Row row, String field) {
        return spec.byField(field).map(row.values()::get);
    }

    /** Two rows of a file with one key would both write one record: each of them fails, naming the others. */
    private static <E extends HistoryRecord> void markKeysRepeatedInFile(RecordKind<E, ?, ?, ?> kind,
            List<Planned<E>> rows) {
        Map<List<Object>, List<Planned<E>>> byKey = new HashMap<>();
        for (Planned<E> planned : rows) {
            if (!planned.failed()) {
                kind.key(planned.record).ifPresent(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(planned));
            }
        }
        for (List<Planned<E>> same : byKey.values()) {
            if (same.size() > 1) {
                String numbers = ImportRun.rowNumbers(same.stream().map(p -> p.row.number()).toList());
                same.forEach(p -> p.errors.addRow("DUPLICATE_IN_FILE", "field.history-import-duplicate-in-file",
                        numbers));
            }
        }
    }

    /** The records already holding the rows' keys: updated (or left as they are) by upserting kinds, else DUPLICATE. */
    private <E extends HistoryRecord> void matchExisting(RecordKind<E, ?, ?, ?> kind, List<Planned<E>> rows) {
        List<Planned<E>> keyed = rows.stream().filter(p -> !p.failed() && kind.key(p.record).isPresent()).toList();
        if (keyed.isEmpty()) {
            return;
        }
        Map<List<Object>, E> holders = new HashMap<>();
        for (E existing : kind.sharingKeys(records, keyed.stream().map(p -> p.record).toList())) {
            kind.key(existing).ifPresent(key -> holders.put(key, existing));
        }
        for (Planned<E> planned : keyed) {
            List<Object> key = kind.key(planned.record).orElseThrow();
            E holder = holders.get(key);
            if (holder == null) {
                continue;
            }
            planned.holder = holder;
            if (!kind.upserts()) {
                planned.errors.addRow("DUPLICATE", kind.keyTakenKey(), key.toArray());
                continue;
            }
            try {
                kind.requireEditable(holder);
                planned.same = kind.content(holder).equals(kind.content(planned.record));
            } catch (ApiException e) {
                planned.errors.addRow("NOT_EDITABLE", e.messageKey(), e.args());
            }
        }
    }

    private <E extends HistoryRecord> void save(RecordKind<E, ?, ?, ?> kind, List<Planned<E>> rows) {
        // batching is what makes thousands of rows cheap; the session ends with this transaction
        em.unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
        String by = access.name();
        Map<E, Object> before = new LinkedHashMap<>();
        List<E> created = new ArrayList<>();
        for (Planned<E> planned : rows) {
            if (planned.failed() || planned.same) {
                continue;
            }
            if (planned.holder == null) {
                planned.record.created(by);
                records.persist(planned.record);
                created.add(planned.record);
            } else {
                before.put(planned.holder, kind.view(planned.holder));
                kind.takeContent(planned.holder, planned.record);
                planned.holder.touched(by);
            }
        }
        records.flush();
        List<AuditTrail.Entry> entries = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (E record : created) {
            Object after = kind.view(record);
            entries.add(new AuditTrail.Entry(kind.name + ".created", kind.name, record.id.toString(), record.unitId,
                    null, after));
            events.add(new DomainEvent(kind.name + ".created", kind.name, record.id.toString(), record.unitId, after));
        }
        before.forEach((record, old) -> {
            Object after = kind.view(record);
            entries.add(new AuditTrail.Entry(kind.name + ".updated", kind.name, record.id.toString(), record.unitId,
                    old, after));
            events.add(new DomainEvent(kind.name + ".updated", kind.name, record.id.toString(), record.unitId, after));
        });
        audit.recordAll(entries);
        outbox.recordAll(events);
    }

    private static <E extends HistoryRecord> HistoryImportReport report(ImportRun.Options options, boolean applied,
            List<Planned<E>> rows) {
        List<HistoryImportReport.RowResult> results = new ArrayList<>(rows.size());
        for (Planned<E> planned : rows) {
            Outcome outcome;
            UUID id;
            if (planned.failed()) {
                outcome = Outcome.FAILED;
                id = planned.holder == null ? null : planned.holder.id;
            } else if (planned.holder == null) {
                outcome = applied ? Outcome.CREATED : Outcome.WOULD_CREATE;
                id = applied ? planned.record.id : null;
            } else {
                outcome = planned.same ? Outcome.UNCHANGED : applied ? Outcome.UPDATED : Outcome.WOULD_UPDATE;
                id = planned.holder.id;
            }
            results.add(new HistoryImportReport.RowResult(planned.row.number(), planned.code, outcome, id,
                    planned.errors.list()));
        }
        return HistoryImportReport.of(options.dryRun(), applied, results);
    }

    /** "authorIds[2]" for a constraint on the third author, "year" for one on the year. */
    private static String property(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (name.isEmpty() && node.getName() != null) {
                name.append(node.getName());
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
        }
        return name.toString();
    }

    /**
     * The errors of one row, each named by the column as the file names it and worded in the caller's language:
     * constraint messages come from the bean validator (which follows Accept-Language), the import's own from
     * {@code i18n/messages}.
     */
    private static final class RowErrors {
        private final HistoryImportReader.Sheet sheet;
        private final Locale locale;
        private final List<FieldError> errors = new ArrayList<>();

        RowErrors(HistoryImportReader.Sheet sheet, Locale locale) {
            this.sheet = sheet;
            this.locale = locale;
        }

        /** A problem already named as the file names the field. */
        void add(FieldViolation problem) {
            errors.add(new FieldError(problem.field(), problem.code(),
                    Messages.get(locale, problem.messageKey(), problem.args())));
        }

        /** A problem named by the request's property ("year", "authorIds[1]"), renamed to the file's column. */
        void add(String property, String code, String message) {
            int bracket = property.indexOf('[');
            String base = bracket < 0 ? property : property.substring(0, bracket);
            String field = sheet.spec().columnOfProperty(base).map(sheet::name).orElse(base)
                    + (bracket < 0 ? "" : property.substring(bracket));
            errors.add(new FieldError(field, code, message));
        }

        void addProperty(String property, String code, String messageKey, Object... args) {
            add(property, code, Messages.get(locale, messageKey, args));
        }

        /** An error of the row as a whole. */
        void addRow(String code, String messageKey, Object... args) {
            errors.add(new FieldError("$", code, Messages.get(locale, messageKey, args)));
        }

        boolean any() {
            return !errors.isEmpty();
        }

        List<FieldError> list() {
            return List.copyOf(errors);
        }
    }
}
