package org.hrcities.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hrcities.platform.application.port.in.account.OpenAccountCommand;
import org.hrcities.platform.application.port.in.account.OpenAccountUseCase;
import org.hrcities.platform.application.port.in.account.ProvisionAdministratorUseCase;
import org.hrcities.platform.domain.account.EmailAlreadyTakenException;
import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.account.Role;
import org.hrcities.platform.domain.comment.EmailAddress;

/**
 * The staff of the demonstration site, one per role, all with the same published password. Opened
 * only with the demo content and only when no administrator is configured: never on a real site.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "demo-password-hrc";
    public static final String ADMINISTRATOR = "admin@demo.hrcities.example";
    public static final String EDITOR = "editor@demo.hrcities.example";
    public static final String MODERATOR = "moderator@demo.hrcities.example";

    @Inject
    ProvisionAdministratorUseCase provisionAdministrator;

    @Inject
    OpenAccountUseCase openAccount;

    void open() {
        if (!provisionAdministrator.provisionAdministrator(new EmailAddress(ADMINISTRATOR), new Password(PASSWORD),
                "Demo Administrator")) {
            return;
        }
        for (DemoAccount account : List.of(new DemoAccount(EDITOR, "Demo Editor", Role.EDITOR),
                new DemoAccount(MODERATOR, "Demo Moderator", Role.MODERATOR))) {
            try {
                openAccount.openAccount(new OpenAccountCommand(new EmailAddress(account.email()), account.name(),
                        account.role(), new Password(PASSWORD)));
            } catch (EmailAlreadyTakenException opened) {
                // opened by an earlier start
            }
        }
    }

    private record DemoAccount(String email, String name, Role role) {
    }

    String howToSignIn() {
        return "demo site: sign in at /admin/sign-in as " + ADMINISTRATOR + ", " + EDITOR + " or " + MODERATOR
                + " with the password " + PASSWORD;
    }
}
