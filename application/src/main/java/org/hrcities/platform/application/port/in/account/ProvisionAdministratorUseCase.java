package org.hrcities.platform.application.port.in.account;

import org.hrcities.platform.domain.account.Password;
import org.hrcities.platform.domain.comment.EmailAddress;

/** Creates the first administrator of a new site, from configuration. */
public interface ProvisionAdministratorUseCase {

    /**
     * Opens an administrator account when no account exists with this email address; does nothing
     * otherwise (so restarting with the same configuration never changes a password).
     *
     * @return whether an account was opened
     */
    boolean provisionAdministrator(EmailAddress email, Password password, String displayName);
}
