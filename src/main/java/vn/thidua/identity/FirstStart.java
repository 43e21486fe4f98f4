package vn.thidua.identity;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import vn.thidua.common.runtime.ThiduaConfig;
import vn.thidua.org.RootUnit;

/** What an empty database gets on first start: the root unit and the first administrator. */
public class FirstStart {

    @Inject
    RootUnit rootUnit;
    @Inject
    ThiduaConfig config;

    void onStart(@Observes StartupEvent event) {
        rootUnit.ensure(config.rootUnit().code(), config.rootUnit().name());
    }
}
