package vn.thidua.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Caller;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.error.ApiException.FieldViolation;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.SubjectKind;

/**
 * Keeps history records of every kind the same way: in the caller's scope, versioned, each change audited (before and
 * after) and emitted to the outbox ({@code <kind>.created}, {@code .updated}, {@code .deleted}) in its transaction.
 */
@ApplicationScoped
public class HistoryService {

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
    AwardRecords awards;
    @Inject
    SecurityIdentity identity;

    @Transactional
    public <E extends HistoryRecord, C, U, R> R create(RecordKind<E, C, U, R> kind, C request) {
        E record = kind.build(request, Refs.live(directory));
        refuseInvalid(kind.check(record));
        refuseTakenKey(kind, record);
        record.created(access.name());
        records.persist(record);
        return changed(kind, record, null, "created");
    }

    @Transactional
    public <E extends HistoryRecord, C, U, R> R update(RecordKind<E, C, U, R> kind, UUID id, String ifMatch,
            U request) {
        E record = requireWritable(kind, id);
        ETags.requireMatch(ifMatch, record.version);
        kind.requireEditable(record);
        R before = kind.view(record);
        kind.edit(record, request, Refs.live(directory));
        record.touched(access.name());
        refuseInvalid(kind.check(record));
        refuseTakenKey(kind, record);
        return changed(kind, record, before, "updated");
    }

    @Transactional
    public <E extends HistoryRecord, C, U, R> void delete(RecordKind<E, C, U, R> kind, UUID id, String ifMatch) {
        E record = requireWritable(kind, id);
        ETags.requireMatch(ifMatch, record.version);
        kind.requireEditable(record);
        R before = kind.view(record);
        records.delete(record);
        records.flush();
        String action = kind.name + ".deleted";
        audit.record(action, kind.name, record.id.toString(), record.unitId, before, null);
        outbox.record(new DomainEvent(action, kind.name, record.id.toString(), record.unitId, before));
    }

    @Transactional
    public <E extends HistoryRecord, C, U, R> R get(RecordKind<E, C, U, R> kind, UUID id) {
        return kind.view(require(kind, id));
    }

    /**
     * The list's filters: a person (for initiatives: an author), a unit with or without its subtree, a year or a span
     * of years; {@code conditions} are the kind's own, JPQL on {@code e} with their parameters.
     */
    public record ListQuery(UUID person, UUID unit, boolean subtree, Integer year, Integer fromYear, Integer toYear,
            List<Condition> conditions) {
    }

    /** One of a kind's own filters: JPQL on {@code e}, with its one parameter (none when {@code param} is null). */
    public record Condition(String jpql, String param, Object value) {

        static Condition is(String attribute, Object value) {
            return new Condition("e." + attribute + " = :" + attribute, attribute, value);
        }
    }

    @Transactional
    public <E extends HistoryRecord, C, U, R> Page<R> list(RecordKind<E, C, U, R> kind, ListQuery query,
            Paging paging) {
        StringBuilder where = new StringBuilder(kind.scopeCondition());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", access.scopePath() + "%");
        UUID person = query.person();
        if (access.ownOnly()) {
            if (person != null && !person.equals(access.ownPerson())) {
                throw ApiException.notFound("kind.person");
            }
            person = access.ownPerson();
        } else if (person != null && directory.person(person).isEmpty()) {
            throw ApiException.notFound("kind.person");
        }
        if (person != null) {
            where.append(" and ").append(kind.personCondition());
            params.put("person", person);
        }
        if (query.unit() != null) {
            OrgDirectory.UnitRef unit = directory.unit(query.unit())
                    .orElseThrow(() -> ApiException.notFound("kind.unit"));
            if (query.subtree()) {
                where.append(" and e.unitId in (select u.id from OrgUnit u where u.path like :within)");
                params.put("within", unit.path() + "%");
            } else {
                where.append(" and e.unitId = :unit");
                params.put("unit", unit.id());
            }
        }
        years(kind, query, where, params);
        for (Condition condition : query.conditions()) {
            where.append(" and ").append(condition.jpql());
            if (condition.param() != null) {
                params.put(condition.param(), condition.value());
            }
        }
        HistoryRepository.Page<E> found = records.search(kind.type, where.toString(), params, paging.sort(),
                paging.page(), paging.size());
        return Page.of(found.items(), paging, found.total()).map(kind::view);
    }

    /** A subject's award history across years, newest first, revoked awards included. */
    @Transactional
    public Page<HistoryResponses.Award> awardsOf(SubjectKind kind, UUID subjectId, Paging paging) {
        boolean found = kind == SubjectKind.PERSON ? directory.person(subjectId).isPresent()
                : directory.unit(subjectId).isPresent();
        boolean own = kind == SubjectKind.PERSON && subjectId.equals(access.ownPerson());
        if (!found || access.ownOnly() && !own) {
            throw ApiException.notFound(kind == SubjectKind.PERSON ? "kind.person" : "kind.unit");
        }
        String where = kind == SubjectKind.PERSON ? "e.personId = :subject"
                : "e.personId is null and e.unitId = :subject";
        HistoryRepository.Page<AwardRecord> page = records.search(AwardRecord.class, where,
                Map.of("subject", subjectId), paging.sort(), paging.page(), paging.size());
        return Page.of(page.items(), paging, page.total()).map(HistoryResponses.Award::from);
    }

    /** Records the revocation of an award (by a later decision): it stays in history and breaks chains. */
    @Transactional
    public HistoryResponses.Award revoke(UUID id, String ifMatch, HistoryRequests.Revoke request) {
        AwardRecord record = require(awards, id);
        ETags.requireMatch(ifMatch, record.version);
        if (request.revokedOn().isBefore(Objects.requireNonNullElse(record.decisionDate, LocalDate.MIN))) {
            throw ApiException.invalid("revokedOn", "BEFORE_DECISION", "field.award-revoked-before-decision",
                    record.decisionDate);
        }
        HistoryResponses.Award before = awards.view(record);
        record.revoke(request.revokedOn(), request.revocationNumber().strip(), request.reason().strip(),
                access.name());
        return changed(awards, record, before, "revoked");
    }

    /** An award a signed decision confers on one subject, whose unit the decision already knows. */
    public record Conferral(SubjectKind kind, UUID subjectId, UUID unitId, int year, String awardCode,
            String decisionNumber, LocalDate decisionDate, String authority) {
    }

    /**
     * {@link #recordConferred} for all of a decision's lines at once: the keys they take checked in one query, the
     * records written in one flush, audited and announced with one multi-row insert each, so that a thousand lines cost
     * a handful of statements. Answers the records' ids in the conferrals' order.
     */
    @Transactional
    public List<UUID> recordConferredAll(List<Conferral> conferrals) {
        String by = Caller.currentName(identity);
        List<AwardRecord> written = new ArrayList<>(conferrals.size());
        for (Conferral c : conferrals) {
            AwardRecord record = awards.conferredIn(c.kind(), c.subjectId(), c.unitId(), c.year(), c.awardCode(),
                    c.decisionNumber(), c.decisionDate(), c.authority());
            refuseInvalid(awards.check(record));
            record.created(by);
            written.add(record);
        }
        List<AwardRecord> holders = awards.sharingKeys(records, written);
        for (AwardRecord record : written) {
            if (holderOfKey(awards, record, holders).isPresent()) {
                throw ApiException.conflict(awards.keyTakenKey(), awards.key(record).orElseThrow().toArray());
            }
        }
        written.forEach(records::persist);
        records.flush();
        List<AuditTrail.Entry> entries = new ArrayList<>(written.size());
        List<DomainEvent> events = new ArrayList<>(written.size());
        for (AwardRecord record : written) {
            HistoryResponses.Award view = awards.view(record);
            entries.add(new AuditTrail.Entry(awards.name + ".created", awards.name, record.id.toString(), record.unitId,
                    null, view));
            events.add(new DomainEvent(awards.name + ".created", awards.name, record.id.toString(), record.unitId,
                    view));
        }
        audit.recordAll(entries);
        outbox.recordAll(events);
        return written.stream().map(r -> r.id).toList();
    }

    /**
     * Records that a later decision revoked an award a decision conferred, for the decisions feature (no scope or role
     * check: the revoking decision's workflow made them). The record stays in history, revoked, and breaks chains.
     */
    @Transactional
    public HistoryResponses.Award revokeConferred(UUID id, LocalDate on, String revocationNumber, String reason) {
        AwardRecord record = records.award(id);
        if (record == null) {
            throw new IllegalStateException("award record " + id + " written by a decision is gone");
        }
        HistoryResponses.Award before = awards.view(record);
        record.revoke(on, revocationNumber, reason, Caller.currentName(identity));
        return changed(awards, record, before, "revoked");
    }

    // --- shared with the import ---------------------------------------------------------------------------------

    <E extends HistoryRecord, C, U, R> R changed(RecordKind<E, C, U, R> kind, E record, R before, String act) {
        records.flush();
        R after = kind.view(record);
        String action = kind.name + "." + act;
        audit.record(action, kind.name, record.id.toString(), record.unitId, before, after);
        outbox.record(new DomainEvent(action, kind.name, record.id.toString(), record.unitId, after));
        return after;
    }

    /** The record among {@code candidates} that holds the same key as {@code record}, other than itself. */
    static <E extends HistoryRecord> Optional<E> holderOfKey(RecordKind<E, ?, ?, ?> kind, E record,
            List<E> candidates) {
        Optional<List<Object>> key = kind.key(record);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return candidates.stream().filter(other -> !other.id.equals(record.id) && kind.key(other).equals(key))
                .findFirst();
    }

    private <E extends HistoryRecord> void refuseTakenKey(RecordKind<E, ?, ?, ?> kind, E record) {
        if (kind.key(record).isEmpty()) {
            return;
        }
        List<E> candidates = kind.sharingKeys(records, List.of(record));
        if (holderOfKey(kind, record, candidates).isPresent()) {
            throw ApiException.conflict(kind.keyTakenKey(), kind.key(record).get().toArray());
        }
    }

    private static void refuseInvalid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(new ArrayList<>(violations));
        }
    }

    /** {@code year}, or {@code fromYear}..{@code toYear} (either open), as the kind reads years: a year or a period. */
    private static void years(RecordKind<?, ?, ?, ?> kind, ListQuery query, StringBuilder where,
            Map<String, Object> params) {
        Integer from = query.year() != null ? query.year() : query.fromYear();
        Integer to = query.year() != null ? query.year() : query.toYear();
        if (from == null && to == null) {
            return;
        }
        int first = from == null ? HistoryRequests.MIN_YEAR : from;
        int last = to == null ? HistoryRequests.MAX_YEAR : to;
        String condition = kind.yearCondition();
        where.append(" and ").append(condition);
        if (condition.contains(":fromYear")) {
            params.put("fromYear", first);
            params.put("toYear", last);
        } else {
            params.put("fromDay", LocalDate.of(first, 1, 1));
            params.put("toDay", LocalDate.of(last, 12, 31));
        }
    }

    private <E extends HistoryRecord> E require(RecordKind<E, ?, ?, ?> kind, UUID id) {
        return records.findInScope(kind.type, kind.scopeCondition(), id, access.scopePath()).filter(access::canRead)
                .orElseThrow(() -> ApiException.notFound(kind.kindKey));
    }

    /**
     * A record to change: in reach, and wholly in scope. An initiative seen through one of its authors belongs to a
     * wider unit than the caller's: they may read it, not change it (403).
     */
    private <E extends HistoryRecord> E requireWritable(RecordKind<E, ?, ?, ?> kind, UUID id) {
        E record = require(kind, id);
        if (!records.unitInScope(record.unitId, access.scopePath())) {
            throw ApiException.forbidden("detail.history-beyond-scope");
        }
        return record;
    }
}
