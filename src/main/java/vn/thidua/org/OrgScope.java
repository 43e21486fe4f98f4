package vn.thidua.org;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.thidua.common.Caller;
import vn.thidua.common.error.ApiException;

/**
 * The caller's reach: the subtree of the home unit named in the token. Everything outside it answers 404 as if it
 * did not exist, and lists never show it. A token without a known unit reaches nothing.
 */
@RequestScoped
public class OrgScope {

    /** Matches no unit path: every path starts with "/" followed by a UUID. */
    private static final String NOWHERE = "/~/";

    @Inject
    Caller caller;
    @Inject
    OrgUnitRepository units;

    private OrgUnit home;
    private boolean resolved;

    /** The path prefix of every unit the caller may see; use as {@code path LIKE path() || '%'}. */
    public String path() {
        OrgUnit unit = home();
        return unit == null ? NOWHERE : unit.path;
    }

    public OrgUnit home() {
        if (!resolved) {
            home = caller.unitId().flatMap(units::findByIdOptional).orElse(null);
            resolved = true;
        }
        return home;
    }

    public boolean contains(OrgUnit unit) {
        return unit != null && unit.path.startsWith(path());
    }

    /** Whether the unit lies inside the caller's scope. */
    public boolean containsUnitId(UUID unitId) {
        return units.findInScope(unitId, path()).isPresent();
    }

    /** Whether the person works in a unit inside the caller's scope. */
    public boolean containsPerson(UUID personId) {
        Number count = (Number) units.getEntityManager().createNativeQuery("""
                SELECT count(*) FROM person p JOIN org_unit u ON u.id = p.unit_id
                WHERE p.id = ?1 AND u.path LIKE ?2""")
                .setParameter(1, personId).setParameter(2, path() + "%").getSingleResult();
        return count.longValue() > 0;
    }

    /** The unit, when the caller may see it; otherwise 404 whether or not it exists. */
    public OrgUnit requireUnit(UUID id) {
        return units.findInScope(id, path()).orElseThrow(() -> ApiException.notFound("kind.unit"));
    }
}
