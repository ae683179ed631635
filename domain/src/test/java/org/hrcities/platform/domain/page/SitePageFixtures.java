package org.hrcities.platform.domain.page;

import java.time.Instant;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Slug;

/** Pages for tests. */
public final class SitePageFixtures {

    public static final Instant CREATED = Instant.parse("2024-03-01T08:00:00Z");
    public static final Language ENGLISH = new Language("en");
    public static final Language FRENCH = new Language("fr");
    public static final Language GERMAN = new Language("de");

    private SitePageFixtures() {
    }

    /** A draft "About the network", in no menu. */
    public static SitePage aboutDraft() {
        return SitePage.create(SitePageId.generate(), ENGLISH, new Slug("about"), "About the network",
                "We are *cities*.", CREATED);
    }

    /** A published page in the menu at {@code position}. */
    public static SitePage aPublishedPageInMenu(String slug, String title, int position) {
        SitePage page = SitePage.create(SitePageId.generate(), ENGLISH, new Slug(slug), title, "Text of " + title, CREATED);
        page.publish(CREATED);
        page.placeInMenu(position, CREATED);
        return page;
    }

    /** A published page that is not in the menu. */
    public static SitePage aPublishedPage(String slug, String title) {
        SitePage page = SitePage.create(SitePageId.generate(), ENGLISH, new Slug(slug), title, "Text of " + title, CREATED);
        page.publish(CREATED);
        return page;
    }

    /** A published translation of {@code original} into {@code language}, in that language's menu at {@code position}. */
    public static SitePage aPublishedTranslationInMenu(SitePage original, Language language, String slug, String title,
                                                       int position) {
        SitePage page = original.translate(SitePageId.generate(), language, new Slug(slug), title, "Text of " + title,
                CREATED);
        page.publish(CREATED);
        page.placeInMenu(position, CREATED);
        return page;
    }
}
