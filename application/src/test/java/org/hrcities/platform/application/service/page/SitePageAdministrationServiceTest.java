package org.hrcities.platform.application.service.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.in.page.CreateSitePageCommand;
import org.hrcities.platform.application.port.in.page.EditSitePageCommand;
import org.hrcities.platform.application.port.in.page.SitePageForAdministration;
import org.hrcities.platform.application.port.in.page.SitePageInput;
import org.hrcities.platform.application.port.in.page.SitePageTranslation;
import org.hrcities.platform.application.port.in.page.TranslateSitePageCommand;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.in.page.SitePageVersion;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.service.RecordingTransactions;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SitePageAdministrationServiceTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final SiteLanguages LANGUAGES = SiteLanguages.parse("en,fr,de");
    private static final Language EN = new Language("en");
    private static final Language FR = new Language("fr");

    @Mock
    private SitePageRepository pages;
    private final RecordingTransactions transactions = new RecordingTransactions();
    /** What the mocked repository holds: a save stores a copy one version up. */
    private final Map<SitePageId, SitePage> stored = new HashMap<>();

    @BeforeEach
    void storeInAMap() {
        lenient().doAnswer(call -> {
            SitePage page = call.getArgument(0);
            stored.put(page.id(), SitePage.reconstitute(page.id(), page.language(), page.translationOf().orElse(null),
                    page.slug(), page.title(), page.body(), page.status(), page.menuPosition().orElse(null),
                    page.updatedAt(), page.version() + 1));
            return null;
        }).when(pages).save(any());
        lenient().doAnswer(call -> Optional.ofNullable(stored.get((SitePageId) call.getArgument(0))).map(page ->
                SitePage.reconstitute(page.id(), page.language(), page.translationOf().orElse(null), page.slug(),
                        page.title(), page.body(), page.status(), page.menuPosition().orElse(null), page.updatedAt(),
                        page.version())))
                .when(pages).findById(any());
        lenient().doAnswer(call -> stored.values().stream()
                .filter(page -> page.translationGroup().equals(call.getArgument(0)))
                .sorted(java.util.Comparator.comparing(SitePage::language))
                .toList())
                .when(pages).findTranslations(any());
    }

    private SitePageAdministrationService service() {
        return new SitePageAdministrationService(pages, transactions, () -> NOW, LANGUAGES);
    }

    private SitePage created(boolean publish, Integer position) {
        return service().createPage(new CreateSitePageCommand(
                new SitePageInput(null, "About the network", "We are *cities*.", position), publish));
    }

    @Test
    void adds_a_draft_with_a_slug_from_its_title_in_one_transaction() {
        SitePage page = created(false, 2);
        assertEquals(new Slug("about-the-network"), page.slug());
        assertEquals(SitePageStatus.DRAFT, page.status());
        assertEquals(Optional.of(2), page.menuPosition());
        assertEquals(NOW, page.updatedAt());
        assertEquals(1, page.version());
        assertEquals(EN, page.language(), "the site's default language");
        assertEquals(1, transactions.started());
    }

    @Test
    void adds_a_page_in_a_language_of_the_site_and_refuses_another() {
        SitePageInput input = new SitePageInput(null, "À propos", "", null);
        assertEquals(FR, service().createPage(new CreateSitePageCommand(input, FR, false)).language());
        assertEquals("language", assertThrows(InvalidValueException.class,
                () -> service().createPage(new CreateSitePageCommand(input, new Language("it"), false))).field());
        assertEquals(1, stored.size());
    }

    @Test
    void translates_a_page_into_a_draft_of_its_group_and_reads_the_group_with_it() {
        SitePage about = created(true, 0);
        SitePageForAdministration french = service().translatePage(new TranslateSitePageCommand(about.id(), FR,
                new SitePageInput(null, "À propos du réseau", "Nous sommes des villes.", 1)));
        assertEquals(FR, french.language());
        assertEquals(Optional.of(about.id()), french.page().translationOf());
        assertEquals(new Slug("a-propos-du-reseau"), french.page().slug());
        assertEquals(SitePageStatus.DRAFT, french.page().status());
        assertEquals(Optional.of(1), french.page().menuPosition());
        assertEquals(1, french.version());
        assertEquals(List.of(new SitePageTranslation(about.id(), EN, SitePageStatus.PUBLISHED,
                new Slug("about-the-network"), "About the network")), french.translations());
        SitePageForAdministration original = service().readPageForAdministration(about.id());
        assertEquals(List.of(new SitePageTranslation(french.id(), FR, SitePageStatus.DRAFT,
                new Slug("a-propos-du-reseau"), "À propos du réseau")), original.translations());
    }

    @Test
    void refuses_a_second_translation_into_a_language_a_language_of_no_site_and_the_pages_own() {
        SitePage about = created(false, null);
        SitePageInput input = new SitePageInput(null, "À propos", "", null);
        SitePageForAdministration french = service().translatePage(new TranslateSitePageCommand(about.id(), FR, input));
        assertThrows(TranslationAlreadyExistsException.class,
                () -> service().translatePage(new TranslateSitePageCommand(about.id(), FR, input)));
        assertThrows(TranslationAlreadyExistsException.class,
                () -> service().translatePage(new TranslateSitePageCommand(french.id(), EN, input)),
                "the group has its English page");
        assertEquals("language", assertThrows(InvalidValueException.class,
                () -> service().translatePage(new TranslateSitePageCommand(about.id(), new Language("it"), input))).field());
        assertEquals("language", assertThrows(InvalidValueException.class,
                () -> service().translatePage(new TranslateSitePageCommand(about.id(), EN, input))).field());
        assertThrows(SitePageNotFoundException.class,
                () -> service().translatePage(new TranslateSitePageCommand(SitePageId.generate(), FR, input)));
        assertEquals(2, stored.size());
    }

    @Test
    void adds_a_page_published_at_once_when_asked() {
        assertTrue(created(true, null).isPublished());
    }

    @Test
    void edits_a_page_keeping_its_slug_when_none_is_given_and_takes_it_out_of_the_menu() {
        SitePage page = created(true, 0);
        SitePage edited = service().editPage(new EditSitePageCommand(page.id(), page.version(),
                new SitePageInput(null, "Who we are", "", null), null));
        assertEquals(new Slug("about-the-network"), edited.slug());
        assertEquals("Who we are", edited.title());
        assertEquals(Optional.empty(), edited.menuPosition());
        assertTrue(edited.isPublished(), "an edit keeps the status");
        assertEquals(2, edited.version());
    }

    @Test
    void an_edit_that_names_a_status_publishes_or_unpublishes_in_the_same_transaction() {
        SitePage page = created(false, 0);
        SitePage published = service().editPage(new EditSitePageCommand(page.id(), page.version(),
                new SitePageInput(new Slug("about"), "About", "", 0), SitePageStatus.PUBLISHED));
        assertTrue(published.isInMenu());
        assertEquals(new Slug("about"), published.slug());
        SitePage draft = service().editPage(new EditSitePageCommand(page.id(), published.version(),
                new SitePageInput(null, "About", "", 0), SitePageStatus.DRAFT));
        assertEquals(SitePageStatus.DRAFT, draft.status());
        assertEquals(3, transactions.started());
    }

    @Test
    void publishes_and_unpublishes_against_the_version_read() {
        SitePage page = created(false, null);
        SitePage published = service().publishPage(new SitePageVersion(page.id(), page.version()));
        assertTrue(published.isPublished());
        SitePage draft = service().unpublishPage(new SitePageVersion(page.id(), published.version()));
        assertEquals(SitePageStatus.DRAFT, draft.status());
    }

    @Test
    void refuses_a_change_or_a_deletion_made_against_an_older_version_and_changes_nothing() {
        SitePage page = created(false, null);
        service().publishPage(new SitePageVersion(page.id(), page.version()));
        assertThrows(ConcurrentUpdateException.class,
                () -> service().unpublishPage(new SitePageVersion(page.id(), page.version())));
        assertThrows(ConcurrentUpdateException.class,
                () -> service().deletePage(new SitePageVersion(page.id(), page.version())));
        verify(pages, never()).delete(any());
        assertTrue(stored.get(page.id()).isPublished());
    }

    @Test
    void deletes_a_page_at_the_version_read() {
        SitePage page = created(false, null);
        service().deletePage(new SitePageVersion(page.id(), page.version()));
        verify(pages).delete(page);
    }

    @Test
    void an_unknown_page_is_not_found_and_bad_input_names_its_field() {
        SitePageId nowhere = SitePageId.generate();
        assertThrows(SitePageNotFoundException.class, () -> service().readPageForAdministration(nowhere));
        assertThrows(SitePageNotFoundException.class, () -> service().publishPage(new SitePageVersion(nowhere, 1)));
        assertEquals("menuPosition", assertThrows(InvalidValueException.class,
                () -> new SitePageInput(null, "A", "", -1)).field());
        assertEquals("title", assertThrows(InvalidValueException.class,
                () -> new SitePageInput(null, " ", "", null)).field());
        assertEquals(List.of(), service().listPagesForAdministration());
    }
}
