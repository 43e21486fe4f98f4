package vn.thidua.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
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
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;
import vn.thidua.plan.PlanResponses;
import vn.thidua.pledge.PledgeImportReader.Column;
import vn.thidua.pledge.PledgeImportReport.Outcome;

/**
 * Registers many subjects at once (the unit's list of registrations that used to go round as a spreadsheet). Each
 * valid row becomes a pledge that is already submitted, or approved where the caller may approve it: unit heads and
 * the board approve people's pledges; units' pledges only the board of the plan's issuing unit approves, so anyone
 * else's import leaves them SUBMITTED for that board. Every row is held to the rules of a single creation (subject in
 * scope and taking part, titles that fit it, commitments under the plan's movements, one live pledge per subject, plan
 * and phase) and, since it is submitted, to the registration window: outside it a unit head's rows fail, while the
 * board's are accepted as late with {@link #LATE_REASON}, as the board may accept any late submission.
 * <p>
 * What the rows refer to is loaded up front in a few queries, the pledges are inserted in JDBC batches and their audit
 * and outbox events in multi-row INSERTs, so that twenty thousand rows take seconds. Each pledge gets its
 * {@code pledge.created} audit event (with the state it was created in) and its {@code pledge.submitted} or
 * {@code pledge.approved} outbox event; the import as a whole adds one {@code pledges.imported} audit event.
 */
@ApplicationScoped
public class PledgeImportService {

    /** Five minutes: twenty thousand rows take a few seconds next to the database. */
    static final int TIMEOUT_SECONDS = 300;
    /** JDBC batch of the pledge inserts, set on the import's session whatever the global setting. */
    static final int BATCH_SIZE = 500;
    /** Subjects per query when looking for live pledges: well below PostgreSQL's limit of bind parameters. */
    private static final int LOOKUP_CHUNK = 1_000;
    /** What a board import records on the pledges it accepts outside the registration window. */
    static final String LATE_REASON = "Nhập danh sách bởi thường trực thi đua";

    @Inject
    PledgeService rules;
    @Inject
    PledgeRepository pledges;
    @Inject
    PledgeAccess access;
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

    /**
     * Runs an import at most once per {@code Idempotency-Key}, in one transaction: everything is saved or nothing.
     *
     * @throws ImportRun.NotApplied when the import saved nothing (a dry run, or all-or-nothing with a failed row): its
     *         transaction, and with it the claim on the key, rolls back, so that only applied imports are remembered
     *         and the retry of a rejected one runs again against the data as it then is
     */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public Response importOnce(UUID planId, String idempotencyKey, Object fingerprint, PledgeImportReader.Sheet sheet,
            ImportRun.Options options, Locale locale) {
        return ImportRun.once(idempotency, idempotencyKey, "POST /plans/" + planId + "/pledges:import",
                fingerprint, () -> run(planId, sheet, options, locale));
    }

    private PledgeImportReport run(UUID planId, PledgeImportReader.Sheet sheet, ImportRun.Options options,
            Locale locale) {
        PlanResponses.Full plan = rules.openPlan(planId);
        // the roles allowed in are all authors; this keeps it so should the endpoint's roles ever widen
        access.requireAuthor(SubjectKind.UNIT, null);
        Context context = context(plan, sheet, locale);
        List<Planned> rows = new ArrayList<>(sheet.rows().size());
        for (PledgeImportReader.Row row : sheet.rows()) {
            rows.add(judge(row, context));
        }
        markDuplicatesInFile(rows);
        markLivePledges(plan, rows);
        boolean anyFailed = rows.stream().anyMatch(Planned::failed);
        if (options.dryRun() || options.allOrNothing() && anyFailed) {
            return report(options, false, rows);
        }
        save(plan, rows);
        PledgeImportReport report = report(options, true, rows);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("format", options.format());
        summary.put("allOrNothing", options.allOrNothing());
        summary.put("total", report.counts().total());
        summary.put("created", report.counts().created());
        summary.put("approved", report.counts().approved());
        summary.put("submitted", report.counts().submitted());
        summary.put("late", report.counts().late());
        summary.put("failed", report.counts().failed());
        audit.record("pledges.imported", "plan", plan.id().toString(),
                directory.homeUnit().map(OrgDirectory.UnitRef::id).orElse(null), null, summary);
        return report;
    }

    /** What every row is judged against, loaded once: the plan, the subjects the file names, the caller's rights. */
    private record Context(PlanResponses.Full plan, PledgeImportReader.Sheet sheet, Locale locale,
            Map<String, OrgDirectory.PersonRef> people, Map<String, OrgDirectory.UnitRef> units,
            Map<Integer, UUID> phases, Map<UUID, PledgeService.Window> windows, LocalDate today,
            boolean board, boolean approvesPeople, boolean approvesUnits) {

        PledgeService.Window window(UUID phaseId) {
            return windows.computeIfAbsent(phaseId == null ? NO_PHASE : phaseId,
                    id -> PledgeService.window(plan, phaseId));
        }
    }

    /** Stands for "the whole plan" as a key of the windows (a map key may not be null). */
    private static final UUID NO_PHASE = new UUID(0, 0);

    private Context context(PlanResponses.Full plan, PledgeImportReader.Sheet sheet, Locale locale) {
        List<String> personCodes = new ArrayList<>();
        List<String> unitCodes = new ArrayList<>();
        for (PledgeImportReader.Row row : sheet.rows()) {
            if (row.values().containsKey(Column.PERSON_CODE)) {
                personCodes.add(row.values().get(Column.PERSON_CODE));
            }
            if (row.values().containsKey(Column.UNIT_CODE)) {
                unitCodes.add(row.values().get(Column.UNIT_CODE));
            }
        }
        // both look-ups see only the caller's scope: a code outside it is as unknown as a code that does not exist
        Map<String, OrgDirectory.PersonRef> people = directory.peopleByCodes(personCodes);
        people.values().forEach(person -> unitCodes.add(person.unitCode()));
        Map<String, OrgDirectory.UnitRef> units = directory.unitsByCodes(unitCodes);
        Map<Integer, UUID> phases = plan.phases().stream()
                .collect(Collectors.toMap(PlanResponses.PhaseView::number, PlanResponses.PhaseView::id));
        UUID issuer = plan.issuingUnit().id();
        return new Context(plan, sheet, locale, people, units, phases, new HashMap<>(), PledgeService.today(),
                access.isBoard(), access.mayDecide(SubjectKind.PERSON, issuer),
                access.mayDecide(SubjectKind.UNIT, issuer));
    }

    /** One row on its way: what it names, what it will become, and what is wrong with it. */
    private static final class Planned {
        final PledgeImportReader.Row row;
        final RowErrors errors;
        SubjectKind kind;
        String code;
        PledgeService.Subject subject;
        UUID phaseId;
        boolean phaseKnown = true;
        PledgeStatus status;
        String lateReason;
        /** The created pledge, or the live one a DUPLICATE row collides with. */
        UUID id;

        Planned(PledgeImportReader.Row row, RowErrors errors) {
            this.row = row;
            this.errors = errors;
        }

        boolean failed() {
            return errors.any();
        }

        /** Subject and phase are known: the row can be compared with other rows and with the pledges in place. */
        boolean identified() {
            return subject != null && phaseKnown;
        }

        Column codeColumn() {
            return kind == SubjectKind.UNIT ? Column.UNIT_CODE : Column.PERSON_CODE;
        }
    }

    /** Everything that can be said of a row on its own: its subject, phase, titles, commitments, window and status. */
    private Planned judge(PledgeImportReader.Row row, Context context) {
        Planned planned = new Planned(row, new RowErrors(context.sheet(), context.locale()));
        RowErrors errors = planned.errors;
        row.problems().forEach(errors::add);
        if (row.problems().stream().anyMatch(p -> "$".equals(p.field()))) {
            return planned;
        }
        subject(planned, context);
        phase(planned, context);
        List<String> titles = row.titles();
        boolean titlesValid = errors.constraints(Column.TITLES, PledgeRequests.Create.class, "titles", titles);
        List<Commitment> commitments = row.commitments().stream().map(PledgeImportReader.CommitmentCell::commitment)
                .toList();
        for (PledgeImportReader.CommitmentCell cell : row.commitments()) {
            errors.constraints(cell.field(), Commitment.class, "text", cell.commitment().text());
        }
        errors.constraints("commitments", PledgeRequests.Create.class, "commitments", commitments);
        if (planned.kind != null) {
            // a title fits a person or a unit: without a subject kind there is nothing to fit it to
            rules.content(context.plan(), planned.kind, titlesValid ? titles : List.of(), commitments,
                    context.sheet().fieldName(Column.TITLES), i -> row.commitments().get(i).field())
                    .forEach(errors::add);
            boolean approves = planned.kind == SubjectKind.PERSON ? context.approvesPeople() : context.approvesUnits();
            planned.status = approves ? PledgeStatus.APPROVED : PledgeStatus.SUBMITTED;
        }
        if (planned.phaseKnown) {
            window(planned, context);
        }
        return planned;
    }

    private void subject(Planned planned, Context context) {
        Map<Column, String> values = planned.row.values();
        String personCode = values.get(Column.PERSON_CODE);
        String unitCode = values.get(Column.UNIT_CODE);
        RowErrors errors = planned.errors;
        if (personCode == null && unitCode == null) {
            errors.add(Column.PERSON_CODE, "NOT_BLANK", "field.pledge-import-subject-missing");
            return;
        }
        if (personCode != null && unitCode != null) {
            errors.add(Column.UNIT_CODE, "ONE_SUBJECT", "field.pledge-import-subject-both");
            return;
        }
        planned.kind = personCode != null ? SubjectKind.PERSON : SubjectKind.UNIT;
        planned.code = personCode != null ? personCode : unitCode;
        String property = personCode != null ? "personCode" : "unitCode";
        if (!errors.constraints(planned.codeColumn(), PledgeRequests.Create.class, property, planned.code)) {
            return;
        }
        String key = planned.code.toLowerCase(Locale.ROOT);
        if (planned.kind == SubjectKind.PERSON) {
            OrgDirectory.PersonRef person = context.people().get(key);
            OrgDirectory.UnitRef unit = person == null ? null
                    : context.units().get(person.unitCode().toLowerCase(Locale.ROOT));
            if (unit == null) {
                errors.add(Column.PERSON_CODE, "UNKNOWN_PERSON", "field.pledge-import-unknown-person", planned.code);
                return;
            }
            planned.subject = new PledgeService.Subject(SubjectKind.PERSON, person.id(), unit.id(), unit.path(),
                    person.fullName());
        } else {
            OrgDirectory.UnitRef unit = context.units().get(key);
            if (unit == null) {
                errors.add(Column.UNIT_CODE, "UNKNOWN_UNIT", "field.pledge-import-unknown-unit", planned.code);
                return;
            }
            planned.subject = new PledgeService.Subject(SubjectKind.UNIT, null, unit.id(), unit.path(), unit.name());
        }
        if (!rules.participates(context.plan(), planned.subject.unitPath())) {
            errors.add(planned.codeColumn(), "NOT_PARTICIPATING", "field.subject-not-participating");
        }
    }

    /** The phase by its number in the plan; no phase: the whole plan, as a pledge without {@code phaseId}. */
    private void phase(Planned planned, Context context) {
        String text = planned.row.values().get(Column.PHASE);
        if (text == null) {
            return;
        }
        planned.phaseKnown = false;
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            planned.errors.add(Column.PHASE, "INVALID_TYPE", "field.invalid-type", new Messages.Key("type.integer"));
            return;
        }
        UUID phaseId = context.phases().get(number);
        if (phaseId == null) {
            String numbers = context.phases().keySet().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", "));
            planned.errors.add(Column.PHASE, "NOT_IN_PLAN", "field.pledge-import-phase-unknown", text,
                    numbers.isEmpty() ? "–" : numbers);
            return;
        }
        planned.phaseId = phaseId;
        planned.phaseKnown = true;
    }

    /**
     * The row is submitted, so the window applies as to {@code :submit}: outside it only the board may submit, and
     * does so as a late submission with a reason.
     */
    private void window(Planned planned, Context context) {
        PledgeService.Window window = context.window(planned.phaseId);
        if (window.isOpen(context.today())) {
            return;
        }
        if (context.board()) {
            planned.lateReason = LATE_REASON;
            return;
        }
        boolean early = window.opens() != null && context.today().isBefore(window.opens());
        planned.errors.addRow(early ? "REGISTRATION_NOT_OPEN" : "REGISTRATION_CLOSED",
                early ? "detail.registration-not-open" : "detail.registration-closed", window.opens(),
                window.closes());
    }

    /** A subject may appear once per phase in a file: every row of a repeated one fails, naming the others. */
    private static void markDuplicatesInFile(List<Planned> rows) {
        Map<List<UUID>, List<Planned>> bySubject = new HashMap<>();
        for (Planned planned : rows) {
            if (planned.identified()) {
                bySubject.computeIfAbsent(List.of(planned.subject.id(), planned.phaseId == null ? NO_PHASE
                        : planned.phaseId), k -> new ArrayList<>()).add(planned);
            }
        }
        for (List<Planned> same : bySubject.values()) {
            if (same.size() > 1) {
                String numbers = ImportRun.rowNumbers(same.stream().map(p -> p.row.number()).toList());
                same.forEach(p -> p.errors.add(p.codeColumn(), "DUPLICATE_IN_FILE",
                        "field.pledge-import-duplicate-subject", numbers));
            }
        }
    }

    /** A subject with a live pledge in the plan and phase cannot register again: that row fails, pointing at it. */
    private void markLivePledges(PlanResponses.Full plan, List<Planned> rows) {
        Map<UUID, List<Planned>> byPhase = new HashMap<>();
        for (Planned planned : rows) {
            if (planned.identified()) {
                byPhase.computeIfAbsent(planned.phaseId == null ? NO_PHASE : planned.phaseId,
                        k -> new ArrayList<>()).add(planned);
            }
        }
        byPhase.forEach((phase, inPhase) -> {
            UUID phaseId = NO_PHASE.equals(phase) ? null : phase;
            for (int from = 0; from < inPhase.size(); from += LOOKUP_CHUNK) {
                List<Planned> chunk = inPhase.subList(from, Math.min(inPhase.size(), from + LOOKUP_CHUNK));
                Map<UUID, Pledge> live = pledges.liveBySubject(plan.id(), phaseId,
                        chunk.stream().map(p -> p.subject.id()).toList());
                for (Planned planned : chunk) {
                    Pledge existing = live.get(planned.subject.id());
                    if (existing != null) {
                        planned.id = existing.id;
                        planned.errors.add(planned.codeColumn(), "DUPLICATE", "detail.pledge-duplicate",
                                planned.subject.name());
                    }
                }
            }
        });
    }

    private void save(PlanResponses.Full plan, List<Planned> rows) {
        // batching is what makes thousands of rows cheap; the session ends with this transaction
        pledges.getEntityManager().unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
        String by = access.name();
        List<Pledge> created = new ArrayList<>();
        for (Planned planned : rows) {
            if (planned.failed()) {
                continue;
            }
            List<Commitment> commitments = planned.row.commitments().stream()
                    .map(PledgeImportReader.CommitmentCell::commitment).toList();
            Pledge pledge = rules.newPledge(plan.id(), planned.phaseId, planned.subject, planned.row.titles(),
                    commitments);
            pledge.submit(by, planned.lateReason);
            if (planned.status == PledgeStatus.APPROVED) {
                pledge.approve(by);
            }
            planned.id = pledge.id;
            created.add(pledge);
        }
        pledges.persistAll(created);
        pledges.flush();
        List<AuditTrail.Entry> entries = new ArrayList<>(created.size());
        List<DomainEvent> events = new ArrayList<>(created.size());
        for (Pledge pledge : created) {
            PledgeResponse after = PledgeResponse.from(pledge);
            String id = pledge.id.toString();
            entries.add(new AuditTrail.Entry("pledge.created", "pledge", id, pledge.unitId, null, after));
            String event = pledge.status == PledgeStatus.APPROVED ? "pledge.approved" : "pledge.submitted";
            events.add(new DomainEvent(event, "pledge", id, pledge.unitId, after));
        }
        audit.recordAll(entries);
        outbox.recordAll(events);
    }

    /** "[2]" for a constraint on the third element of a list (a title code), "" for one on the value itself. */
    private static String index(Path path) {
        Integer index = null;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                index = node.getIndex();
            }
        }
        return index == null ? "" : "[" + index + "]";
    }

    private static PledgeImportReport report(ImportRun.Options options, boolean applied, List<Planned> rows) {
        List<PledgeImportReport.RowResult> results = new ArrayList<>(rows.size());
        for (Planned planned : rows) {
            boolean failed = planned.failed();
            Outcome outcome = failed ? Outcome.FAILED : applied ? Outcome.CREATED : Outcome.WOULD_CREATE;
            results.add(new PledgeImportReport.RowResult(planned.row.number(), planned.kind, planned.code,
                    planned.row.values().get(Column.PHASE), outcome, failed ? null : planned.status,
                    !failed && planned.lateReason != null, planned.id, planned.errors.list()));
        }
        return PledgeImportReport.of(options.dryRun(), applied, results);
    }

    /**
     * The errors of one row, each named by the column as the file names it and worded in the caller's language:
     * constraint messages come from the bean validator (which follows Accept-Language), the import's own from
     * {@code i18n/messages}.
     */
    private final class RowErrors {
        private final PledgeImportReader.Sheet sheet;
        private final Locale locale;
        private final List<FieldError> errors = new ArrayList<>();

        RowErrors(PledgeImportReader.Sheet sheet, Locale locale) {
            this.sheet = sheet;
            this.locale = locale;
        }

        /** A problem already named as the file names the field (the reader's, or a content rule's). */
        void add(FieldViolation problem) {
            errors.add(new FieldError(problem.field(), problem.code(),
                    Messages.get(locale, problem.messageKey(), problem.args())));
        }

        void add(Column column, String code, String messageKey, Object... args) {
            errors.add(new FieldError(sheet.fieldName(column), code, Messages.get(locale, messageKey, args)));
        }

        /** An error of the row as a whole. */
        void addRow(String code, String messageKey, Object... args) {
            errors.add(new FieldError("$", code, Messages.get(locale, messageKey, args)));
        }

        /** The constraints of {@code type}'s {@code property}, applied to one value; true when it meets them. */
        boolean constraints(Column column, Class<?> type, String property, Object value) {
            return constraints(sheet.fieldName(column), type, property, value);
        }

        boolean constraints(String field, Class<?> type, String property, Object value) {
            List<? extends ConstraintViolation<?>> violations = validator.validateValue(type, property, value).stream()
                    .sorted(Comparator.comparing(ConstraintViolation::getMessageTemplate)).toList();
            for (ConstraintViolation<?> violation : violations) {
                errors.add(new FieldError(field + index(violation.getPropertyPath()),
                        ProblemMappers.constraintCode(violation), violation.getMessage()));
            }
            return violations.isEmpty();
        }

        boolean any() {
            return !errors.isEmpty();
        }

        List<FieldError> list() {
            return List.copyOf(errors);
        }
    }
}
