package vn.thidua.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.thidua.audit.AuditTrail;

/**
 * The one root of the organisation tree, made on first start so that the first administrator has a home. Its code
 * and name come from configuration and can be changed later like any unit's.
 */
@ApplicationScoped
public class RootUnit {

    private static final Logger LOG = Logger.getLogger(RootUnit.class);

    @Inject
    OrgUnitRepository units;
    @Inject
    AuditTrail audit;

    /** The root, created when the database has none. Safe with several instances starting at once. */
    @Transactional
    public OrgUnit ensure(String code, String name) {
        units.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(7401001)").getSingleResult();
        return units.root().orElseGet(() -> {
            OrgUnit root = OrgUnit.root(code, name);
            units.persistAndFlush(root);
            audit.recordAs(null, "unit.created", "unit", root.id.toString(), root.id, null, UnitResponse.from(root));
            LOG.infof("Created the root unit %s (%s)", root.code, root.name);
            return root;
        });
    }
}
