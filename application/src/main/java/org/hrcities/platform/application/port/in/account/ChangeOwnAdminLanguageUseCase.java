package org.hrcities.platform.application.port.in.account;

import java.util.Optional;
import org.hrcities.platform.domain.account.AccountId;
import org.hrcities.platform.domain.shared.Language;

/**
 * A member of staff chooses the language the admin speaks to them in, as on their profile: one of the
 * admin's languages, or none to follow the site's default language.
 */
public interface ChangeOwnAdminLanguageUseCase {

    /** @throws AccountNotFoundException if the account is gone */
    void changeOwnAdminLanguage(AccountId id, Optional<Language> language);
}
