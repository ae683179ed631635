package org.hrcities.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.hrcities.platform.application.port.in.setup.LoadInitialContentUseCase;

/**
 * Runs while the application deploys, before it takes requests: opens the storage (through the
 * wiring) and fills an empty site with the demo content when {@code hrc.demo-content} is true.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Config config;

    @Inject
    LoadInitialContentUseCase initialContent;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (config.getOptionalValue("hrc.demo-content", Boolean.class).orElse(true)) {
            boolean loaded = initialContent.loadIfEmpty(DemoContent.build());
            LOG.info(loaded ? "demo content loaded into the empty site" : "the site has content: demo content not loaded");
        }
    }
}
