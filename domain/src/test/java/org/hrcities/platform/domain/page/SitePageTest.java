package org.hrcities.platform.domain.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;

class SitePageTest {

    private static final Instant LATER = Instant.parse("2024-03-02T09:00:00Z");

    @Test
    void a_new_page_is_a_draft_in_no_menu_with_a_slug_from_its_title() {
        SitePage page = SitePage.create(SitePageId.generate(), SitePageFixtures.ENGLISH, null, "Privacy policy", null, SitePageFixtures.CREATED);
        assertEquals(new Slug("privacy-policy"), page.slug());
        assertEquals(SitePageStatus.DRAFT, page.status());
        assertEquals("", page.body());
        assertEquals(Optional.empty(), page.menuPosition());
        assertFalse(page.isInMenu());
        assertEquals(0, page.version());
    }

    @Test
    void refuses_a_blank_title_a_title_on_two_lines_a_title_too_long_and_a_body_too_big() {
        Slug slug = new Slug("a");
        assertThrows(InvalidValueException.class,
                () -> SitePage.create(SitePageId.generate(), SitePageFixtures.ENGLISH, slug, " ", "", SitePageFixtures.CREATED));
        assertThrows(InvalidValueException.class,
                () -> SitePage.create(SitePageId.generate(), SitePageFixtures.ENGLISH, slug, "a\nb", "", SitePageFixtures.CREATED));
        assertThrows(InvalidValueException.class, () -> SitePage.create(SitePageId.generate(), SitePageFixtures.ENGLISH, slug,
                "x".repeat(SitePage.MAX_TITLE_LENGTH + 1), "", SitePageFixtures.CREATED));
        assertThrows(InvalidValueException.class, () -> SitePage.create(SitePageId.generate(), SitePageFixtures.ENGLISH, slug, "A",
                "é".repeat(SitePage.MAX_BODY_BYTES / 2 + 1), SitePageFixtures.CREATED));
    }

    @Test
    void a_refused_edit_changes_nothing() {
        SitePage page = SitePageFixtures.aboutDraft();
        assertThrows(InvalidValueException.class, () -> page.edit(new Slug("who"), "", "Body", LATER));
        assertEquals(new Slug("about"), page.slug());
        assertEquals("About the network", page.title());
        assertEquals(SitePageFixtures.CREATED, page.updatedAt());
    }

    @Test
    void edits_publishes_and_unpublishes_and_notes_when() {
        SitePage page = SitePageFixtures.aboutDraft();
        page.edit(new Slug("who-we-are"), "Who we are", "Cities.", LATER);
        assertEquals(new Slug("who-we-are"), page.slug());
        assertEquals("Who we are", page.title());
        assertEquals("Cities.", page.body());
        assertEquals(LATER, page.updatedAt());
        page.publish(LATER.plusSeconds(1));
        assertTrue(page.isPublished());
        assertEquals(LATER.plusSeconds(1), page.updatedAt());
        page.unpublish(LATER.plusSeconds(2));
        assertEquals(SitePageStatus.DRAFT, page.status());
        assertEquals(LATER.plusSeconds(2), page.updatedAt());
    }

    @Test
    void stands_in_the_menu_only_while_published_with_a_position() {
        SitePage page = SitePageFixtures.aboutDraft();
        page.placeInMenu(3, LATER);
        assertEquals(Optional.of(3), page.menuPosition());
        assertFalse(page.isInMenu(), "a draft is never in the menu");
        page.publish(LATER);
        assertTrue(page.isInMenu());
        page.removeFromMenu(LATER);
        assertEquals(Optional.empty(), page.menuPosition());
        assertFalse(page.isInMenu());
    }

    @Test
    void refuses_a_negative_menu_position() {
        SitePage page = SitePageFixtures.aboutDraft();
        assertThrows(InvalidValueException.class, () -> page.placeInMenu(-1, LATER));
        assertEquals(Optional.empty(), page.menuPosition());
        assertThrows(InvalidValueException.class, () -> SitePage.migrated(SitePageId.generate(), SitePageFixtures.ENGLISH, null, new Slug("a"), "A",
                "", SitePageStatus.PUBLISHED, -2, LATER));
    }

    @Test
    void a_migrated_page_keeps_the_status_and_position_it_had() {
        SitePage page = SitePage.migrated(SitePageId.generate(), SitePageFixtures.ENGLISH, null, new Slug("contact"), "Contact", "Write to us.",
                SitePageStatus.PUBLISHED, 2, LATER);
        assertTrue(page.isInMenu());
        assertEquals(Optional.of(2), page.menuPosition());
        assertEquals(LATER, page.updatedAt());
        assertEquals(0, page.version());
    }

    @Test
    void a_new_page_is_in_its_language_and_a_translation_group_of_its_own() {
        SitePage page = SitePageFixtures.aboutDraft();
        assertEquals(SitePageFixtures.ENGLISH, page.language());
        assertEquals(Optional.empty(), page.translationOf());
        assertEquals(page.id(), page.translationGroup());
    }

    @Test
    void a_translation_is_a_draft_in_its_language_in_the_group_of_the_page_first_written() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 1);
        SitePage french = about.translate(SitePageId.generate(), SitePageFixtures.FRENCH, null, "À propos du réseau",
                "Nous sommes des villes.", LATER);
        assertEquals(SitePageFixtures.FRENCH, french.language());
        assertEquals(Optional.of(about.id()), french.translationOf());
        assertEquals(about.id(), french.translationGroup());
        assertEquals(new Slug("a-propos-du-reseau"), french.slug());
        assertEquals(SitePageStatus.DRAFT, french.status());
        assertEquals(Optional.empty(), french.menuPosition());
        assertEquals(LATER, french.updatedAt());
        SitePage german = french.translate(SitePageId.generate(), SitePageFixtures.GERMAN, new Slug("ueber-uns"),
                "Über uns", "", LATER);
        assertEquals(Optional.of(about.id()), german.translationOf(), "a translation of a translation joins the same group");
    }

    @Test
    void refuses_a_translation_into_the_language_of_the_page() {
        SitePage about = SitePageFixtures.aboutDraft();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> about.translate(SitePageId.generate(),
                SitePageFixtures.ENGLISH, null, "About", "", LATER));
        assertEquals("language", e.field());
    }

    @Test
    void a_stored_page_keeps_the_page_it_translates() {
        SitePageId original = SitePageId.generate();
        SitePage page = SitePage.reconstitute(SitePageId.generate(), SitePageFixtures.FRENCH, original, new Slug("contact"),
                "Contact", "", SitePageStatus.DRAFT, null, LATER, 3);
        assertEquals(Optional.of(original), page.translationOf());
        SitePageId own = SitePageId.generate();
        SitePage notATranslation = SitePage.reconstitute(own, SitePageFixtures.FRENCH, own, new Slug("contact"),
                "Contact", "", SitePageStatus.DRAFT, null, LATER, 3);
        assertEquals(Optional.empty(), notATranslation.translationOf());
    }
}
