package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.junit.jupiter.api.Test;

/** What every {@link SitePageRepository} must do. */
public abstract class SitePageRepositoryContract extends StorageContract {

    private static final Language EN = SitePageFixtures.ENGLISH;
    private static final Language FR = SitePageFixtures.FRENCH;
    private static final Language DE = SitePageFixtures.GERMAN;

    @Test
    void stores_a_page_and_finds_it_by_id_and_slug_with_every_field() {
        SitePage about = SitePage.migrated(SitePageId.generate(), SitePageFixtures.FRENCH, null, new Slug("about"), "About the network",
                "We are *cities*.\n\nAnd towns.", SitePageStatus.PUBLISHED, 4, T0);
        inTx(() -> storage.pages().save(about));
        for (SitePage found : List.of(inTx(() -> storage.pages().findById(about.id())).orElseThrow(),
                inTx(() -> storage.pages().findBySlug(SitePageFixtures.FRENCH, new Slug("about"))).orElseThrow())) {
            assertEquals(about.id(), found.id());
            assertEquals(SitePageFixtures.FRENCH, found.language());
            assertEquals(Optional.empty(), found.translationOf());
            assertEquals("About the network", found.title());
            assertEquals("We are *cities*.\n\nAnd towns.", found.body());
            assertEquals(SitePageStatus.PUBLISHED, found.status());
            assertEquals(Optional.of(4), found.menuPosition());
            assertEquals(T0, found.updatedAt());
            assertTrue(found.version() > 0);
        }
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findBySlug(SitePageFixtures.FRENCH, new Slug("privacy"))));
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findBySlug(EN, new Slug("about"))),
                "the slug of a French page is no English page's");
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findById(SitePageId.generate())));
    }

    @Test
    void saves_changes_and_refuses_a_stale_copy() {
        SitePage about = SitePageFixtures.aboutDraft();
        inTx(() -> storage.pages().save(about));
        SitePage first = inTx(() -> storage.pages().findById(about.id())).orElseThrow();
        SitePage second = inTx(() -> storage.pages().findById(about.id())).orElseThrow();
        first.edit(new Slug("who-we-are"), "Who we are", "", T0.plusSeconds(60));
        first.removeFromMenu(T0.plusSeconds(60));
        inTx(() -> storage.pages().save(first));
        second.publish(T0.plusSeconds(90));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.pages().save(second)));
        SitePage stored = inTx(() -> storage.pages().findById(about.id())).orElseThrow();
        assertEquals("Who we are", stored.title());
        assertEquals("", stored.body());
        assertEquals(SitePageStatus.DRAFT, stored.status());
        assertEquals(Optional.empty(), stored.menuPosition());
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findBySlug(EN, new Slug("about"))));
    }

    @Test
    void refuses_a_slug_another_page_has_and_keeps_nothing_of_the_refused_page() {
        inTx(() -> storage.pages().save(SitePageFixtures.aboutDraft()));
        SitePage twin = SitePageFixtures.aPublishedPage("about", "About again");
        assertThrows(SlugAlreadyTakenException.class, () -> inTx(() -> storage.pages().save(twin)));
        assertEquals(1, inTx(() -> storage.pages().count()));
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findById(twin.id())));
    }

    @Test
    void deletes_a_page_and_refuses_to_delete_a_stale_copy() {
        SitePage about = SitePageFixtures.aboutDraft();
        inTx(() -> storage.pages().save(about));
        SitePage stale = inTx(() -> storage.pages().findById(about.id())).orElseThrow();
        SitePage changed = inTx(() -> storage.pages().findById(about.id())).orElseThrow();
        changed.publish(T0);
        inTx(() -> storage.pages().save(changed));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.pages().delete(stale)));
        SitePage current = inTx(() -> storage.pages().findById(about.id())).orElseThrow();
        inTx(() -> storage.pages().delete(current));
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findById(about.id())));
        assertEquals(0, inTx(() -> storage.pages().count()));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.pages().delete(current)));
    }

    @Test
    void a_rolled_back_delete_keeps_the_page() {
        SitePage about = SitePageFixtures.aboutDraft();
        inTx(() -> storage.pages().save(about));
        SitePage stored = inTx(() -> storage.pages().findById(about.id())).orElseThrow();
        assertThrows(IllegalStateException.class, () -> inTx(() -> {
            storage.pages().delete(stored);
            throw new IllegalStateException("second write failed");
        }));
        assertEquals(Optional.of(about.id()), inTx(() -> storage.pages().findById(about.id())).map(SitePage::id));
    }

    @Test
    void lists_the_published_pages_of_the_menu_by_position_then_title() {
        SitePage contact = SitePageFixtures.aPublishedPageInMenu("contact", "Contact", 2);
        SitePage privacy = SitePageFixtures.aPublishedPageInMenu("privacy", "Privacy policy", 1);
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 1);
        SitePage hidden = SitePageFixtures.aPublishedPage("imprint", "Imprint");
        SitePage draft = SitePageFixtures.aboutDraft();
        draft.edit(new Slug("draft"), "A draft", "", T0);
        draft.placeInMenu(0, T0);
        inTx(() -> List.of(contact, privacy, about, hidden, draft).forEach(storage.pages()::save));
        assertEquals(List.of("About the network", "Privacy policy", "Contact"),
                inTx(() -> storage.pages().findPublishedInMenu(EN)).stream().map(SitePage::title).toList());
        assertEquals(List.of("A draft", "About the network", "Contact", "Imprint", "Privacy policy"),
                inTx(() -> storage.pages().findAll()).stream().map(SitePage::title).toList());
        assertEquals(5, inTx(() -> storage.pages().count()));
    }

    @Test
    void stores_a_translation_in_the_group_of_its_page_and_finds_the_group_by_language() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0);
        SitePage german = SitePageFixtures.aPublishedTranslationInMenu(about, DE, "ueber-uns", "Über uns", 0);
        SitePage french = about.translate(SitePageId.generate(), FR, new Slug("a-propos"), "À propos", "", T0);
        SitePage other = SitePageFixtures.aPublishedPage("contact", "Contact");
        inTx(() -> List.of(about, german, french, other).forEach(storage.pages()::save));

        SitePage stored = inTx(() -> storage.pages().findById(french.id())).orElseThrow();
        assertEquals(FR, stored.language());
        assertEquals(Optional.of(about.id()), stored.translationOf());
        assertEquals(about.id(), stored.translationGroup());
        assertEquals(List.of(german.id(), about.id(), french.id()),
                inTx(() -> storage.pages().findTranslations(about.id())).stream().map(SitePage::id).toList(),
                "by language code, drafts included");
        assertEquals(List.of(other.id()),
                inTx(() -> storage.pages().findTranslations(other.id())).stream().map(SitePage::id).toList());
        assertEquals(List.of(), inTx(() -> storage.pages().findTranslations(SitePageId.generate())));
    }

    @Test
    void a_slug_is_unique_among_the_pages_of_one_language_only() {
        SitePage about = SitePageFixtures.aPublishedPage("about", "About the network");
        SitePage german = about.translate(SitePageId.generate(), DE, new Slug("about"), "About (Deutsch)", "", T0);
        inTx(() -> {
            storage.pages().save(about);
            storage.pages().save(german);
        });
        assertEquals(german.id(), inTx(() -> storage.pages().findBySlug(DE, new Slug("about"))).orElseThrow().id());
        assertEquals(about.id(), inTx(() -> storage.pages().findBySlug(EN, new Slug("about"))).orElseThrow().id());
        SitePage germanTwin = SitePageFixtures.aPublishedPage("contact", "Kontakt")
                .translate(SitePageId.generate(), DE, new Slug("about"), "Noch einmal", "", T0);
        assertThrows(SlugAlreadyTakenException.class, () -> inTx(() -> storage.pages().save(germanTwin)));
        assertEquals(2, inTx(() -> storage.pages().count()));
    }

    @Test
    void refuses_a_second_page_of_one_group_in_one_language_and_keeps_nothing_of_it() {
        SitePage about = SitePageFixtures.aboutDraft();
        SitePage french = about.translate(SitePageId.generate(), FR, new Slug("a-propos"), "À propos", "", T0);
        inTx(() -> {
            storage.pages().save(about);
            storage.pages().save(french);
        });
        SitePage secondFrench = about.translate(SitePageId.generate(), FR, new Slug("a-propos-encore"), "Encore", "", T0);
        TranslationAlreadyExistsException e = assertThrows(TranslationAlreadyExistsException.class,
                () -> inTx(() -> storage.pages().save(secondFrench)));
        assertEquals(FR, e.language());
        SitePage secondEnglish = french.translate(SitePageId.generate(), EN, new Slug("about-again"), "Again", "", T0);
        assertThrows(TranslationAlreadyExistsException.class, () -> inTx(() -> storage.pages().save(secondEnglish)));
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findById(secondFrench.id())));
        assertEquals(2, inTx(() -> storage.pages().count()));
    }

    @Test
    void the_menu_and_the_published_list_hold_the_pages_of_one_language() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 1);
        SitePage contact = SitePageFixtures.aPublishedPageInMenu("contact", "Contact", 0);
        SitePage imprint = SitePageFixtures.aPublishedPage("imprint", "Imprint");
        SitePage aPropos = SitePageFixtures.aPublishedTranslationInMenu(about, FR, "le-reseau", "Le réseau", 0);
        SitePage mentions = SitePageFixtures.aPublishedPage("mentions", "Mentions légales")
                .translate(SitePageId.generate(), FR, new Slug("mentions-legales"), "Mentions légales", "", T0);
        mentions.publish(T0);
        SitePage frenchDraft = contact.translate(SitePageId.generate(), FR, new Slug("contact"), "Contact", "", T0);
        frenchDraft.placeInMenu(1, T0);
        inTx(() -> List.of(about, contact, imprint, aPropos, mentions, frenchDraft).forEach(storage.pages()::save));

        assertEquals(List.of("Contact", "About the network"),
                inTx(() -> storage.pages().findPublishedInMenu(EN)).stream().map(SitePage::title).toList());
        assertEquals(List.of("Le réseau"),
                inTx(() -> storage.pages().findPublishedInMenu(FR)).stream().map(SitePage::title).toList());
        assertEquals(List.of(), inTx(() -> storage.pages().findPublishedInMenu(DE)));
        assertEquals(List.of("About the network", "Contact", "Imprint"),
                inTx(() -> storage.pages().findPublished(EN)).stream().map(SitePage::title).toList());
        assertEquals(List.of("Le réseau", "Mentions légales"),
                inTx(() -> storage.pages().findPublished(FR)).stream().map(SitePage::title).toList());
    }
}
