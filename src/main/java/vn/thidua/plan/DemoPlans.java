package vn.thidua.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.org.OrgUnit;
import vn.thidua.org.OrgUnitRepository;

/**
 * With {@code THIDUA_DEMO=true}, the seed plan itself (99-KH/TCT of 16/02/2022, its Vietnamese restored from the
 * scan) is created and issued once, after the demo organisation; the same JSON serves README's curl import.
 */
public class DemoPlans {

    private static final Logger LOG = Logger.getLogger(DemoPlans.class);
    static final String RESOURCE = "demo/plan-99-KH-TCT.json";

    @Inject
    ThiduaConfig config;
    @Inject
    PlanService plans;
    @Inject
    PlanRepository planRepository;
    @Inject
    OrgUnitRepository units;
    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;

    /** After the organisation (FirstStart observes at the default priority). */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (config.demo()) {
            loadOnce();
        }
    }

    @Transactional
    void loadOnce() {
        planRepository.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(7401004)").getSingleResult();
        PlanRequests.Create request = read();
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException("The demo plan " + RESOURCE + " is invalid", violations);
        }
        OrgUnit issuer = units.findByCode(request.issuingUnitCode()).orElse(null);
        if (issuer == null || planRepository.numberTaken(issuer.id, request.number(), null)) {
            return;
        }
        PlanResponses.Full plan = plans.createAsSystem(request, issuer, true);
        LOG.infof("Loaded the demo plan %s (%s) with %d phases", plan.number(),
                plan.title().toLowerCase(Locale.ROOT), plan.phases().size());
    }

    private PlanRequests.Create read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return json.readValue(in, PlanRequests.Create.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
