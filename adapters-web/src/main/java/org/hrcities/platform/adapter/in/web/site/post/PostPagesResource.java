package org.hrcities.platform.adapter.in.web.site.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hrcities.platform.application.port.in.notification.ReadMailOptionsUseCase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hrcities.platform.adapter.in.web.cache.Change;
import org.hrcities.platform.adapter.in.web.cache.ChangesOnly;
import org.hrcities.platform.adapter.in.web.cache.Representation;
import org.hrcities.platform.adapter.in.web.cache.Representations.Freshness;
import org.hrcities.platform.adapter.in.web.cache.Representations;
import org.hrcities.platform.adapter.in.web.error.InvalidRequestException;
import org.hrcities.platform.adapter.in.web.form.FormOrigins;
import org.hrcities.platform.adapter.in.web.form.FormStamps;
import org.hrcities.platform.adapter.in.web.form.FormTokens;
import org.hrcities.platform.adapter.in.web.input.ClientAddresses;
import org.hrcities.platform.adapter.in.web.input.CommentCommands;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.form.FieldTexts;
import org.hrcities.platform.adapter.in.web.render.Frame;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.site.Canonical;
import org.hrcities.platform.adapter.in.web.site.VisitorTemplates;
import org.hrcities.platform.adapter.in.web.site.CityLink;
import org.hrcities.platform.adapter.in.web.site.ImageLink;
import org.hrcities.platform.adapter.in.web.site.Pager;
import org.hrcities.platform.adapter.in.web.site.PostCard;
import org.hrcities.platform.adapter.in.web.site.TopicLink;
import org.hrcities.platform.adapter.in.web.site.privacy.SenderDataRetention;
import org.hrcities.platform.adapter.in.web.render.EventTimes;
import org.hrcities.platform.adapter.in.web.site.EventCard;
import org.hrcities.platform.application.port.in.comment.CommentFloodException;
import org.hrcities.platform.application.port.in.comment.DuplicateCommentException;
import org.hrcities.platform.application.port.in.comment.SubmitCommentCommand;
import org.hrcities.platform.application.port.in.comment.SubmitCommentUseCase;
import org.hrcities.platform.application.port.in.comment.SubmittedComment;
import org.hrcities.platform.application.port.in.event.ListEventsNamingPostUseCase;
import org.hrcities.platform.application.port.in.event.ListUpcomingEventsUseCase;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.application.port.in.post.FoundPost;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsUseCase;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentsNotAcceptedException;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.search.SearchTerms;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;

/** The visitors' pages of posts: the home page, a post with its comments and form, and search. */
@Path("")
@ApplicationScoped
public class PostPagesResource {

    /**
     * The site's languages; the pages and answers are in its default language. Built without the container,
     * a site in English alone.
     */
    private SiteLanguages languages = SiteLanguages.only(new Language("en"));

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    /** Stands for the form's stamp in the rendered page while its identity is taken; random, so no comment can hold it. */
    static final String STAMP_PLACEHOLDER = "stamp-" + FormTokens.newToken();

    private ListPublishedPostsUseCase listPosts;
    private ReadPublishedPostUseCase readPost;
    private SearchPublishedPostsUseCase searchPosts;
    private SubmitCommentUseCase submitComment;
    private ClientAddresses clientAddresses;
    private FormStamps formStamps;
    private VisitorTemplates templates;
    private int senderDataDays = SenderDataRetention.DEFAULT_DAYS;
    private ReadMailOptionsUseCase mailOptions;
    private ListUpcomingEventsUseCase upcomingEvents = (city, limit) -> List.of();
    private ListEventsNamingPostUseCase eventsNamingPost = post -> List.of();

    protected PostPagesResource() {
        // for the container's proxy
    }

    @Inject
    public PostPagesResource(ListPublishedPostsUseCase listPosts, ReadPublishedPostUseCase readPost,
                             SearchPublishedPostsUseCase searchPosts, SubmitCommentUseCase submitComment,
                             ClientAddresses clientAddresses, FormStamps formStamps,
                             VisitorTemplates templates, ReadMailOptionsUseCase mailOptions,
                             SenderDataRetention retention, ListUpcomingEventsUseCase upcomingEvents,
                             ListEventsNamingPostUseCase eventsNamingPost, SiteLanguages languages) {
        this(listPosts, readPost, searchPosts, submitComment, clientAddresses, formStamps, templates, mailOptions);
        this.senderDataDays = retention.days();
        this.upcomingEvents = upcomingEvents;
        this.eventsNamingPost = eventsNamingPost;
        this.languages = languages;
    }

    /** Pages whose comment form tells the default retention of sender data, without events. */
    public PostPagesResource(ListPublishedPostsUseCase listPosts, ReadPublishedPostUseCase readPost,
                             SearchPublishedPostsUseCase searchPosts, SubmitCommentUseCase submitComment,
                             ClientAddresses clientAddresses, FormStamps formStamps,
                             VisitorTemplates templates, ReadMailOptionsUseCase mailOptions) {
        this.mailOptions = mailOptions;
        this.listPosts = listPosts;
        this.readPost = readPost;
        this.searchPosts = searchPosts;
        this.submitComment = submitComment;
        this.clientAddresses = clientAddresses;
        this.formStamps = formStamps;
        this.templates = templates;
    }

    /** The latest posts, ten to a page, and the next {@value HomePage#NEXT_EVENTS} events. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(@QueryParam("page") String page, @Context UriInfo request) {
        Page<PublishedPost> posts = listPosts.listPublishedPosts(
                new ListPublishedPostsQuery(templates.language(request), Paging.request(page, null, Paging.DEFAULT_PER_PAGE)));
        Frame frame = templates.frame(request);
        HomePage model = new HomePage(posts.items().stream().map(PostCard::of).toList(), Pager.of(posts, "/", null),
                upcomingEvents.listUpcomingEvents(null, HomePage.NEXT_EVENTS).stream()
                        .map(listed -> EventCard.of(listed, frame.texts())).toList());
        return Representations.ok(templates.render("home.jte", model, frame, Canonical.of(request, "/", model.pager())), HTML, true,
                Freshness.REVALIDATE).build();
    }

    /**
     * A post with its comments; {@code replyto} opens the form as a reply to that comment.
     * <p>
     * The page is the same for every reader, and so is its form: it carries no token (a post from
     * another site is told by the browser's own headers, see {@link FormOrigins}) and no cookie is
     * set. Its stamp ({@link FormStamps}) is the time the page was rendered, which every reader of
     * that rendering shares: the page store makes it again after a second at most, so a form comes
     * back at least as long after its stamp as it was really open (a second longer at most), never
     * sooner. The entity tag is weak and leaves the stamp out, so a reader who revalidates keeps the
     * page held, with its older stamp, which again only makes the form look filled in more slowly.
     * (Putting the stamp in a cookie instead would mix up the times of two posts open in two tabs.)
     */
    @GET
    @Path("posts/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response post(@PathParam("slug") String slug, @QueryParam("comment") String notice,
                         @QueryParam("replyto") String replyTo, @Context UriInfo request) {
        PostDetails details = readPost.readPublishedPost(new ReadPublishedPostQuery(templates.language(request),
                Slugs.fromPath(slug, "post")));
        Comment parent = details.approvedComments().stream()
                .filter(comment -> comment.id().toString().equals(replyTo) && comment.depth() < Comment.MAX_DEPTH)
                .findFirst().orElse(null);
        CommentForm form = CommentForm.empty(parent == null ? null : parent.id().toString(),
                parent == null ? null : parent.commenter().name(), STAMP_PLACEHOLDER)
                .withNotify(mailOptions.sendsMail(), false);
        Frame frame = templates.frame(request, translationPaths(details));
        PostPage model = page(details, notice, form, frame.texts());
        byte[] rendered = templates.render("post.jte", model, frame, Canonical.of(request, model.href()));
        Representation page = Representation.withVaryingPart(rendered, STAMP_PLACEHOLDER, formStamps.stamp(Instant.now()),
                HTML, true, Freshness.REVALIDATE);
        return Representations.ok(page).build();
    }

    /** Where the post is in each language it is published in: its own path and its translations'. */
    static Map<Language, String> translationPaths(PostDetails details) {
        Map<Language, String> paths = new LinkedHashMap<>();
        paths.put(details.language(), "/posts/" + details.post().slug().value());
        details.translations().forEach(translation -> paths.put(translation.language(),
                "/posts/" + translation.slug().value()));
        return paths;
    }

    /**
     * A comment sent with the form, checked in WordPress's order after the form's origin (403 when a
     * browser says another site sent it): invalid input 400, comments closed
     * 403, the same comment again 409, too soon after the sender's last comment 429 (with Retry-After);
     * each of them gives the post page again with the visitor's text and a message, never a lost
     * comment. Accepted: 303 back to the post with a notice saying whether the comment is published
     * or awaits moderation; a comment the rules put into spam gets the same notice as one held. A
     * comment held for moderation changes only the counts of comments received.
     */
    @POST
    @Path("posts/{slug}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @ChangesOnly(value = Change.ARRIVALS, when = HeldForModeration.class)
    public Response comment(@PathParam("slug") String slug, MultivaluedMap<String, String> form,
                            @HeaderParam("Sec-Fetch-Site") String fetchSite, @HeaderParam("Origin") String origin,
                            @HeaderParam("Host") String host, @Context HttpServletRequest request,
                            @Context UriInfo address) {
        Slug postSlug = Slugs.fromPath(slug, "post");
        Language language = templates.language(address);
        Texts texts = Texts.of(Texts.SITE, language);
        Instant now = Instant.now();
        if (form == null) {
            form = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        }
        String served = form.getFirst(FormStamps.FIELD);
        Duration fillTime = formStamps.fillTime(served, now);
        String stamp = formStamps.isGenuine(served) ? served : formStamps.stamp(now);
        CommentForm typed = new CommentForm(value(form, "name"), value(form, "email"), value(form, "website"),
                value(form, "comment"), value(form, "parent"), null, Map.of(), null, stamp)
                .withNotify(mailOptions.sendsMail(), !value(form, "notify").isBlank());
        if (!FormOrigins.isFromThisSite(fetchSite, origin, host)) {
            return refused(postSlug, address, 403, typed.withFormError(texts.t("form.refused.otherSite"))).build();
        }
        SubmitCommentCommand command;
        try {
            command = CommentCommands.toCommand(language, postSlug, CommentCommands.FORM, typed.name(), typed.email(),
                    typed.website(), typed.comment(), typed.parent(), !value(form, "homepage").isBlank(),
                    clientAddresses.of(request), fillTime).withNotifyMe(typed.notifyMe())
                    .withUserAgent(request.getHeader("User-Agent"));
        } catch (InvalidRequestException e) {
            return refused(postSlug, address, 400, new CommentForm(typed.name(), typed.email(), typed.website(),
                    typed.comment(), typed.parent(), null, FieldTexts.messages(e.errors(), texts), null, stamp,
                    typed.notifyOffered(), typed.notifyMe())).build();
        }
        SubmittedComment submitted;
        try {
            submitted = submitComment.submitComment(command);
        } catch (CommentsNotAcceptedException e) {
            return refused(postSlug, address, 403, typed.withFormError(texts.t("form.refused.closed"))).build();
        } catch (DuplicateCommentException e) {
            return refused(postSlug, address, 409, typed.withFormError(texts.t("form.refused.duplicate"))).build();
        } catch (CommentFloodException e) {
            long seconds = e.retryAfter().toSeconds();
            return refused(postSlug, address, 429, typed.withFormError(texts.t("form.refused.flood", seconds)))
                    .header("Retry-After", seconds).build();
        } catch (InvalidValueException e) {
            return refused(postSlug, address, 400, typed.withFormError(texts.t("form.refused.parent"))).build();
        }
        URI back = address.getBaseUri().resolve(UriBuilder.fromPath("posts/{slug}")
                .queryParam("comment", submitted.isPublished() ? PostPage.PUBLISHED : PostPage.RECEIVED)
                .fragment("comment-notice").build(postSlug.value()));
        return Response.seeOther(back).header("Cache-Control", "no-store").build();
    }

    /**
     * Published posts matching the words and phrases of {@code q}, best first, each with the passage that
     * matched, narrowed by {@code city}, {@code topic} and {@code language} when given. The text is never
     * refused (see {@code SearchTerms}); a narrowing value that is malformed is, with 400.
     */
    @GET
    @Path("search")
    @Produces(MediaType.TEXT_HTML)
    public Response search(@QueryParam("q") String q, @QueryParam("city") String city, @QueryParam("topic") String topic,
                           @QueryParam("language") String asked, @QueryParam("page") String page,
                           @Context UriInfo request) {
        String language = asked != null ? asked : templates.language(request).code();
        String typed = q == null ? "" : q;
        String shown = (typed.length() > SearchTerms.MAX_LENGTH ? typed.substring(0, SearchTerms.MAX_LENGTH) : typed)
                .replaceAll("\\p{Cntrl}", " ").strip();
        PageRequest pageRequest = Paging.request(page, null, Paging.DEFAULT_PER_PAGE);
        SearchPage model;
        try {
            SearchPublishedPostsQuery query = SearchPublishedPostsQuery.of(typed, city, topic, language, pageRequest);
            Page<FoundPost> found = searchPosts.searchPublishedPosts(query);
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", shown);
            parameters.put("city", city);
            parameters.put("topic", topic);
            parameters.put("language", language);
            model = new SearchPage(shown, !query.terms().isEmpty(), found.items().stream()
                    .map(item -> new SearchPage.Result(PostCard.of(item.post()), item.snippet())).toList(),
                    found.totalItems(), Pager.withParameters(new Page<>(found.items(), found.request(),
                    Math.min(found.totalItems(), Math.max(SearchTerms.MAX_RESULTS, found.items().size()))), "/search",
                    parameters), null);
        } catch (InvalidValueException e) {
            model = new SearchPage(shown, false, List.of(), 0, new Pager(1, 0, null, null),
                    FieldTexts.message(e.field(), e.getMessage(), templates.frame(request).texts()));
            return Response.status(400).entity(templates.render("search.jte", model, templates.frame(request))).type(HTML).build();
        }
        return Representations.ok(templates.render("search.jte", model, templates.frame(request)), HTML, true, Freshness.REVALIDATE).build();
    }

    /** The answer that sends the visitor back to the post, telling that the comment awaits moderation. */
    public static final class HeldForModeration implements Predicate<ContainerResponseContext> {

        @Override
        public boolean test(ContainerResponseContext answer) {
            return answer.getStatus() == 303 && answer.getLocation() != null
                    && ("comment=" + PostPage.RECEIVED).equals(answer.getLocation().getQuery());
        }
    }

    private Response.ResponseBuilder refused(Slug slug, UriInfo address, int status, CommentForm form) {
        PostDetails details = readPost.readPublishedPost(new ReadPublishedPostQuery(templates.language(address), slug));
        Comment parent = details.approvedComments().stream()
                .filter(comment -> comment.id().toString().equals(form.parent())).findFirst().orElse(null);
        CommentForm shown = new CommentForm(form.name(), form.email(), form.website(), form.comment(),
                parent == null ? "" : form.parent(), parent == null ? null : parent.commenter().name(), form.errors(),
                form.formError(), form.stamp(), form.notifyOffered(), form.notifyMe());
        Frame frame = templates.frame(address, translationPaths(details));
        PostPage page = page(details, null, shown, frame.texts());
        return Response.status(status).type(HTML)
                .entity(templates.render("post.jte", page, frame, Canonical.of(address, page.href())))
                .header("Cache-Control", "no-store");
    }

    private PostPage page(PostDetails details, String notice, CommentForm form, Texts texts) {
        Post post = details.post();
        return new PostPage(post.slug().value(), post.title(), post.content().excerpt(), post.authorName(),
                post.publishedAt().orElseThrow(), Markdown.toHtml(post.content().body()),
                details.partnerCities().stream().map(CityLink::of).toList(),
                details.topics().stream().map(TopicLink::of).toList(), CommentNode.threads(details.approvedComments()),
                details.approvedComments().size(), details.acceptsComments(), notice, form,
                ImageLink.featured(post, details.featuredImage()), senderDataDays,
                eventsNamingPost.listEventsNamingPost(post.id()).stream().map(event -> new PostPage.EventLink(
                        event.slug().value(), event.title(), EventTimes.brief(event.timing(), texts))).toList());
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

}
