package vn.thidua.org;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.thidua.audit.AuditTrail;

/**
 * Writes the units and people of the demo organisation (the Lai Châu provincial Political School of the seed plan,
 * and a second agency). Called by the demo loader of the identity feature, which adds the accounts.
 */
@ApplicationScoped
public class DemoOrganisation {

    public record DemoUnit(String code, String name, String shortName, UnitKind kind, String parentCode,
            UnitLetterhead letterhead) {
    }

    public record DemoPerson(String code, String fullName, Gender gender, LocalDate dateOfBirth, String position,
            String unitCode, String email) {
    }

    /** What was written, by code (lower case), so that accounts can refer to it. */
    public record Written(Map<String, UUID> units, Map<String, UUID> people) {
    }

    @Inject
    OrgUnitRepository units;
    @Inject
    PersonRepository people;
    @Inject
    AuditTrail audit;

    /** Whether the demo organisation is there already (its first unit exists). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isLoaded(List<DemoUnit> demoUnits) {
        return !demoUnits.isEmpty() && units.findByCode(demoUnits.get(0).code()).isPresent();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(OrgUnit root, List<DemoUnit> demoUnits, List<DemoPerson> demoPeople) {
        Map<String, OrgUnit> byCode = new HashMap<>();
        Map<String, UUID> unitIds = new HashMap<>();
        for (DemoUnit demo : demoUnits) {
            OrgUnit parent = demo.parentCode() == null ? root : byCode.get(key(demo.parentCode()));
            OrgUnit unit = OrgUnit.under(parent, demo.code(), demo.name(), demo.kind());
            unit.shortName = demo.shortName();
            unit.letterhead = demo.letterhead();
            units.persist(unit);
            byCode.put(key(demo.code()), unit);
            unitIds.put(key(demo.code()), unit.id);
            audit.recordAs(null, "unit.created", "unit", unit.id.toString(), unit.id, null, UnitResponse.from(unit));
        }
        Map<String, UUID> personIds = new HashMap<>();
        for (DemoPerson demo : demoPeople) {
            UUID unitId = unitIds.get(key(demo.unitCode()));
            Person person = Person.create(new Person.Details(demo.code(), demo.fullName(), demo.gender(),
                    demo.dateOfBirth(), demo.position(), unitId, demo.email(), true));
            people.persist(person);
            personIds.put(key(demo.code()), person.id);
            audit.recordAs(null, "person.created", "person", person.id.toString(), unitId, null,
                    PersonResponse.from(person, units.findById(unitId)));
        }
        units.flush();
        return new Written(unitIds, personIds);
    }

    /**
     * The active people and the units below the unit with {@code code}, for demo data of later features (no caller,
     * so no scope): people in staff-list order, units by code.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DemoTree> tree(String code) {
        return units.findByCode(code).map(top -> {
            List<OrgUnit> below = units.list("path like ?1 order by code", top.path + "%");
            List<OrgDirectory.PersonRef> staff = people.list("unitId in ?1 and active = true",
                    below.stream().map(u -> u.id).toList()).stream()
                    .sorted((a, b) -> OrgDirectory.compareNames(a.fullName, b.fullName))
                    .map(p -> {
                        OrgUnit unit = below.stream().filter(u -> u.id.equals(p.unitId)).findFirst().orElseThrow();
                        return new OrgDirectory.PersonRef(p.id, p.code, p.fullName, p.position, unit.id, unit.code,
                                unit.name, p.active);
                    }).toList();
            return new DemoTree(below.stream().map(u -> new OrgDirectory.UnitRef(u.id, u.code, u.name, u.path, u.active))
                    .toList(), staff);
        });
    }

    public record DemoTree(List<OrgDirectory.UnitRef> units, List<OrgDirectory.PersonRef> people) {
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
