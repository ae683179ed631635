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
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;
import org.junit.jupiter.api.Test;

/** What every {@link SitePageRepository} must do. */
public abstract class SitePageRepositoryContract extends StorageContract {

    @Test
    void stores_a_page_and_finds_it_by_id_and_slug_with_every_field() {
        SitePage about = SitePage.migrated(SitePageId.generate(), new Slug("about"), "About the network",
                "We are *cities*.\n\nAnd towns.", SitePageStatus.PUBLISHED, 4, T0);
        inTx(() -> storage.pages().save(about));
        for (SitePage found : List.of(inTx(() -> storage.pages().findById(about.id())).orElseThrow(),
                inTx(() -> storage.pages().findBySlug(new Slug("about"))).orElseThrow())) {
            assertEquals(about.id(), found.id());
            assertEquals("About the network", found.title());
            assertEquals("We are *cities*.\n\nAnd towns.", found.body());
            assertEquals(SitePageStatus.PUBLISHED, found.status());
            assertEquals(Optional.of(4), found.menuPosition());
            assertEquals(T0, found.updatedAt());
            assertTrue(found.version() > 0);
        }
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findBySlug(new Slug("privacy"))));
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
        assertEquals(Optional.empty(), inTx(() -> storage.pages().findBySlug(new Slug("about"))));
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
                inTx(() -> storage.pages().findPublishedInMenu()).stream().map(SitePage::title).toList());
        assertEquals(List.of("A draft", "About the network", "Contact", "Imprint", "Privacy policy"),
                inTx(() -> storage.pages().findAll()).stream().map(SitePage::title).toList());
        assertEquals(5, inTx(() -> storage.pages().count()));
    }
}
