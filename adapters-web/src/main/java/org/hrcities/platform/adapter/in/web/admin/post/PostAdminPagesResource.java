package org.hrcities.platform.adapter.in.web.admin.post;

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
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.render.Dates;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.render.SafeHtml;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.authoring.AfterSaving;
import org.hrcities.platform.application.port.in.authoring.DeletePostCommand;
import org.hrcities.platform.application.port.in.authoring.DeletePostUseCase;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.port.in.authoring.SavePostUseCase;
import org.hrcities.platform.application.port.in.authoring.UnknownPostException;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.setting.ReadDiscussionSettingsUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStateException;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SearchText;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/**
 * The editors' pages: the list of posts in every status, and the one form that writes, previews,
 * publishes, schedules, withdraws and deletes a post. Every refusal comes back with what was typed.
 */
@ApplicationScoped
@Path("admin/posts")
@Requires(Permission.WRITE_POSTS)
public class PostAdminPagesResource {

    static final int PER_PAGE = 20;
    static final String STALE = "Someone else changed this post while you were editing it, so your changes were not "
            + "saved. What you typed is still below: open the post in a new tab to see the current version, then "
            + "copy what you need and save again.";

    private ListPostsForEditingUseCase listPosts;
    private ReadPostForEditingUseCase readPost;
    private SavePostUseCase savePost;
    private DeletePostUseCase deletePost;
    private ListPartnerCitiesForAdministrationUseCase listCities;
    private ReadDiscussionSettingsUseCase readSettings;
    private SiteTimeZone zone;

    protected PostAdminPagesResource() {
        // for the container's proxy
    }

    @Inject
    public PostAdminPagesResource(ListPostsForEditingUseCase listPosts, ReadPostForEditingUseCase readPost,
                                  SavePostUseCase savePost,
                                  DeletePostUseCase deletePost, ListPartnerCitiesForAdministrationUseCase listCities,
                                  ReadDiscussionSettingsUseCase readSettings, SiteTimeZone zone) {
        this.listPosts = listPosts;
        this.readPost = readPost;
        this.savePost = savePost;
        this.deletePost = deletePost;
        this.listCities = listCities;
        this.readSettings = readSettings;
        this.zone = zone;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("page") String page,
                         @QueryParam("notice") String notice, @BeanParam AdminRequest admin) {
        String filter = status == null ? "all" : status.strip().toLowerCase(Locale.ROOT);
        PostStatus wanted = switch (filter) {
            case "draft" -> PostStatus.DRAFT;
            case "scheduled" -> PostStatus.SCHEDULED;
            case "published" -> PostStatus.PUBLISHED;
            default -> null;
        };
        filter = wanted == null ? "all" : filter;
        int number = pageNumber(page);
        String text = q == null ? "" : q.strip();
        String searchError = null;
        PostsForEditing found;
        try {
            found = listPosts.listPostsForEditing(new ListPostsForEditingQuery(wanted, text, new PageRequest(number, PER_PAGE)));
        } catch (InvalidValueException e) {
            searchError = Sentences.of(e.getMessage().replaceFirst("^q ", "The search "));
            text = text.length() > SearchText.MAX_LENGTH ? text.substring(0, SearchText.MAX_LENGTH) : text;
            text = text.replaceAll("\\p{Cntrl}", " ");
            found = listPosts.listPostsForEditing(new ListPostsForEditingQuery(wanted, SearchText.NONE, new PageRequest(1, PER_PAGE)));
            found = new PostsForEditing(Page.empty(new PageRequest(1, PER_PAGE)), found.countsByStatus());
        }
        String shownText = text;
        String current = filter;
        List<PostListPage.Tab> tabs = List.of(
                tab("All", "all", found.countAll(), current, shownText),
                tab("Drafts", "draft", found.count(PostStatus.DRAFT), current, shownText),
                tab("Scheduled", "scheduled", found.count(PostStatus.SCHEDULED), current, shownText),
                tab("Published", "published", found.count(PostStatus.PUBLISHED), current, shownText));
        Page<Post> posts = found.posts();
        List<PostListPage.Row> rows = posts.items().stream().map(this::row).toList();
        String statusLabel = tabs.stream().filter(PostListPage.Tab::current).findFirst().map(PostListPage.Tab::label).orElse("All");
        PostListPage model = new PostListPage(admin.nav("posts"), tabs, shownText,
                statusLabel, rows, posts.totalItems(), posts.request().page(), posts.totalPages(),
                posts.hasPrevious() ? listHref(current, shownText, posts.request().page() - 1) : null,
                posts.hasNext() ? listHref(current, shownText, posts.request().page() + 1) : null,
                "deleted".equals(notice) ? "The post and its comments were deleted." : null, searchError);
        return admin.page(searchError == null ? 200 : 400, "admin/posts.jte", model);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@BeanParam AdminRequest admin) {
        AdminNav nav = admin.nav("posts");
        PostForm form = new PostForm(nav, null, 0, "", "", "", "", choices(Set.of()),
                readSettings.readDiscussionSettings().commentsOpenOnNewPosts(), nav.displayName(), "", zone.id(), null,
                List.of(), null, null, null, Map.of(), null, null, null);
        return admin.page(200, "admin/post.jte", form);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @QueryParam("notice") String notice,
                         @BeanParam AdminRequest admin) {
        PostForEditing editing = readPost.readPostForEditing(postId(id));
        Post post = editing.post();
        String shown = switch (notice == null ? "" : notice) {
            case "created" -> "The draft was saved.";
            case "saved" -> "Saved.";
            case "published" -> "Published.";
            case "scheduled" -> post.status() == PostStatus.SCHEDULED
                    ? "Scheduled for " + zone.human(post.publishedAt().orElseThrow()) + "." : "Scheduled.";
            case "unpublished" -> "Unpublished: the post is a draft again and readers no longer see it.";
            default -> null;
        };
        String noticeHref = "published".equals(notice) && post.isPublished() ? "/posts/" + post.slug().value() : null;
        PostForm form = stored(admin.nav("posts"), editing, shown, noticeHref);
        return admin.page(200, "admin/post.jte", form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form, @BeanParam AdminRequest admin) {
        return submit(null, form, admin);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @BeanParam AdminRequest admin) {
        PostForEditing stored = readPost.readPostForEditing(postId(id));
        return submit(stored, form, admin);
    }

    @GET
    @Path("{id}/delete")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmDelete(@PathParam("id") String id, @BeanParam AdminRequest admin) {
        Post post = readPost.readPostForEditing(postId(id)).post();
        return admin.page(200, "admin/postDelete.jte", new DeletePostPage(admin.nav("posts"), post.id().toString(),
                post.version(), post.title(), post.status().name().toLowerCase(Locale.ROOT), null));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @BeanParam AdminRequest admin) {
        Post post = readPost.readPostForEditing(postId(id)).post();
        long version = AdminPages.version(form);
        DeletePostPage page = new DeletePostPage(admin.nav("posts"), post.id().toString(), post.version(), post.title(),
                post.status().name().toLowerCase(Locale.ROOT), null);
        if (!admin.acceptsForm(form)) {
            return admin.page(403, "admin/postDelete.jte", withError(page, AdminPages.EXPIRED_FORM));
        }
        try {
            deletePost.deletePost(new DeletePostCommand(post.id(), version));
        } catch (ConcurrentUpdateException | InvalidValueException e) {
            return admin.page(409, "admin/postDelete.jte", withError(page, "Someone else changed this post since you "
                    + "opened this page, so it was not deleted. Check the post below and confirm again if it should go."));
        }
        return AdminPages.seeOther("/admin/posts", "deleted");
    }

    private Response submit(PostForEditing stored, MultivaluedMap<String, String> form, AdminRequest admin) {
        AdminNav nav = admin.nav("posts");
        String action = AdminPages.value(form, "action");
        PostForm typed = typed(nav, stored, form);
        if (!admin.acceptsForm(form)) {
            return refused(403, typed, null, AdminPages.EXPIRED_FORM, admin);
        }
        FieldErrors errors = new FieldErrors();
        List<PartnerCityId> cities = new ArrayList<>();
        for (String city : form.getOrDefault("partnerCities", List.of())) {
            PartnerCityId cityId = errors.capture("partnerCities", () -> Ids.city("partnerCities", city));
            if (cityId != null) {
                cities.add(cityId);
            }
        }
        PostInput input;
        try {
            input = new PostInput(typed.title(), typed.excerpt(), typed.body(), typed.slug(), cities, typed.commentsOpen(),
                    typed.author());
        } catch (InvalidValueException e) {
            input = null;
            collect(errors, typed, cities);
        }
        if ("preview".equals(action)) {
            return refused(errors.isEmpty() ? 200 : 400, typed, errors, null, admin, Markdown.toHtml(typed.body()));
        }
        AfterSaving then = switch (action) {
            case "publish" -> AfterSaving.publishNow();
            case "schedule" -> errors.capture("publishAt", () -> AfterSaving.scheduleAt(publishAt(typed.publishAt())));
            case "unpublish" -> AfterSaving.unpublish();
            default -> AfterSaving.keepStatus();
        };
        if (("publish".equals(action) || "schedule".equals(action)) && typed.body().isBlank()) {
            errors.add("body", "A post needs a body before it can be published or scheduled.");
        }
        PostInput checked = input;
        if (checked != null && stored == null) {
            errors.capture("slug", () -> SavePostCommand.newPost(checked, AfterSaving.keepStatus()));
        }
        if (!errors.isEmpty()) {
            return refused(400, typed, errors, null, admin);
        }
        try {
            SavePostCommand command = stored == null ? SavePostCommand.newPost(input, then)
                    : SavePostCommand.storedPost(stored.post().id(), typed.version(), input, then);
            PostId id = savePost.savePost(command).post().id();
            return AdminPages.seeOther("/admin/posts/" + id, switch (then) {
                case AfterSaving.PublishNow publish -> "published";
                case AfterSaving.ScheduleAt schedule -> "scheduled";
                case AfterSaving.Unpublish unpublish -> "unpublished";
                case AfterSaving.KeepStatus keep -> stored == null ? "created" : "saved";
            });
        } catch (SlugAlreadyTakenException e) {
            errors.add("slug", "Another post already has this slug. Choose another one.");
            return refused(409, typed, errors, null, admin);
        } catch (ConcurrentUpdateException e) {
            return refused(409, typed, null, STALE, admin);
        } catch (PostStateException e) {
            return refused(409, typed, null, Sentences.of(e.getMessage()), admin);
        } catch (InvalidValueException e) {
            if ("version".equals(e.field())) {
                return refused(409, typed, null, STALE, admin);
            }
            errors.add(e.field(), e.getMessage());
            return refused(400, typed, errors, null, admin);
        }
    }

    /** Each field's problem, one by one, when the input as a whole was refused. */
    private static void collect(FieldErrors errors, PostForm typed, List<PartnerCityId> cities) {
        String ok = "x";
        errors.capture("title", () -> new PostInput(typed.title(), "", "", "", List.of(), true, ok));
        errors.capture("excerpt", () -> new PostInput(ok, typed.excerpt(), "", "", List.of(), true, ok));
        errors.capture("body", () -> new PostInput(ok, "", typed.body(), "", List.of(), true, ok));
        errors.capture("slug", () -> new PostInput(ok, "", "", typed.slug(), List.of(), true, ok));
        errors.capture("author", () -> new PostInput(ok, "", "", "", List.of(), true, typed.author()));
        errors.capture("partnerCities", () -> new PostInput(ok, "", "", "", cities, true, ok));
    }

    private PostForm typed(AdminNav nav, PostForEditing stored, MultivaluedMap<String, String> form) {
        Set<String> checked = new LinkedHashSet<>(form.getOrDefault("partnerCities", List.of()));
        Post post = stored == null ? null : stored.post();
        return new PostForm(nav, post == null ? null : post.id().toString(), AdminPages.version(form),
                AdminPages.value(form, "title"), AdminPages.value(form, "excerpt"), AdminPages.value(form, "body"), AdminPages.value(form, "slug"), choices(checked),
                "true".equals(form.getFirst("commentsOpen")), AdminPages.value(form, "author"), AdminPages.value(form, "publishAt"), zone.id(),
                post == null ? null : post.status().name(),
                post == null ? List.of() : post.formerSlugs().stream().map(Slug::value).toList(),
                post == null ? null : publicHref(post), post == null ? null : scheduledFor(post), null, Map.of(), null,
                null, null);
    }

    private PostForm stored(AdminNav nav, PostForEditing editing, String notice, String noticeHref) {
        Post post = editing.post();
        Set<String> checked = new LinkedHashSet<>();
        post.partnerCities().forEach(city -> checked.add(city.toString()));
        String publishAt = post.status() == PostStatus.SCHEDULED ? zone.inputValue(post.publishedAt().orElseThrow()) : "";
        return new PostForm(nav, post.id().toString(), post.version(), post.title(), post.content().excerpt(),
                post.content().body(), post.slug().value(), choices(checked), post.commentsOpen(), post.authorName(),
                publishAt, zone.id(), post.status().name(), post.formerSlugs().stream().map(Slug::value).toList(),
                publicHref(post), scheduledFor(post), null, Map.of(), null, notice, noticeHref);
    }

    private List<PostForm.CityChoice> choices(Set<String> checked) {
        List<PostForm.CityChoice> choices = new ArrayList<>();
        for (PartnerCity city : listCities.listAllPartnerCities()) {
            String id = city.id().toString();
            if (!city.isRetired() || checked.contains(id)) {
                choices.add(new PostForm.CityChoice(id, city.name(), checked.contains(id), city.isRetired()));
            }
        }
        return choices;
    }

    private String scheduledFor(Post post) {
        return post.status() == PostStatus.SCHEDULED ? zone.human(post.publishedAt().orElseThrow()) : null;
    }

    private static String publicHref(Post post) {
        return post.isPublished() ? "/posts/" + post.slug().value() : null;
    }

    private Instant publishAt(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("publishAt", "Give the date and time to publish the post at.");
        }
        try {
            Instant at = zone.parseInput(text);
            if (!at.isAfter(Instant.now())) {
                throw new InvalidValueException("publishAt", "The time to publish the post at must lie in the future.");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("publishAt", "Give the date and time as on a calendar, such as 2027-01-04T09:30.");
        }
    }

    private PostListPage.Row row(Post post) {
        Instant when = post.publishedAt().orElse(null);
        return new PostListPage.Row(post.id().toString(), post.title(), post.status().name().toLowerCase(Locale.ROOT),
                when == null ? "" : zone.human(when), when == null ? "" : Dates.iso(when), zone.human(post.updatedAt()),
                Dates.iso(post.updatedAt()), publicHref(post));
    }

    private static PostListPage.Tab tab(String label, String value, long count, String current, String q) {
        return new PostListPage.Tab(label, value, count, listHref(value, q, 1), value.equals(current));
    }

    private static String listHref(String status, String q, int page) {
        UriBuilder href = UriBuilder.fromPath("/admin/posts");
        if (!"all".equals(status)) {
            href.queryParam("status", status);
        }
        if (q != null && !q.isBlank()) {
            href.queryParam("q", q);
        }
        if (page > 1) {
            href.queryParam("page", page);
        }
        return href.build().toString();
    }

    private static int pageNumber(String page) {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, Math.min(number, 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Response refused(int status, PostForm typed, FieldErrors errors, String formError, AdminRequest admin) {
        return refused(status, typed, errors, formError, admin, null);
    }

    private static Response refused(int status, PostForm typed, FieldErrors errors, String formError, AdminRequest admin, SafeHtml preview) {
        PostForm shown = typed.with(errors == null ? Map.of() : errors.messages(), formError, preview);
        return admin.page(status, "admin/post.jte", shown);
    }

    private static DeletePostPage withError(DeletePostPage page, String message) {
        return new DeletePostPage(page.nav(), page.id(), page.version(), page.title(), page.status(), message);
    }

    private static PostId postId(String id) {
        try {
            return PostId.parse(id);
        } catch (RuntimeException e) {
            throw new UnknownPostException(null);
        }
    }
}
