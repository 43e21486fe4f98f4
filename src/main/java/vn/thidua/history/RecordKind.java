package vn.thidua.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.thidua.common.error.ApiException.FieldViolation;

/**
 * What sets one kind of history record apart; {@link HistoryService} and {@link HistoryImportService} do the rest
 * (scope, versions, audit, outbox, paging, imports) the same way for every kind.
 *
 * @param <E> the entity
 * @param <C> the body that creates one
 * @param <U> the body that changes one
 * @param <R> its representation
 */
abstract class RecordKind<E extends HistoryRecord, C, U, R> {

    /** The entity type in audit events and the prefix of event names: {@code annual-assessment}. */
    final String name;
    final Class<E> type;
    /** The message key naming one record of the kind, for 404s. */
    final String kindKey;

    RecordKind(String name, Class<E> type) {
        this.name = name;
        this.type = type;
        this.kindKey = "kind." + name;
    }

    /** A new, unsaved record from a create body; 400 or 404 when it names what the caller cannot see. */
    abstract E build(C request, Refs refs);

    /** Applies an update body to a record. */
    abstract void edit(E record, U request, Refs refs);

    abstract R view(E record);

    /** What the record says, without who wrote it when: two records saying the same need no update. */
    abstract List<Object> content(E record);

    /** Rules across fields (an end not before its start, an award that fits its subject); field names as in the body. */
    List<FieldViolation> check(E record) {
        return List.of();
    }

    /** Refuses a change the record does not allow (a decision's award, a revoked one); 409. */
    void requireEditable(E record) {
        // most records can always be changed by whoever may write them
    }

    /** The natural key two records may not share; empty for a kind without one (or a record exempt from it). */
    Optional<List<Object>> key(E record) {
        return Optional.empty();
    }

    /** The message key of the 409 for a record whose key is taken: arguments are the key's values. */
    String keyTakenKey() {
        return "detail.duplicate";
    }

    /** Whether an import updates the record with the same key (true) or reports a DUPLICATE row (false). */
    boolean upserts() {
        return false;
    }

    /** For an upserting kind: copies what {@code source} says into {@code target}. */
    void takeContent(E target, E source) {
        throw new IllegalStateException(name + " records are not updated by imports");
    }

    /** Records that may share a key with any of {@code records}: those of the same subjects (or decisions). */
    abstract List<E> sharingKeys(HistoryRepository repository, Collection<E> records);

    /** The JPQL condition that {@code e} is in the caller's reach, with the parameter {@code :scope} (a path prefix). */
    String scopeCondition() {
        return HistoryRepository.IN_SCOPE;
    }

    /** The JPQL condition of the {@code person} filter on {@code e}, with the parameter {@code :person}. */
    String personCondition() {
        return "e.personId = :person";
    }

    /** The JPQL condition of the year filters on {@code e}: {@code :fromYear}..{@code :toYear}, or as days. */
    String yearCondition() {
        return "e.year between :fromYear and :toYear";
    }

    /** The list's sort keys: name the caller uses to entity attribute. */
    abstract java.util.Map<String, String> sorts();

    /** The default sort of the list. */
    String defaultSort() {
        return "-year";
    }

    static List<FieldViolation> violations(FieldViolation... found) {
        List<FieldViolation> list = new ArrayList<>();
        for (FieldViolation violation : found) {
            if (violation != null) {
                list.add(violation);
            }
        }
        return list;
    }
}
