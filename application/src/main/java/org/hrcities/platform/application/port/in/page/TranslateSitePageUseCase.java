package org.hrcities.platform.application.port.in.page;

/** Editors translate a page into another of the site's languages. */
public interface TranslateSitePageUseCase {

    /**
     * Stores the translation as a draft in the page's translation group.
     *
     * @return the new draft, with the other pages of its group
     * @throws SitePageNotFoundException if no page has the id
     * @throws org.hrcities.platform.domain.shared.InvalidValueException ({@code language}) if the site is
     *         not written in the language, or the page is
     * @throws org.hrcities.platform.domain.shared.TranslationAlreadyExistsException if the page's group
     *         has a page in the language already
     * @throws org.hrcities.platform.domain.shared.SlugAlreadyTakenException if another page of the
     *         language has the slug
     */
    SitePageForAdministration translatePage(TranslateSitePageCommand command);
}
