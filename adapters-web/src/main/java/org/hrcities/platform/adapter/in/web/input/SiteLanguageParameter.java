package org.hrcities.platform.adapter.in.web.input;

import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;

/**
 * A language named by a request parameter of the API ({@code ?lang=fr}): one the site is written in,
 * the site's default when the parameter is absent. Any other code is refused on the parameter: 400.
 */
public final class SiteLanguageParameter {

    private SiteLanguageParameter() {
    }

    /** @throws org.hrcities.platform.adapter.in.web.error.InvalidRequestException on {@code parameter} */
    public static Language of(SiteLanguages site, String parameter, String code) {
        if (code == null) {
            return site.defaultLanguage();
        }
        FieldErrors errors = new FieldErrors();
        Language language = errors.capture(parameter, () -> site.require(Language.parse(code)));
        errors.throwIfAny();
        return language;
    }
}
