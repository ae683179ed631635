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

    private SitePageReadingService service() {
        return new SitePageReadingService(pages, transactions);
    }

    @Test
    void reads_a_published_page_in_one_transaction() {
        SitePage about = SitePageFixtures.aPublishedPage("about", "About the network");
        when(pages.findBySlug(new Slug("about"))).thenReturn(Optional.of(about));
        assertEquals(about, service().readPublishedPage(new Slug("about")));
        assertEquals(1, transactions.started());
    }

    @Test
    void a_draft_is_not_found_as_if_it_were_not_there() {
        when(pages.findBySlug(new Slug("about"))).thenReturn(Optional.of(SitePageFixtures.aboutDraft()));
        assertThrows(SitePageNotFoundException.class, () -> service().readPublishedPage(new Slug("about")));
        when(pages.findBySlug(new Slug("nowhere"))).thenReturn(Optional.empty());
        assertThrows(SitePageNotFoundException.class, () -> service().readPublishedPage(new Slug("nowhere")));
    }

    @Test
    void reads_the_menu_as_stored_and_lists_only_the_published_pages() {
        SitePage about = SitePageFixtures.aPublishedPageInMenu("about", "About the network", 0);
        SitePage imprint = SitePageFixtures.aPublishedPage("imprint", "Imprint");
        SitePage draft = SitePageFixtures.aboutDraft();
        when(pages.findPublishedInMenu()).thenReturn(List.of(about));
        when(pages.findAll()).thenReturn(List.of(draft, about, imprint));
        assertEquals(List.of(about), service().readMenu());
        assertEquals(List.of(about, imprint), service().listPublishedPages());
        assertEquals(2, transactions.started());
    }
}
