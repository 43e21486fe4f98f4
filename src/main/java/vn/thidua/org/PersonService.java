package vn.thidua.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import vn.thidua.audit.AuditTrail;
import vn.thidua.common.Caller;
import vn.thidua.common.Roles;
import vn.thidua.common.api.ETags;
import vn.thidua.common.api.Page;
import vn.thidua.common.api.Paging;
import vn.thidua.common.error.ApiException;
import vn.thidua.common.outbox.DomainEvent;
import vn.thidua.common.outbox.Outbox;
import vn.thidua.common.text.Text;

/**
 * The rules of people: unique codes, a person only in a unit of the caller's scope, an active person only in an
 * active unit, and who may see whom (a member sees only themselves). People are deactivated, never deleted.
 */
@ApplicationScoped
public class PersonService {

    /** Sort keys of the list; name keys expand to the three name parts (see {@link #collationOrder}). */
    public static final Map<String, String> SORTS = Map.of("givenName", "givenName", "familyName", "familyName",
            "code", "code", "createdAt", "createdAt");
    /** Roles that read every person in scope; a caller with none of them (a member) reads only their own record. */
    static final Set<String> READ_ALL = Set.of(Roles.ADMIN, Roles.BOARD, Roles.LEADER, Roles.UNIT_HEAD,
            Roles.COUNCIL, Roles.INTEGRATION);

    @Inject
    PersonRepository people;
    @Inject
    OrgUnitRepository units;
    @Inject
    OrgScope scope;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    @Transactional
    public Page<PersonResponse> list(UUID unitId, UUID within, Boolean active, String query, Paging paging) {
        if (unitId != null) {
            scope.requireUnit(unitId);
        }
        String withinPath = within == null ? null : scope.requireUnit(within).path;
        UUID only = null;
        if (selfOnly()) {
            Optional<UUID> self = caller.personId();
            if (self.isEmpty()) {
                return Page.of(List.of(), paging, 0);
            }
            only = self.get();
        }
        var found = people.search(scope.path(),
                new PersonRepository.PersonFilter(unitId, withinPath, active, query, only),
                collationOrder(paging.sort()));
        long total = found.count();
        List<Person> page = found.page(paging.page(), paging.size()).list();
        Map<UUID, OrgUnit> unitsOfPage = people.unitsById(page.stream().map(p -> p.unitId).toList());
        return Page.of(page.stream().map(p -> PersonResponse.from(p, unitsOfPage.get(p.unitId))).toList(), paging,
                total);
    }

    @Transactional
    public PersonResponse get(UUID id) {
        Person person = requireReadable(id);
        return PersonResponse.from(person, units.findById(person.unitId));
    }

    @Transactional
    public PersonResponse create(PersonRequest request) {
        Person.Details details = details(request, true);
        requireValid(details);
        OrgUnit unit = scope.requireUnit(request.unitId());
        if (!unit.active) {
            throw ApiException.conflict("detail.person-unit-inactive", unit.code);
        }
        requireFreeCode(details.code(), unit, null);
        Person person = Person.create(details);
        people.persistAndFlush(person);
        PersonResponse created = PersonResponse.from(person, unit);
        audit.record("person.created", "person", person.id.toString(), unit.id, null, created);
        outbox.record(new DomainEvent("person.created", "person", person.id.toString(), unit.id, created));
        return created;
    }

    /** Replaces the editable fields; a new unit must be in scope too, so a person moves only between the caller's units. */
    @Transactional
    public PersonResponse update(UUID id, String ifMatch, PersonRequest request) {
        Person person = requireInScope(id);
        ETags.requireMatch(ifMatch, person.version);
        Person.Details details = details(request, person.active);
        requireValid(details);
        OrgUnit current = units.findById(person.unitId);
        OrgUnit target = request.unitId().equals(person.unitId) ? current : scope.requireUnit(request.unitId());
        if (person.active && !target.active && target != current) {
            throw ApiException.conflict("detail.person-unit-inactive", target.code);
        }
        requireFreeCode(details.code(), target, person.id);
        if (details.equals(person.details())) {
            return PersonResponse.from(person, current);
        }
        PersonResponse before = PersonResponse.from(person, current);
        person.apply(details);
        return changed(person, target, before, "person.updated");
    }

    @Transactional
    public PersonResponse deactivate(UUID id, String ifMatch) {
        Person person = requireInScope(id);
        ETags.requireMatch(ifMatch, person.version);
        OrgUnit unit = units.findById(person.unitId);
        if (!person.active) {
            return PersonResponse.from(person, unit);
        }
        PersonResponse before = PersonResponse.from(person, unit);
        person.deactivate();
        return changed(person, unit, before, "person.deactivated");
    }

    @Transactional
    public PersonResponse activate(UUID id, String ifMatch) {
        Person person = requireInScope(id);
        ETags.requireMatch(ifMatch, person.version);
        OrgUnit unit = units.findById(person.unitId);
        if (person.active) {
            return PersonResponse.from(person, unit);
        }
        if (!unit.active) {
            throw ApiException.conflict("detail.person-unit-inactive", unit.code);
        }
        PersonResponse before = PersonResponse.from(person, unit);
        person.activate();
        return changed(person, unit, before, "person.activated");
    }

    /**
     * The list order with each name key expanded to the Vietnamese staff-list order: by given name, then family
     * name, then middle name ({@code givenName}); or family, middle, given ({@code familyName}).
     */
    static Sort collationOrder(Sort requested) {
        Sort order = null;
        for (Sort.Column column : requested.getColumns()) {
            List<String> attributes = switch (column.getName()) {
                case "givenName" -> List.of("givenKey", "familyKey", "middleKey");
                case "familyName" -> List.of("familyKey", "middleKey", "givenKey");
                default -> List.of(column.getName());
            };
            for (String attribute : attributes) {
                order = order == null ? Sort.by(attribute, column.getDirection())
                        : order.and(attribute, column.getDirection());
            }
        }
        return order;
    }

    /** Whether the caller reads only their own record: a member without any role that reads everyone in scope. */
    boolean selfOnly() {
        return caller.roles().stream().noneMatch(READ_ALL::contains);
    }

    private Person requireReadable(UUID id) {
        Person person = requireInScope(id);
        if (selfOnly() && !caller.personId().map(id::equals).orElse(false)) {
            throw ApiException.notFound("kind.person");
        }
        return person;
    }

    private Person requireInScope(UUID id) {
        return people.findInScope(id, scope.path()).orElseThrow(() -> ApiException.notFound("kind.person"));
    }

    private PersonResponse changed(Person person, OrgUnit unit, PersonResponse before, String action) {
        person.touch();
        people.flush();
        PersonResponse after = PersonResponse.from(person, unit);
        audit.record(action, "person", person.id.toString(), unit.id, before, after);
        outbox.record(new DomainEvent(action, "person", person.id.toString(), unit.id, after));
        return after;
    }

    /** A code is unique within the agency of the person's unit: another agency's register is none of the caller's. */
    private void requireFreeCode(String code, OrgUnit unit, UUID self) {
        people.findByCode(unit.agencyId(), code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("detail.person-code-taken", code);
        });
    }

    private static void requireValid(Person.Details details) {
        var violations = PersonRules.check(details.fullName(), details.dateOfBirth());
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private static Person.Details details(PersonRequest request, boolean active) {
        return new Person.Details(request.code().strip(), VietnameseName.normalise(request.fullName()),
                request.gender(), request.dateOfBirth(), Text.blankToNull(request.position()), request.unitId(),
                Text.blankToNull(request.email()), active);
    }

}
