package org.hrcities.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.hrcities.platform.application.port.in.account.ProvisionAdministratorUseCase;
import org.hrcities.platform.application.port.in.setup.LoadInitialContentUseCase;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.shared.InvalidValueException;

/**
 * Runs while the application deploys, before it takes requests (or, when the storage could not be
 * opened at start, as soon as it opens): fills an empty site with the demo content when {@code hrc.demo-content} is true, and
 * opens the first administrator's account from {@code HRC_ADMIN_EMAIL} and {@code HRC_ADMIN_PASSWORD}.
 * With demo content and no administrator configured, it opens the demo staff accounts instead and
 * says how to sign in.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Config config;

    @Inject
    LoadInitialContentUseCase initialContent;

    @Inject
    ProvisionAdministratorUseCase provisionAdministrator;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    ApplicationWiring wiring;

    @Inject
    FormStampKeys formStampKeys;

    /**
     * Checks the settings at once (a wrong one stops the deployment), and does the work that needs the
     * storage now or, when the storage is not open yet, as soon as it opens.
     */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) throws NamingException {
        formStampKeys.formStamps();
        boolean demo = config.getOptionalValue("hrc.demo-content", Boolean.class).orElse(true);
        if (demo) {
            wiring.storage().whenOpen(() -> {
                boolean loaded = initialContent.loadIfEmpty(DemoContent.build());
                LOG.info(loaded ? "demo content loaded into the empty site" : "the site has content: demo content not loaded");
            });
        }
        Optional<String> email = config.getOptionalValue("hrc.admin.email", String.class);
        Optional<String> password = config.getOptionalValue("hrc.admin.password", String.class);
        if (email.isPresent() && password.isPresent()) {
            provisionConfiguredAdministrator(email.get(), password.get(),
                    config.getOptionalValue("hrc.admin.name", String.class).orElse("Administrator"));
        } else if (email.isPresent() || password.isPresent()) {
            throw new IllegalStateException("set both HRC_ADMIN_EMAIL and HRC_ADMIN_PASSWORD, or neither");
        } else if (demo) {
            wiring.storage().whenOpen(() -> {
                demoAccounts.open();
                LOG.info(demoAccounts.howToSignIn());
            });
        } else {
            LOG.warning("no administrator configured: set HRC_ADMIN_EMAIL and HRC_ADMIN_PASSWORD to open the first one");
        }
    }

    private void provisionConfiguredAdministrator(String email, String password, String name) {
        EmailAddress address;
        Password secret;
        try {
            address = EmailAddress.parse(email);
            secret = new Password(password);
        } catch (InvalidValueException e) {
            throw new IllegalStateException("HRC_ADMIN_* is not usable: " + e.getMessage(), e);
        }
        wiring.storage().whenOpen(() -> {
            boolean opened;
            try {
                opened = provisionAdministrator.provisionAdministrator(address, secret, name);
            } catch (InvalidValueException e) {
                throw new IllegalStateException("HRC_ADMIN_* is not usable: " + e.getMessage(), e);
            }
            LOG.info(opened ? "administrator account opened for the configured HRC_ADMIN_EMAIL; sign in at /admin"
                    : "the configured administrator account exists already: its password was left as it is");
        });
    }
}
