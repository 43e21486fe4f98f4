package vn.thidua.history;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.thidua.common.error.ApiException;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.OrgDirectory.PersonRef;
import vn.thidua.org.OrgDirectory.UnitRef;
import vn.thidua.org.SubjectKind;

/**
 * The people and units of the caller's scope that history records name: looked up one at a time for a single
 * request, or loaded in bulk up front for an import. Anything outside the scope is absent, as if it did not exist.
 */
interface Refs {

    Optional<PersonRef> person(UUID id);

    Optional<PersonRef> personByCode(String code);

    Optional<UnitRef> unit(UUID id);

    Optional<UnitRef> unitByCode(String code);

    /** The subject a request names: 400 when it names none or both kinds, 404 when it is not in scope. */
    default Subject subject(HistoryRequests.SubjectFields fields) {
        boolean person = fields.personId() != null || fields.personCode() != null;
        boolean unit = fields.unitId() != null || fields.unitCode() != null;
        if (!person && !unit) {
            throw ApiException.invalid("personId", "NOT_NULL", "field.history-subject-missing");
        }
        if (person && unit) {
            throw ApiException.invalid("unitId", "ONE_SUBJECT", "field.history-subject-both");
        }
        if (person) {
            PersonRef found = (fields.personId() != null ? person(fields.personId())
                    : personByCode(fields.personCode())).orElseThrow(() -> ApiException.notFound("kind.person"));
            UnitRef home = unit(found.unitId()).orElseThrow(() -> ApiException.notFound("kind.person"));
            return new Subject(SubjectKind.PERSON, found.id(), home.id());
        }
        UnitRef found = (fields.unitId() != null ? unit(fields.unitId()) : unitByCode(fields.unitCode()))
                .orElseThrow(() -> ApiException.notFound("kind.unit"));
        return new Subject(SubjectKind.UNIT, null, found.id());
    }

    static Refs live(OrgDirectory directory) {
        return new Refs() {
            @Override
            public Optional<PersonRef> person(UUID id) {
                return directory.person(id);
            }

            @Override
            public Optional<PersonRef> personByCode(String code) {
                return Optional.ofNullable(directory.peopleByCodes(List.of(code)).get(code.toLowerCase(Locale.ROOT)));
            }

            @Override
            public Optional<UnitRef> unit(UUID id) {
                return directory.unit(id);
            }

            @Override
            public Optional<UnitRef> unitByCode(String code) {
                return Optional.ofNullable(directory.unitsByCodes(List.of(code)).get(code.toLowerCase(Locale.ROOT)));
            }
        };
    }

    /** Lookups from what an import loaded: people and units by lower-case code, each unit of a person included. */
    static Refs preloaded(Map<String, PersonRef> peopleByCode, Map<String, UnitRef> unitsByCode) {
        Map<UUID, PersonRef> people = new HashMap<>();
        peopleByCode.values().forEach(p -> people.put(p.id(), p));
        Map<UUID, UnitRef> units = new HashMap<>();
        unitsByCode.values().forEach(u -> units.put(u.id(), u));
        return new Refs() {
            @Override
            public Optional<PersonRef> person(UUID id) {
                return Optional.ofNullable(people.get(id));
            }

            @Override
            public Optional<PersonRef> personByCode(String code) {
                return Optional.ofNullable(peopleByCode.get(code.toLowerCase(Locale.ROOT)));
            }

            @Override
            public Optional<UnitRef> unit(UUID id) {
                return Optional.ofNullable(units.get(id));
            }

            @Override
            public Optional<UnitRef> unitByCode(String code) {
                return Optional.ofNullable(unitsByCode.get(code.toLowerCase(Locale.ROOT)));
            }
        };
    }
}
