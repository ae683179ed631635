package org.hrcities.platform.application.service.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageFixtures;
import org.hrcities.platform.application.port.in.page.PublishedSitePage;
import org.hrcities.platform.application.port.in.page.PublishedTranslation;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SitePageReadingServiceTest {

    @Mock
    private SitePageRepository pages;
    private final RecordingTransactions transactions = new RecordingTransactions();
    private static final org.hrcities.platform.domain.shared.Language EN = SitePageFixtures.ENGLISH;

    private SitePageReadingService service() {
        return new SitePageReadingService(pages, transactions, SiteLanguages.parse("en,fr"));
    }

    @Test
    void reads_a_published_page_in_one_transaction() {
        SitePage about = SitePageFixtures.aPublishedPage("about", "About the network");
        when(pages.findBySlug(EN, new Slug("about"))).thenReturn(Optional.of(about));
        when(pages.findTranslations(about.id())).thenReturn(List.of(about));
        PublishedSitePage read = service().readPublishedPage(EN, new Slug("about"));
        assertEquals(about, read.page());
        assertEquals(EN, read.language());
        assertEquals(List.of(), read.translations());
        assertEquals(1, transactions.started());
    }

    @Test
    void a_draft_is_not_found_as_if_it_were_not_there() {
        when(pages.findBySlug(EN, new Slug("about"))).thenReturn(Optional.of(SitePageFixtures.aboutDraft()));
        assertThrows(SitePageNotFoundException.class, () -> service().readPublishedPage(EN, new Slug("about")));
        when(pages.findBySlug(EN, new Slug("nowhere"))).thenReturn(Optional.empty());
        assertThrows(SitePageNotFoundException.class, () -> service().readPublishedPage(EN, new Slug("nowhere")));
        assertThrows(SitePageNotFoundException.class,
                () -> service().readPublishedPage(SitePageFixtures.GERMAN, new Slug("about")), "the site is not in German");
    }

    @Test
    void reads_the_menu_as_stored_and_lists_only_the_published_pages() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0);
        SitePage imprint = SitePageFixtures.aPublishedPage("imprint", "Imprint");
        SitePage draft = SitePageFixtures.aboutDraft();
        when(pages.findPublishedInMenu(EN)).thenReturn(List.of(about));
        when(pages.findAll()).thenReturn(List.of(draft, about, imprint));
        when(pages.findPublished(EN)).thenReturn(List.of(about, imprint));
        assertEquals(List.of(about), service().readMenu(EN));
        assertEquals(List.of(about, imprint), service().listPublishedPages());
        assertEquals(List.of(about, imprint), service().listPublishedPages(EN));
        assertEquals(3, transactions.started());
    }

    @Test
    void names_the_published_translations_in_the_sites_languages_and_never_a_draft() {
        SitePage about = SitePageFixtures.aPublishedPage("about", "About the network");
        SitePage french = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.FRENCH, "a-propos",
                "À propos", 0);
        SitePage germanDraft = about.translate(org.hrcities.platform.domain.page.SitePageId.generate(),
                SitePageFixtures.GERMAN, null, "Über uns", "", SitePageFixtures.CREATED);
        when(pages.findBySlug(SitePageFixtures.FRENCH, new Slug("a-propos"))).thenReturn(Optional.of(french));
        when(pages.findTranslations(about.id())).thenReturn(List.of(germanDraft, about, french));
        PublishedSitePage read = service().readPublishedPage(SitePageFixtures.FRENCH, new Slug("a-propos"));
        assertEquals(SitePageFixtures.FRENCH, read.language());
        assertEquals(List.of(new PublishedTranslation(EN, new Slug("about"), "About the network")), read.translations());
    }

    @Test
    void lists_only_the_published_pages_in_the_sites_languages() {
        SitePage about = SitePageFixtures.aPublishedPage("about", "About the network");
        SitePage german = SitePageFixtures.aPublishedTranslationInMenu(about, SitePageFixtures.GERMAN, "ueber-uns",
                "Über uns", 0);
        when(pages.findAll()).thenReturn(List.of(about, german));
        assertEquals(List.of(about), service().listPublishedPages());
    }
}
