package org.hrcities.platform.adapter.in.web.api.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Languages;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.adapter.in.web.security.Requires;
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
import org.hrcities.platform.application.port.in.page.SitePageTranslation;
import org.hrcities.platform.application.port.in.page.SitePageVersion;
import org.hrcities.platform.application.port.in.page.TranslateSitePageCommand;
import org.hrcities.platform.application.port.in.page.TranslateSitePageUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;

/**
 * The admin API's pages, for editors (who may write posts): list, add, translate, change, publish,
 * unpublish and delete them. A change names the version it was made against with {@code If-Match}.
 * Each page is written in one of the site's languages; its translations are the other pages of its
 * translation group, one per language.
 */
@ApplicationScoped
@Path("api/admin/pages")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.WRITE_POSTS)
public class AdminPagesResource {

    private ListSitePagesForAdministrationUseCase listPages;
    private ReadSitePageForAdministrationUseCase readPage;
    private CreateSitePageUseCase createPage;
    private EditSitePageUseCase editPage;
    private PublishSitePageUseCase publishPage;
    private DeleteSitePageUseCase deletePage;
    private TranslateSitePageUseCase translatePage;
    private LanguageRoutes routes;

    protected AdminPagesResource() {
        // for the container's proxy
    }

    @Inject
    public AdminPagesResource(ListSitePagesForAdministrationUseCase listPages,
                              ReadSitePageForAdministrationUseCase readPage, CreateSitePageUseCase createPage,
                              EditSitePageUseCase editPage, PublishSitePageUseCase publishPage,
                              DeleteSitePageUseCase deletePage, TranslateSitePageUseCase translatePage,
                              SiteLanguages languages) {
        this.listPages = listPages;
        this.readPage = readPage;
        this.createPage = createPage;
        this.editPage = editPage;
        this.publishPage = publishPage;
        this.deletePage = deletePage;
        this.translatePage = translatePage;
        this.routes = new LanguageRoutes(languages);
    }

    /** Every page, drafts included, by title, each with its version and its translations. */
    @GET
    public Response list() {
        List<SitePage> pages = listPages.listPagesForAdministration();
        Map<SitePageId, List<SitePage>> groups = pages.stream().collect(Collectors.groupingBy(SitePage::translationGroup));
        List<AdminPageResponse> body = pages.stream().map(page -> response(page, groups.get(page.translationGroup())
                .stream().filter(other -> !other.id().equals(page.id())).map(SitePageTranslation::of).toList())).toList();
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        return one(Response.ok(), readPage.readPageForAdministration(Ids.pageFromPath(id)));
    }

    /** A new draft, in {@code language} or the site's default; 201 with its address and ETag. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WritePageRequest body) {
        FieldErrors errors = new FieldErrors();
        Language language = body == null || body.language() == null ? null
                : errors.capture("language", () -> Languages.fromInput("language", body.language(), routes.languages()));
        SitePageInput input = input(body, errors);
        SitePage created = createPage.createPage(new CreateSitePageCommand(input, language, false));
        return one(Response.created(UriBuilder.fromPath("/api/admin/pages/{id}").build(created.id().toString())),
                created, List.of());
    }

    /**
     * A translation of the page into another of the site's languages, a new draft; 201 with its address
     * and ETag. 409 when the page's group has a page in that language already.
     */
    @POST
    @Path("{id}/translations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response translate(@PathParam("id") String id, TranslatePageRequest body) {
        SitePageId pageId = Ids.pageFromPath(id);
        FieldErrors errors = new FieldErrors();
        Language language = null;
        if (body != null && (body.language() == null || body.language().isBlank())) {
            errors.add("language", "language is required");
        } else if (body != null) {
            language = errors.capture("language", () -> Languages.fromInput("language", body.language(), routes.languages()));
        }
        SitePageInput input = input(body == null ? null
                : new WritePageRequest(body.slug(), body.title(), body.body(), body.menuPosition()), errors);
        SitePageForAdministration created = translatePage.translatePage(new TranslateSitePageCommand(pageId, language, input));
        return one(Response.created(UriBuilder.fromPath("/api/admin/pages/{id}").build(created.id().toString())),
                created);
    }

    /** Replaces what the page says and its menu position, as read at the version in {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, WritePageRequest body) {
        SitePageForAdministration stored = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        FieldErrors errors = new FieldErrors();
        if (body != null && body.language() != null) {
            errors.capture("language", () -> {
                if (!Languages.fromInput("language", body.language(), routes.languages()).equals(stored.language())) {
                    throw new InvalidValueException("language", "the page is written in " + stored.language().code()
                            + "; translate it to write it in another language");
                }
                return null;
            });
        }
        SitePageInput input = input(body, errors);
        return one(Response.ok(), Preconditions.unlessStale(() ->
                editPage.editPage(new EditSitePageCommand(stored.id(), expected, input, null))), stored.translations());
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        SitePageForAdministration stored = existing(id);
        SitePageVersion version = new SitePageVersion(stored.id(), Preconditions.expectedVersion(ifMatch));
        return one(Response.ok(), Preconditions.unlessStale(() -> publishPage.publishPage(version)), stored.translations());
    }

    @POST
    @Path("{id}/unpublish")
    public Response unpublish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        SitePageForAdministration stored = existing(id);
        SitePageVersion version = new SitePageVersion(stored.id(), Preconditions.expectedVersion(ifMatch));
        return one(Response.ok(), Preconditions.unlessStale(() -> publishPage.unpublishPage(version)), stored.translations());
    }

    /** Deletes the page for good; 204. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        SitePageVersion version = version(id, ifMatch);
        Preconditions.unlessStale(() -> {
            deletePage.deletePage(version);
            return null;
        });
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    private SitePageVersion version(String id, String ifMatch) {
        SitePageId pageId = existing(id).id();
        return new SitePageVersion(pageId, Preconditions.expectedVersion(ifMatch));
    }

    private SitePageForAdministration existing(String id) {
        return readPage.readPageForAdministration(Ids.pageFromPath(id));
    }

    /** The page the body describes; every refused field at once, with those already in {@code errors}. */
    static SitePageInput input(WritePageRequest body, FieldErrors errors) {
        if (body == null) {
            throw new InvalidValueException("title", "title is required");
        }
        Slug slug = body.slug() == null || body.slug().isBlank() ? null
                : errors.capture("slug", () -> new Slug(body.slug().strip()));
        SitePageInput input = errors.capture(() -> new SitePageInput(slug, body.title(), body.body(),
                body.menuPosition()));
        errors.throwIfAny();
        return input;
    }

    private Response one(Response.ResponseBuilder response, SitePageForAdministration page) {
        return one(response, page.page(), page.translations());
    }

    private Response one(Response.ResponseBuilder response, SitePage page, List<SitePageTranslation> translations) {
        return response.entity(response(page, translations)).tag(Preconditions.tagOf(page.version()))
                .header("Cache-Control", "no-store").build();
    }

    private AdminPageResponse response(SitePage page, List<SitePageTranslation> translations) {
        List<AdminPageTranslationResponse> others = translations.stream()
                .sorted(Comparator.comparingInt(translation -> order(translation.language())))
                .map(AdminPageTranslationResponse::from).toList();
        return AdminPageResponse.from(page, routes.path(page.language(), "/pages/" + page.slug().value()), others);
    }

    /** The languages in the site's order, the default first; others after them. */
    private int order(Language language) {
        int index = routes.languages().all().indexOf(language);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
