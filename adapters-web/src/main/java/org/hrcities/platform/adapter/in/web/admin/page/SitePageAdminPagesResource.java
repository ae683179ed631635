package org.hrcities.platform.adapter.in.web.admin.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.ContentLanguage;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.page.SitePageForAdministration;
import org.hrcities.platform.application.port.in.page.SitePageTranslation;
import org.hrcities.platform.application.port.in.page.TranslateSitePageCommand;
import org.hrcities.platform.application.port.in.page.TranslateSitePageUseCase;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.TranslationAlreadyExistsException;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.page.CreateSitePageCommand;
import org.hrcities.platform.application.port.in.page.CreateSitePageUseCase;
import org.hrcities.platform.application.port.in.page.EditSitePageCommand;
import org.hrcities.platform.application.port.in.page.EditSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ListSitePagesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.SitePageInput;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/**
 * Editors' pages for the site's pages ("About the network"): the list, and the form that adds or
 * changes one, its status and its place in the menu included. Each form carries the member's CSRF
 * token and the version it was read at; every refusal comes back with what was typed. A new page is
 * written in the language chosen in the form; a stored page's form lists its translations and starts a
 * missing one with one button ({@link TranslateSitePageUseCase}), a draft copy for the translator.
 */
@ApplicationScoped
@Path("admin/pages")
@Requires(Permission.WRITE_POSTS)
public class SitePageAdminPagesResource {

    static final String STALE = "Someone else changed this page while you were working on it, so your change was not "
            + "saved. What you typed is still below: open the page in a new tab to see the current version.";
    private static final String SECTION = "pages";

    private ListSitePagesForAdministrationUseCase listPages;
    private ReadSitePageForAdministrationUseCase readPage;
    private CreateSitePageUseCase createPage;
    private EditSitePageUseCase editPage;
    private TranslateSitePageUseCase translatePage;
    private SiteLanguages languages;

    protected SitePageAdminPagesResource() {
        // for the container's proxy
    }

    @Inject
    public SitePageAdminPagesResource(ListSitePagesForAdministrationUseCase listPages,
                                      ReadSitePageForAdministrationUseCase readPage, CreateSitePageUseCase createPage,
                                      EditSitePageUseCase editPage, TranslateSitePageUseCase translatePage,
                                      SiteLanguages languages) {
        this.listPages = listPages;
        this.readPage = readPage;
        this.createPage = createPage;
        this.editPage = editPage;
        this.translatePage = translatePage;
        this.languages = languages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        String shown = switch (notice == null ? "" : notice) {
            case "created" -> "The page was added.";
            case "saved" -> "The page was saved.";
            default -> null;
        };
        return admin.page(200, "admin/pages.jte",
                new SitePagesAdminPage(admin.nav(SECTION), listPages.listPagesForAdministration(), shown, languages));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@BeanParam AdminRequest admin) {
        return admin.page(200, "admin/page.jte",
                new SitePageForm(admin.nav(SECTION), null, 0, "", "", "", false, "", null, Map.of(), null,
                        ContentLanguage.choosing(languages, null), null));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @QueryParam("notice") String notice,
                         @BeanParam AdminRequest admin) {
        SitePageForAdministration page = readPage.readPageForAdministration(Ids.pageFromPath(id));
        String shown = "translated".equals(notice)
                ? admin.texts().t("page.notice.translated", page.language().nativeName()) : null;
        return admin.page(200, "admin/page.jte", stored(admin.nav(SECTION), page).withNotice(shown));
    }

    /**
     * Starts the translation of the page into the language the form names: a draft holding the original's
     * title, text and menu position, for the translator to write over. A language the page has already is
     * said on the original's form, beside its translations.
     */
    @POST
    @Path("{id}/translations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response translate(@PathParam("id") String id, MultivaluedMap<String, String> form,
                              @BeanParam AdminRequest admin) {
        SitePageForAdministration original = readPage.readPageForAdministration(Ids.pageFromPath(id));
        Texts t = admin.texts();
        if (!admin.acceptsForm(form)) {
            return originalAgain(403, original, null, t.t("common.expiredForm"), admin);
        }
        Language language = languages.find(AdminPages.value(form, "language").strip());
        if (language == null || language.equals(original.language())) {
            return originalAgain(400, original, null, t.t("page.error.translationLanguage"), admin);
        }
        SitePage page = original.page();
        try {
            SitePageInput copy = new SitePageInput(null, page.title(), page.body(), page.menuPosition().orElse(null));
            SitePage translation = translatePage.translatePage(new TranslateSitePageCommand(page.id(), language, copy))
                    .page();
            return AdminPages.seeOther("/admin/pages/" + translation.id(), "translated");
        } catch (TranslationAlreadyExistsException e) {
            return originalAgain(409, readPage.readPageForAdministration(page.id()),
                    t.t("page.notice.alreadyTranslated", language.nativeName()), null, admin);
        } catch (SlugAlreadyTakenException e) {
            return originalAgain(409, original, null, t.t("page.error.translationSlug", language.nativeName()), admin);
        } catch (InvalidValueException e) {
            return originalAgain(400, original, null, Sentences.of(e.getMessage()), admin);
        }
    }

    private Response originalAgain(int status, SitePageForAdministration original, String notice, String formError,
                                   AdminRequest admin) {
        SitePageForm shown = stored(admin.nav(SECTION), original);
        return admin.page(status, "admin/page.jte",
                formError == null ? shown.withNotice(notice) : shown.with(Map.of(), formError));
    }

    /** The form of a stored page, with its language and, for each other language of the site, its translation or the button that starts it. */
    private SitePageForm stored(AdminNav nav, SitePageForAdministration stored) {
        SitePage page = stored.page();
        List<ContentLanguage.Translation> lines = new ArrayList<>();
        for (Language other : languages.all()) {
            if (other.equals(page.language())) {
                continue;
            }
            SitePageTranslation translation = stored.translations().stream()
                    .filter(line -> line.language().equals(other)).findFirst().orElse(null);
            lines.add(translation == null
                    ? new ContentLanguage.Translation(other.code(), other.nativeName(), null, null, null,
                            "/admin/pages/" + page.id() + "/translations")
                    : new ContentLanguage.Translation(other.code(), other.nativeName(), "/admin/pages/" + translation.id(),
                            translation.status().name().toLowerCase(Locale.ROOT), translation.title(), null));
        }
        return new SitePageForm(nav, page.id().toString(), page.version(), page.title(), page.slug().value(),
                page.body(), page.isPublished(), page.menuPosition().map(String::valueOf).orElse(""), publicHref(page),
                Map.of(), null, ContentLanguage.of(languages, page.language(), lines), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        return save(null, form, admin);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @BeanParam AdminRequest admin) {
        return save(readPage.readPageForAdministration(Ids.pageFromPath(id)), form, admin);
    }

    /** Adds the page ({@code stored} null) or changes it, as read at the form's version: one use-case call. */
    private Response save(SitePageForAdministration read, MultivaluedMap<String, String> form, AdminRequest admin) {
        SitePage stored = read == null ? null : read.page();
        Language language = read == null ? languages.find(AdminPages.value(form, "language").strip()) : null;
        SitePageForm typed = new SitePageForm(admin.nav(SECTION), stored == null ? null : stored.id().toString(),
                AdminPages.version(form), AdminPages.value(form, "title"), AdminPages.value(form, "slug"),
                AdminPages.value(form, "body"), "published".equals(AdminPages.value(form, "status")),
                AdminPages.value(form, "menuPosition"), stored == null ? null : publicHref(stored), Map.of(), null,
                read == null ? ContentLanguage.choosing(languages, language) : stored(admin.nav(SECTION), read).language(),
                null);
        if (!admin.acceptsForm(form)) {
            return refused(403, typed, null, AdminPages.EXPIRED_FORM, admin);
        }
        FieldErrors errors = new FieldErrors();
        if (read == null && language == null && !AdminPages.value(form, "language").isBlank()) {
            errors.add("language", admin.texts().t("post.error.language"));
        }
        Slug slug = typed.slug().isBlank() ? null : errors.capture("slug", () -> new Slug(typed.slug().strip()));
        Integer position = errors.capture("menuPosition", () -> position(typed.menuPosition()));
        SitePageInput input = errors.capture(() -> new SitePageInput(slug, typed.title(), typed.body(), position));
        if (!errors.isEmpty()) {
            return refused(400, typed, errors, null, admin);
        }
        SitePageStatus status = typed.published() ? SitePageStatus.PUBLISHED : SitePageStatus.DRAFT;
        try {
            if (stored == null) {
                createPage.createPage(new CreateSitePageCommand(input, language, typed.published()));
                return AdminPages.seeOther("/admin/pages", "created");
            }
            editPage.editPage(new EditSitePageCommand(stored.id(), typed.version(), input, status));
            return AdminPages.seeOther("/admin/pages", "saved");
        } catch (SlugAlreadyTakenException e) {
            errors.add("slug", "Another page already has this slug. Choose another one.");
            return refused(409, typed, errors, null, admin);
        } catch (ConcurrentUpdateException e) {
            return refused(409, typed, null, STALE, admin);
        } catch (InvalidValueException e) {
            if ("version".equals(e.field())) {
                return refused(409, typed, null, STALE, admin);
            }
            errors.add(e.field(), e.getMessage());
            return refused(400, typed, errors, null, admin);
        }
    }

    /** The menu position as typed: empty for none, else a whole number of 0 or more. */
    private static Integer position(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int position = Integer.parseInt(typed.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException("menuPosition",
                "Enter the position in the menu as a whole number, 0 or more, or leave it empty.");
    }

    /** Where visitors read the page: under its language's prefix ({@code /fr/pages/a-propos}). */
    private String publicHref(SitePage page) {
        return new LanguageRoutes(languages).prefix(page.language()) + "/pages/" + page.slug().value();
    }

    private static Response refused(int status, SitePageForm typed, FieldErrors errors, String formError,
                                    AdminRequest admin) {
        return admin.page(status, "admin/page.jte",
                typed.with(errors == null ? Map.of() : errors.messages(), formError));
    }
}
