package org.hrcities.platform.application.service.page;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.hrcities.platform.application.port.in.page.CreateSitePageCommand;
import org.hrcities.platform.application.port.in.page.CreateSitePageUseCase;
import org.hrcities.platform.application.port.in.page.DeleteSitePageUseCase;
import org.hrcities.platform.application.port.in.page.EditSitePageCommand;
import org.hrcities.platform.application.port.in.page.EditSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ListSitePagesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.PublishSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.SitePageForAdministration;
import org.hrcities.platform.application.port.in.page.SitePageInput;
import org.hrcities.platform.application.port.in.page.SitePageNotFoundException;
import org.hrcities.platform.application.port.in.page.SitePageTranslation;
import org.hrcities.platform.application.port.in.page.SitePageVersion;
import org.hrcities.platform.application.port.in.page.TranslateSitePageCommand;
import org.hrcities.platform.application.port.in.page.TranslateSitePageUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.SitePageRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;

/**
 * What editors do with pages: list them, read one, add, translate, change, publish, unpublish and
 * delete one, each in one transaction. A page is written in one of the site's languages (the
 * default unless the editor names another); its translations are pages of its translation group. A change names the version the editor read; a page changed since is
 * refused with {@link ConcurrentUpdateException} and nothing is changed.
 */
public class SitePageAdministrationService implements ListSitePagesForAdministrationUseCase,
        ReadSitePageForAdministrationUseCase, CreateSitePageUseCase, EditSitePageUseCase, PublishSitePageUseCase,
        DeleteSitePageUseCase, TranslateSitePageUseCase {

    private final SitePageRepository pages;
    private final TransactionPort transactions;
    private final ClockPort clock;
    private final SiteLanguages languages;

    public SitePageAdministrationService(SitePageRepository pages, TransactionPort transactions, ClockPort clock,
                                         SiteLanguages languages) {
        this.pages = Objects.requireNonNull(pages);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.languages = Objects.requireNonNull(languages);
    }

    @Override
    public List<SitePage> listPagesForAdministration() {
        return transactions.inTransaction(pages::findAll);
    }

    @Override
    public SitePageForAdministration readPageForAdministration(SitePageId id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> forAdministration(load(id)));
    }

    @Override
    public SitePage createPage(CreateSitePageCommand command) {
        SitePageInput in = command.page();
        Language language = command.language() == null ? languages.defaultLanguage() : languages.require(command.language());
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            SitePage page = SitePage.create(SitePageId.generate(), language, in.slug(), in.title(), in.body(), now);
            if (in.menuPosition() != null) {
                page.placeInMenu(in.menuPosition(), now);
            }
            if (command.publish()) {
                page.publish(now);
            }
            pages.save(page);
            return load(page.id());
        });
    }

    @Override
    public SitePageForAdministration translatePage(TranslateSitePageCommand command) {
        SitePageInput in = command.page();
        Language language = languages.require(command.language());
        return transactions.inTransaction(() -> {
            SitePage original = load(command.id());
            Instant now = clock.now();
            SitePage translation = original.translate(SitePageId.generate(), language, in.slug(), in.title(), in.body(),
                    now);
            if (pages.findTranslations(original.translationGroup()).stream()
                    .anyMatch(page -> page.language().equals(language))) {
                throw new TranslationAlreadyExistsException("page", language);
            }
            if (in.menuPosition() != null) {
                translation.placeInMenu(in.menuPosition(), now);
            }
            pages.save(translation);
            return forAdministration(load(translation.id()));
        });
    }

    @Override
    public SitePage editPage(EditSitePageCommand command) {
        SitePageInput in = command.page();
        return change(new SitePageVersion(command.id(), command.expectedVersion()), page -> {
            Instant now = clock.now();
            page.edit(in.slug() != null ? in.slug() : page.slug(), in.title(), in.body(), now);
            if (in.menuPosition() == null) {
                page.removeFromMenu(now);
            } else {
                page.placeInMenu(in.menuPosition(), now);
            }
            if (command.status() == SitePageStatus.PUBLISHED) {
                page.publish(now);
            } else if (command.status() == SitePageStatus.DRAFT) {
                page.unpublish(now);
            }
        });
    }

    @Override
    public SitePage publishPage(SitePageVersion version) {
        return change(version, page -> page.publish(clock.now()));
    }

    @Override
    public SitePage unpublishPage(SitePageVersion version) {
        return change(version, page -> page.unpublish(clock.now()));
    }

    @Override
    public void deletePage(SitePageVersion version) {
        transactions.inTransaction(() -> pages.delete(current(version)));
    }

    private SitePage change(SitePageVersion version, Consumer<SitePage> change) {
        return transactions.inTransaction(() -> {
            SitePage page = current(version);
            change.accept(page);
            pages.save(page);
            return load(page.id());
        });
    }

    private SitePage current(SitePageVersion version) {
        SitePage page = load(version.id());
        if (page.version() != version.expectedVersion()) {
            throw new ConcurrentUpdateException("page", version.id());
        }
        return page;
    }

    private SitePageForAdministration forAdministration(SitePage page) {
        return new SitePageForAdministration(page, pages.findTranslations(page.translationGroup()).stream()
                .filter(other -> !other.id().equals(page.id()))
                .map(SitePageTranslation::of)
                .toList());
    }

    private SitePage load(SitePageId id) {
        return pages.findById(id).orElseThrow(() -> new SitePageNotFoundException(id));
    }
}
