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
import java.util.List;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.page.CreateSitePageCommand;
import org.hrcities.platform.application.port.in.page.CreateSitePageUseCase;
import org.hrcities.platform.application.port.in.page.DeleteSitePageUseCase;
import org.hrcities.platform.application.port.in.page.EditSitePageCommand;
import org.hrcities.platform.application.port.in.page.EditSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ListSitePagesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.PublishSitePageUseCase;
import org.hrcities.platform.application.port.in.page.ReadSitePageForAdministrationUseCase;
import org.hrcities.platform.application.port.in.page.SitePageInput;
import org.hrcities.platform.application.port.in.page.SitePageVersion;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.page.SitePage;
import org.hrcities.platform.domain.page.SitePageId;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;

/**
 * The admin API's pages, for editors (who may write posts): list, add, change, publish, unpublish
 * and delete them. A change names the version it was made against with {@code If-Match}.
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

    protected AdminPagesResource() {
        // for the container's proxy
    }

    @Inject
    public AdminPagesResource(ListSitePagesForAdministrationUseCase listPages,
                              ReadSitePageForAdministrationUseCase readPage, CreateSitePageUseCase createPage,
                              EditSitePageUseCase editPage, PublishSitePageUseCase publishPage,
                              DeleteSitePageUseCase deletePage) {
        this.listPages = listPages;
        this.readPage = readPage;
        this.createPage = createPage;
        this.editPage = editPage;
        this.publishPage = publishPage;
        this.deletePage = deletePage;
    }

    /** Every page, drafts included, by title, each with its version. */
    @GET
    public Response list() {
        List<AdminPageResponse> body = listPages.listPagesForAdministration().stream().map(AdminPageResponse::from)
                .toList();
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        return one(Response.ok(), readPage.readPageForAdministration(Ids.pageFromPath(id)).page());
    }

    /** A new draft; 201 with its address and ETag. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WritePageRequest body) {
        SitePage created = createPage.createPage(new CreateSitePageCommand(input(body), false));
        return one(Response.created(UriBuilder.fromPath("/api/admin/pages/{id}").build(created.id().toString())),
                created);
    }

    /** Replaces what the page says and its menu position, as read at the version in {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, WritePageRequest body) {
        SitePageId pageId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        SitePageInput input = input(body);
        return one(Response.ok(), Preconditions.unlessStale(() ->
                editPage.editPage(new EditSitePageCommand(pageId, expected, input, null))));
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        SitePageVersion version = version(id, ifMatch);
        return one(Response.ok(), Preconditions.unlessStale(() -> publishPage.publishPage(version)));
    }

    @POST
    @Path("{id}/unpublish")
    public Response unpublish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        SitePageVersion version = version(id, ifMatch);
        return one(Response.ok(), Preconditions.unlessStale(() -> publishPage.unpublishPage(version)));
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
        SitePageId pageId = existing(id);
        return new SitePageVersion(pageId, Preconditions.expectedVersion(ifMatch));
    }

    private SitePageId existing(String id) {
        SitePageId pageId = Ids.pageFromPath(id);
        readPage.readPageForAdministration(pageId);
        return pageId;
    }

    /** The page the body describes; every refused field at once. */
    static SitePageInput input(WritePageRequest body) {
        if (body == null) {
            throw new InvalidValueException("title", "title is required");
        }
        FieldErrors errors = new FieldErrors();
        Slug slug = body.slug() == null || body.slug().isBlank() ? null
                : errors.capture("slug", () -> new Slug(body.slug().strip()));
        SitePageInput input = errors.capture(() -> new SitePageInput(slug, body.title(), body.body(),
                body.menuPosition()));
        errors.throwIfAny();
        return input;
    }

    private static Response one(Response.ResponseBuilder response, SitePage page) {
        return response.entity(AdminPageResponse.from(page)).tag(Preconditions.tagOf(page.version()))
                .header("Cache-Control", "no-store").build();
    }
}
