package vn.thidua.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.audit.AuditTrail;
import vn.thidua.org.DemoOrganisation;
import vn.thidua.org.OrgUnit;

/**
 * The demo organisation ({@code THIDUA_DEMO=true}), loaded once from {@code demo/organisation.json}: the Lai Châu
 * provincial Political School of the seed plan with its faculties and offices, its staff, a second agency, and one
 * account per role (passwords in README). Later features add their own demo data after it.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String RESOURCE = "demo/organisation.json";

    record DemoAccount(String username, String password, String displayName, Set<String> roles, String unitCode,
            String personCode) {
    }

    record DemoFile(List<DemoOrganisation.DemoUnit> units, List<DemoOrganisation.DemoPerson> people,
            List<DemoAccount> accounts) {
    }

    @Inject
    DemoOrganisation organisation;
    @Inject
    AccountRepository accounts;
    @Inject
    AuditTrail audit;
    @Inject
    ObjectMapper json;

    @Transactional
    public void loadOnce(OrgUnit root) {
        accounts.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(7401003)").getSingleResult();
        DemoFile file = read();
        if (organisation.isLoaded(file.units())) {
            return;
        }
        DemoOrganisation.Written written = organisation.write(root, file.units(), file.people());
        for (DemoAccount demo : file.accounts()) {
            UUID unitId = written.units().get(demo.unitCode().toLowerCase(Locale.ROOT));
            Account account = Account.create(demo.username(), demo.password(), unitId, demo.roles());
            account.displayName = demo.displayName();
            account.personId = demo.personCode() == null ? null
                    : written.people().get(demo.personCode().toLowerCase(Locale.ROOT));
            accounts.persist(account);
            audit.recordAs(null, "account.created", "account", account.id.toString(), unitId, null,
                    AccountResponse.from(account));
        }
        LOG.infof("Loaded the demo organisation: %d units, %d people, %d accounts", file.units().size(),
                file.people().size(), file.accounts().size());
    }

    private DemoFile read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return json.readValue(in, DemoFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
