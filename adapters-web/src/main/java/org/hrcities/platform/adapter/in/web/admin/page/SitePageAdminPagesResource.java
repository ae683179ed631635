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
import java.util.Map;
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
 * token and the version it was read at; every refusal comes back with what was typed.
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

    protected SitePageAdminPagesResource() {
        // for the container's proxy
    }

    @Inject
    public SitePageAdminPagesResource(ListSitePagesForAdministrationUseCase listPages,
                                      ReadSitePageForAdministrationUseCase readPage, CreateSitePageUseCase createPage,
                                      EditSitePageUseCase editPage) {
        this.listPages = listPages;
        this.readPage = readPage;
        this.createPage = createPage;
        this.editPage = editPage;
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
                new SitePagesAdminPage(admin.nav(SECTION), listPages.listPagesForAdministration(), shown));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@BeanParam AdminRequest admin) {
        return admin.page(200, "admin/page.jte",
                new SitePageForm(admin.nav(SECTION), null, 0, "", "", "", false, "", null, Map.of(), null));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        SitePage page = readPage.readPageForAdministration(Ids.pageFromPath(id)).page();
        return admin.page(200, "admin/page.jte", new SitePageForm(admin.nav(SECTION), page.id().toString(),
                page.version(), page.title(), page.slug().value(), page.body(), page.isPublished(),
                page.menuPosition().map(String::valueOf).orElse(""), publicHref(page), Map.of(), null));
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
        return save(readPage.readPageForAdministration(Ids.pageFromPath(id)).page(), form, admin);
    }

    /** Adds the page ({@code stored} null) or changes it, as read at the form's version: one use-case call. */
    private Response save(SitePage stored, MultivaluedMap<String, String> form, AdminRequest admin) {
        SitePageForm typed = new SitePageForm(admin.nav(SECTION), stored == null ? null : stored.id().toString(),
                AdminPages.version(form), AdminPages.value(form, "title"), AdminPages.value(form, "slug"),
                AdminPages.value(form, "body"), "published".equals(AdminPages.value(form, "status")),
                AdminPages.value(form, "menuPosition"), stored == null ? null : publicHref(stored), Map.of(), null);
        if (!admin.acceptsForm(form)) {
            return refused(403, typed, null, AdminPages.EXPIRED_FORM, admin);
        }
        FieldErrors errors = new FieldErrors();
        Slug slug = typed.slug().isBlank() ? null : errors.capture("slug", () -> new Slug(typed.slug().strip()));
        Integer position = errors.capture("menuPosition", () -> position(typed.menuPosition()));
        SitePageInput input = errors.capture(() -> new SitePageInput(slug, typed.title(), typed.body(), position));
        if (!errors.isEmpty()) {
            return refused(400, typed, errors, null, admin);
        }
        SitePageStatus status = typed.published() ? SitePageStatus.PUBLISHED : SitePageStatus.DRAFT;
        try {
            if (stored == null) {
                createPage.createPage(new CreateSitePageCommand(input, typed.published()));
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

    private static String publicHref(SitePage page) {
        return "/pages/" + page.slug().value();
    }

    private static Response refused(int status, SitePageForm typed, FieldErrors errors, String formError,
                                    AdminRequest admin) {
        return admin.page(status, "admin/page.jte",
                typed.with(errors == null ? Map.of() : errors.messages(), formError));
    }
}
