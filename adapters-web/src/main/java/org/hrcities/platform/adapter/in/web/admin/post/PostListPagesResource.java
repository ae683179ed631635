package org.hrcities.platform.adapter.in.web.admin.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.adapter.in.web.render.Dates;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SearchText;

/**
 * The editors' list of posts in every status: a tab per status with its count, the search, and
 * one page of posts, the most recently changed first, each with its language; the posts of one language
 * with {@code ?language=fr}. A refused search comes back with what was typed.
 */
@ApplicationScoped
@Path("admin/posts")
@Requires(Permission.WRITE_POSTS)
public class PostListPagesResource {

    static final int PER_PAGE = 20;

    private ListPostsForEditingUseCase listPosts;
    private SiteTimeZone zone;
    private SiteLanguages languages;
    private LanguageRoutes routes;

    protected PostListPagesResource() {
        // for the container's proxy
    }

    @Inject
    public PostListPagesResource(ListPostsForEditingUseCase listPosts, SiteTimeZone zone, SiteLanguages languages) {
        this.listPosts = listPosts;
        this.zone = zone;
        this.languages = languages;
        this.routes = new LanguageRoutes(languages);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("page") String page,
                         @QueryParam("language") String languageCode, @QueryParam("notice") String notice,
                         @BeanParam AdminRequest admin) {
        Language language = languages.find(languageCode == null ? null : languageCode.strip());
        String code = language == null ? "" : language.code();
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
            found = listPosts.listPostsForEditing(new ListPostsForEditingQuery(wanted, new SearchText(text),
                    new PageRequest(number, PER_PAGE), language));
        } catch (InvalidValueException e) {
            searchError = Sentences.of(e.getMessage().replaceFirst("^q ", "The search "));
            text = text.length() > SearchText.MAX_LENGTH ? text.substring(0, SearchText.MAX_LENGTH) : text;
            text = text.replaceAll("\\p{Cntrl}", " ");
            found = listPosts.listPostsForEditing(new ListPostsForEditingQuery(wanted, SearchText.NONE,
                    new PageRequest(1, PER_PAGE), language));
            found = new PostsForEditing(Page.empty(new PageRequest(1, PER_PAGE)), found.countsByStatus());
        }
        String shownText = text;
        String current = filter;
        List<PostListPage.Tab> tabs = List.of(
                tab("All", "all", found.countAll(), current, shownText, code),
                tab("Drafts", "draft", found.count(PostStatus.DRAFT), current, shownText, code),
                tab("Scheduled", "scheduled", found.count(PostStatus.SCHEDULED), current, shownText, code),
                tab("Published", "published", found.count(PostStatus.PUBLISHED), current, shownText, code));
        Page<Post> posts = found.posts();
        Texts t = admin.texts();
        List<PostListPage.Row> rows = posts.items().stream().map(post -> row(post, t)).toList();
        String statusLabel = tabs.stream().filter(PostListPage.Tab::current).findFirst().map(PostListPage.Tab::label).orElse("All");
        PostListPage model = new PostListPage(admin.nav("posts"), tabs, shownText,
                statusLabel, rows, posts.totalItems(), posts.request().page(), posts.totalPages(),
                posts.hasPrevious() ? listHref(current, shownText, posts.request().page() - 1, code) : null,
                posts.hasNext() ? listHref(current, shownText, posts.request().page() + 1, code) : null,
                "deleted".equals(notice) ? t.t("posts.notice.deleted") : null, searchError, languageChoices(code));
        return admin.page(searchError == null ? 200 : 400, "admin/posts.jte", model);
    }

    private PostListPage.Row row(Post post, Texts t) {
        Instant when = post.publishedAt().orElse(null);
        return new PostListPage.Row(post.id().toString(), post.title(), post.status().name().toLowerCase(Locale.ROOT),
                when == null ? "" : zone.human(when, t), when == null ? "" : Dates.iso(when), zone.human(post.updatedAt(), t),
                Dates.iso(post.updatedAt()), PostForms.publicHref(post, routes), post.language().code(),
                post.language().nativeName());
    }

    /** The languages to filter by, {@code chosen} selected ("" for every language); none on a site in one language. */
    private List<PostListPage.LanguageChoice> languageChoices(String chosen) {
        if (languages.all().size() < 2) {
            return List.of();
        }
        return languages.all().stream().map(language -> new PostListPage.LanguageChoice(language.code(),
                language.nativeName(), language.code().equals(chosen))).toList();
    }

    private static PostListPage.Tab tab(String label, String value, long count, String current, String q, String language) {
        return new PostListPage.Tab(label, value, count, listHref(value, q, 1, language), value.equals(current));
    }

    private static String listHref(String status, String q, int page, String language) {
        UriBuilder href = UriBuilder.fromPath("/admin/posts");
        if (!"all".equals(status)) {
            href.queryParam("status", status);
        }
        if (q != null && !q.isBlank()) {
            href.queryParam("q", q);
        }
        if (!language.isEmpty()) {
            href.queryParam("language", language);
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
}
