package org.hrcities.platform.adapter.in.web.api.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.Paging;
import org.hrcities.platform.adapter.in.web.input.Preconditions;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.adapter.in.web.security.SignedIn;
import org.hrcities.platform.application.port.in.authoring.AfterSaving;
import org.hrcities.platform.application.port.in.authoring.DeletePostCommand;
import org.hrcities.platform.application.port.in.authoring.DeletePostUseCase;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.PublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.PublishPostUseCase;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.port.in.authoring.SavePostUseCase;
import org.hrcities.platform.application.port.in.authoring.SchedulePostCommand;
import org.hrcities.platform.application.port.in.authoring.SchedulePostUseCase;
import org.hrcities.platform.application.port.in.authoring.TranslatePostCommand;
import org.hrcities.platform.application.port.in.authoring.TranslatePostUseCase;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.SearchText;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;

/**
 * The admin API's posts, for editors: every post in any status, written, published, scheduled,
 * withdrawn and deleted. Every change names the version it was made against with {@code If-Match}.
 * Each post is written in one of the site's languages; a translation is a post of its own, linked to the
 * others of its translation group.
 */
@ApplicationScoped
@Path("api/admin/posts")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Permission.WRITE_POSTS)
public class AdminPostsResource {

    private ListPostsForEditingUseCase listPosts;
    private ReadPostForEditingUseCase readPost;
    private SavePostUseCase savePost;
    private PublishPostUseCase publishPost;
    private SchedulePostUseCase schedulePost;
    private UnpublishPostUseCase unpublishPost;
    private DeletePostUseCase deletePost;
    private TranslatePostUseCase translatePost;
    private SiteLanguages languages;

    protected AdminPostsResource() {
        // for the container's proxy
    }

    @Inject
    public AdminPostsResource(ListPostsForEditingUseCase listPosts, ReadPostForEditingUseCase readPost,
                              SavePostUseCase savePost, PublishPostUseCase publishPost,
                              SchedulePostUseCase schedulePost, UnpublishPostUseCase unpublishPost,
                              DeletePostUseCase deletePost, TranslatePostUseCase translatePost,
                              SiteLanguages languages) {
        this.translatePost = translatePost;
        this.languages = languages;
        this.listPosts = listPosts;
        this.readPost = readPost;
        this.savePost = savePost;
        this.publishPost = publishPost;
        this.schedulePost = schedulePost;
        this.unpublishPost = unpublishPost;
        this.deletePost = deletePost;
    }

    /**
     * Posts in any status (or one: draft, scheduled, published) and any language (or one of the site's:
     * {@code language}), holding every word of {@code q}, most recently changed first.
     */
    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("q") String q,
                         @QueryParam("language") String language, @QueryParam("page") String page,
                         @QueryParam("per_page") String perPage, @Context UriInfo uri) {
        PageRequest pageRequest = Paging.request(page, perPage, Paging.DEFAULT_PER_PAGE);
        FieldErrors errors = new FieldErrors();
        PostStatus wanted = errors.capture("status", () -> status(status));
        Language inLanguage = language == null ? null
                : errors.capture("language", () -> languages.require(Language.parse(language)));
        ListPostsForEditingQuery query = errors.capture(() -> new ListPostsForEditingQuery(wanted,
                new SearchText(q), pageRequest, inLanguage));
        errors.throwIfAny();
        PostsForEditing found = listPosts.listPostsForEditing(query);
        List<AdminPostSummaryResponse> body = found.posts().items().stream().map(AdminPostSummaryResponse::from).toList();
        return Paging.withLinks(Response.ok(body), found.posts(), uri).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") String id) {
        return one(Response.ok(), readPost.readPostForEditing(Ids.postFromPath(id)));
    }

    /** A new draft, in {@code language} (missing: the site's default); 201 with its address and ETag. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WritePostRequest body, @Context HttpServletRequest request) {
        PostInput input = input(body, SignedIn.required(request).displayName());
        Language language = language(body.language());
        FieldErrors errors = new FieldErrors();
        SavePostCommand command = errors.capture(() -> SavePostCommand.newPost(language, input, AfterSaving.keepStatus()));
        errors.throwIfAny();
        return created(savePost.savePost(command));
    }

    /**
     * A translation of the post into {@code language} (required, one of the site's, not the post's own): a
     * new draft of the post's translation group; 201 with its address and ETag. The post's partner cities,
     * topics, featured image and whether its comments are open come from the original. 409 when the group
     * has a post in the language already; 404 for no such post.
     */
    @POST
    @Path("{id}/translations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response translate(@PathParam("id") String id, WritePostRequest body, @Context HttpServletRequest request) {
        PostId original = Ids.postFromPath(id);
        PostInput input = input(body, SignedIn.required(request).displayName());
        if (body.language() == null || body.language().isBlank()) {
            throw new InvalidValueException("language", "language is required: the code of the translation's language");
        }
        Language language = language(body.language());
        FieldErrors errors = new FieldErrors();
        TranslatePostCommand command = errors.capture(() -> new TranslatePostCommand(original, language, input));
        errors.throwIfAny();
        return created(translatePost.translatePost(command));
    }

    /** Replaces what the post says, as read at the version in {@code If-Match}. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, WritePostRequest body,
                         @Context HttpServletRequest request) {
        PostId postId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        PostInput input = input(body, SignedIn.required(request).displayName());
        Language language = language(body.language());
        return one(Response.ok(), Preconditions.unlessStale(() -> savePost.savePost(
                new SavePostCommand(postId, expected, language, input, AfterSaving.keepStatus()))));
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        PostId postId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        return one(Response.ok(), Preconditions.unlessStale(() -> publishPost.publishPost(new PublishPostCommand(postId, expected))));
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, SchedulePostRequest body) {
        PostId postId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        FieldErrors errors = new FieldErrors();
        Instant at = errors.capture("publishAt", () -> instant(body == null ? null : body.publishAt()));
        errors.throwIfAny();
        return one(Response.ok(), Preconditions.unlessStale(() -> schedulePost.schedulePost(new SchedulePostCommand(postId, expected, at))));
    }

    @POST
    @Path("{id}/unpublish")
    public Response unpublish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        PostId postId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        return one(Response.ok(), Preconditions.unlessStale(() -> unpublishPost.unpublishPost(new UnpublishPostCommand(postId, expected))));
    }

    /** Deletes the post with its comments for good; 204. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        PostId postId = existing(id);
        long expected = Preconditions.expectedVersion(ifMatch);
        Preconditions.unlessStale(() -> {
            deletePost.deletePost(new DeletePostCommand(postId, expected));
            return null;
        });
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    /** The language named by a body's {@code language}, null when it names none; 400 for a malformed code. */
    private static Language language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        FieldErrors errors = new FieldErrors();
        Language language = errors.capture("language", () -> Language.parse(code));
        errors.throwIfAny();
        return language;
    }

    private static Response created(PostForEditing created) {
        return one(Response.created(UriBuilder.fromPath("/api/admin/posts/{id}").build(created.post().id().toString())),
                created);
    }

    private PostId existing(String id) {
        PostId postId = Ids.postFromPath(id);
        readPost.readPostForEditing(postId);
        return postId;
    }

    private static PostInput input(WritePostRequest body, String signedInName) {
        if (body == null) {
            throw new InvalidValueException("title", "title is required");
        }
        FieldErrors errors = new FieldErrors();
        List<PartnerCityId> cities = body.partnerCities() == null ? List.of() : body.partnerCities().stream()
                .map(city -> errors.capture("partnerCities", () -> Ids.city("partnerCities", city))).toList();
        List<Slug> topics = body.topics() == null ? List.of() : body.topics().stream()
                .map(topic -> errors.capture("topics", () -> Slugs.fromInput("topics", topic))).toList();
        FeaturedImageRequest image = body.featuredImage();
        FeaturedImage featured = image == null ? null : errors.capture("featuredImage", () ->
                new FeaturedImage(Ids.media("featuredImage", image.mediaId()), image.alt() == null ? "" : image.alt()));
        errors.throwIfAny();
        String author = body.author() == null || body.author().isBlank() ? signedInName : body.author();
        PostInput input = errors.capture(() -> new PostInput(body.title(), body.excerpt(), body.body(), body.slug(), cities,
                topics, body.commentsOpen() == null || body.commentsOpen(), author, featured));
        errors.throwIfAny();
        return input;
    }

    private static PostStatus status(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("all")) {
            return null;
        }
        try {
            return PostStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "status must be draft, scheduled, published or all");
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("publishAt", "publishAt is required");
        }
        try {
            return java.time.OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("publishAt", "publishAt must be an ISO 8601 date and time with an offset, "
                    + "such as 2027-01-04T09:30:00Z");
        }
    }

    private static Response one(Response.ResponseBuilder response, PostForEditing post) {
        return response.entity(AdminPostResponse.from(post)).tag(Preconditions.tagOf(post.version()))
                .header("Cache-Control", "no-store").build();
    }
}
