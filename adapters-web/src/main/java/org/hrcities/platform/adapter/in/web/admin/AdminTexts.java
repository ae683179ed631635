package org.hrcities.platform.adapter.in.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.account.StaffMember;
import org.hrcities.platform.domain.shared.Language;

/**
 * The admin's words ({@code i18n/admin*.properties}) in the language of whoever reads them: the
 * language a member chose on their profile, else the site's default language, which is also the
 * language of the sign-in page. The admin speaks the languages it has a bundle for, whatever languages
 * the site's content is written in.
 */
public final class AdminTexts {

    public static final Language ENGLISH = Language.parse("en");

    /** The languages with an {@code i18n/admin_<code>.properties}, English (the fallback) first. */
    public static final List<Language> LANGUAGES = List.of(ENGLISH, Language.parse("fr"), Language.parse("de"));

    private AdminTexts() {
    }

    /** The admin in English: what a template speaks when it is given no texts. */
    public static Texts english() {
        return Texts.of(Texts.ADMIN, ENGLISH);
    }

    public static Texts of(Language language) {
        return Texts.of(Texts.ADMIN, LANGUAGES.contains(language) ? language : ENGLISH);
    }

    /** The language the admin offers for {@code code}, or empty (an unknown code, or "" for the site's default). */
    public static Optional<Language> offered(String code) {
        return LANGUAGES.stream().filter(language -> language.code().equals(code)).findFirst();
    }

    /** The texts for {@code member} (null before sign-in) in the request at hand. */
    public static Texts forRequest(HttpServletRequest request, StaffMember member) {
        Optional<Language> chosen = member == null ? Optional.empty() : member.adminLanguage();
        return of(chosen.orElseGet(() -> siteDefault(request)));
    }

    /** The site's default language, as the language filter put it on the request; English without it. */
    public static Language siteDefault(HttpServletRequest request) {
        Object language = request == null ? null : request.getAttribute(LanguageRoutes.DEFAULT_LANGUAGE);
        return language instanceof Language found ? found : ENGLISH;
    }
}
