package org.hrcities.platform.adapter.in.web.admin.post;

import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaId;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.AdminRequest;
import org.hrcities.platform.adapter.in.web.form.FieldErrors;
import org.hrcities.platform.adapter.in.web.render.Texts;
import org.hrcities.platform.adapter.in.web.input.Ids;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.adapter.in.web.input.Slugs;
import org.hrcities.platform.adapter.in.web.render.Markdown;
import org.hrcities.platform.adapter.in.web.render.SafeHtml;
import org.hrcities.platform.adapter.in.web.render.Sentences;
import org.hrcities.platform.adapter.in.web.security.Requires;
import org.hrcities.platform.application.port.in.authoring.AfterSaving;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.port.in.authoring.SavePostUseCase;
import org.hrcities.platform.application.port.in.authoring.TranslatePostCommand;
import org.hrcities.platform.application.port.in.authoring.TranslatePostUseCase;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.setting.ReadDiscussionSettingsUseCase;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.domain.account.Permission;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStateException;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.post.TranslationAlreadyExistsException;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/**
 * The form that writes a post, new or stored. One submit button per thing the editor may do: save,
 * preview, and save with a step after it (publish now, schedule, unpublish), which is one call of
 * {@link SavePostUseCase}: either all of it is stored or none of it. Every refusal comes back with
 * what was typed. A new post is written in the language chosen in the form; a stored post's page lists
 * its translations, and starts a missing one with one button ({@link TranslatePostUseCase}): a draft in
 * the other language holding a copy of the original's text for the translator to write over.
 */
@ApplicationScoped
@Path("admin/posts")
@Requires(Permission.WRITE_POSTS)
public class PostEditorPagesResource {

    private ReadPostForEditingUseCase readPost;
    private SavePostUseCase savePost;
    private TranslatePostUseCase translatePost;
    private ReadDiscussionSettingsUseCase readSettings;
    private SiteLanguages languages;
    private SiteTimeZone zone;
    private PostForms forms;

    protected PostEditorPagesResource() {
        // for the container's proxy
    }

    @Inject
    public PostEditorPagesResource(ReadPostForEditingUseCase readPost, SavePostUseCase savePost,
                                   TranslatePostUseCase translatePost,
                                   ListPartnerCitiesForAdministrationUseCase listCities, ListTopicsUseCase listTopics,
                                   ReadDiscussionSettingsUseCase readSettings, ReadMediaUseCase media,
                                   SiteTimeZone zone, SiteLanguages languages) {
        this.readPost = readPost;
        this.savePost = savePost;
        this.translatePost = translatePost;
        this.readSettings = readSettings;
        this.zone = zone;
        this.languages = languages;
        this.forms = new PostForms(listCities, listTopics, media, zone, languages);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response blank(@BeanParam AdminRequest admin) {
        PostForm form = forms.blank(admin.nav("posts"), readSettings.readDiscussionSettings().commentsOpenOnNewPosts());
        return admin.page(200, "admin/post.jte", form);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") String id, @QueryParam("notice") String notice,
                         @BeanParam AdminRequest admin) {
        PostForEditing editing = readPost.readPostForEditing(Ids.postFromPath(id));
        Post post = editing.post();
        Texts t = admin.texts();
        String shown = switch (notice == null ? "" : notice) {
            case "created" -> t.t("post.notice.created");
            case "saved" -> t.t("post.notice.saved");
            case "published" -> t.t("post.notice.published");
            case "scheduled" -> post.status() == PostStatus.SCHEDULED
                    ? t.t("post.notice.scheduledFor", zone.human(post.publishedAt().orElseThrow(), t))
                    : t.t("post.notice.scheduled");
            case "unpublished" -> t.t("post.notice.unpublished");
            case "translated" -> t.t("post.notice.translated", post.language().nativeName());
            default -> null;
        };
        String noticeHref = "published".equals(notice) ? forms.publicHref(post) : null;
        return admin.page(200, "admin/post.jte", forms.stored(admin.nav("posts"), editing, shown, noticeHref));
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
        return submit(readPost.readPostForEditing(Ids.postFromPath(id)), form, admin);
    }

    /**
     * Starts the translation of the post into the language the form names: a draft holding the original's
     * title, excerpt and body, for the translator to write over. A language the post has already is said
     * on the original's page, beside its translations.
     */
    @POST
    @Path("{id}/translations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response translate(@PathParam("id") String id, MultivaluedMap<String, String> form,
                              @BeanParam AdminRequest admin) {
        PostForEditing original = readPost.readPostForEditing(Ids.postFromPath(id));
        Texts t = admin.texts();
        if (!admin.acceptsForm(form)) {
            return originalAgain(403, original, null, t.t("common.expiredForm"), admin);
        }
        Language language = languages.find(AdminPages.value(form, "language").strip());
        if (language == null || language.equals(original.language())) {
            return originalAgain(400, original, null, t.t("post.error.translationLanguage"), admin);
        }
        Post post = original.post();
        try {
            PostInput copy = new PostInput(post.title(), post.content().excerpt(), post.content().body(),
                    slugFor(post), post.partnerCities(), List.of(), post.commentsOpen(), post.authorName());
            PostId translation = translatePost.translatePost(new TranslatePostCommand(post.id(), language, copy))
                    .post().id();
            return AdminPages.seeOther("/admin/posts/" + translation, "translated");
        } catch (org.hrcities.platform.domain.shared.TranslationAlreadyExistsException e) {
            return originalAgain(409, readPost.readPostForEditing(post.id()),
                    t.t("post.notice.alreadyTranslated", language.nativeName()), null, admin);
        } catch (SlugAlreadyTakenException e) {
            return originalAgain(409, original, null, t.t("post.error.translationSlug", language.nativeName()), admin);
        } catch (InvalidValueException e) {
            return originalAgain(400, original, null, Sentences.of(e.getMessage()), admin);
        }
    }

    /**
     * The slug to give a translation: none, so that it is derived from the title as for a new post, unless
     * the title yields none; then the original's (slugs are unique within a language only).
     */
    private static String slugFor(Post post) {
        try {
            Slug.fromTitle(post.title());
            return null;
        } catch (InvalidValueException e) {
            return post.slug().value();
        }
    }

    /** The original's page again, after a translation that was not started, with a notice or what went wrong. */
    private Response originalAgain(int status, PostForEditing original, String notice, String formError,
                                   AdminRequest admin) {
        PostForm shown = forms.stored(admin.nav("posts"), original, null, null);
        return admin.page(status, "admin/post.jte",
                formError == null ? shown.withNotice(notice) : shown.with(Map.of(), formError, null));
    }

    /** Previews, or saves with the step the button asked for; {@code stored} is null for a new post. */
    private Response submit(PostForEditing stored, MultivaluedMap<String, String> form, AdminRequest admin) {
        String action = AdminPages.value(form, "action");
        PostForm typed = forms.typed(admin.nav("posts"), stored, form);
        if (!admin.acceptsForm(form)) {
            return refused(403, typed, null, admin.texts().t("common.expiredForm"), admin);
        }
        FieldErrors errors = new FieldErrors();
        PostInput input = input(typed, form, errors, admin.texts());
        if ("preview".equals(action)) {
            return refused(errors.isEmpty() ? 200 : 400, typed, errors, null, admin, Markdown.toHtml(typed.body()));
        }
        AfterSaving then = switch (action) {
            case "publish" -> AfterSaving.publishNow();
            case "schedule" -> errors.capture("publishAt", () -> AfterSaving.scheduleAt(publishAt(typed.publishAt(), admin.texts())));
            case "unpublish" -> AfterSaving.unpublish();
            default -> AfterSaving.keepStatus();
        };
        if (("publish".equals(action) || "schedule".equals(action)) && typed.body().isBlank()) {
            errors.add("body", "A post needs a body before it can be published or scheduled.");
        }
        Language language = stored == null ? forms.chosenLanguage(form) : null;
        if (stored == null && language == null && !AdminPages.value(form, "language").isBlank()) {
            errors.add("language", admin.texts().t("post.error.language"));
        }
        if (input != null && stored == null) {
            errors.capture("slug", () -> SavePostCommand.newPost(input, AfterSaving.keepStatus()));
        }
        if (!errors.isEmpty()) {
            return refused(400, typed, errors, null, admin);
        }
        try {
            SavePostCommand command = stored == null ? SavePostCommand.newPost(language, input, then)
                    : SavePostCommand.storedPost(stored.post().id(), typed.version(), input, then);
            PostId id = savePost.savePost(command).post().id();
            return AdminPages.seeOther("/admin/posts/" + id, notice(then, stored == null));
        } catch (SlugAlreadyTakenException e) {
            errors.add("slug", admin.texts().t("post.error.slugTaken"));
            return refused(409, typed, errors, null, admin);
        } catch (ConcurrentUpdateException e) {
            return refused(409, typed, null, admin.texts().t("post.error.stale"), admin);
        } catch (PostStateException e) {
            return refused(409, typed, null, Sentences.of(e.getMessage()), admin);
        } catch (InvalidValueException e) {
            if ("version".equals(e.field())) {
                return refused(409, typed, null, admin.texts().t("post.error.stale"), admin);
            }
            errors.add(e.field(), e.getMessage());
            return refused(400, typed, errors, null, admin);
        }
    }

    /** What the editor wrote, or null with each field's problem in {@code errors}. */
    private static PostInput input(PostForm typed, MultivaluedMap<String, String> form, FieldErrors errors, Texts t) {
        List<PartnerCityId> cities = new ArrayList<>();
        for (String city : form.getOrDefault("partnerCities", List.of())) {
            PartnerCityId cityId = errors.capture("partnerCities", () -> Ids.city("partnerCities", city));
            if (cityId != null) {
                cities.add(cityId);
            }
        }
        List<Slug> topics = new ArrayList<>();
        for (String topic : form.getOrDefault("topics", List.of())) {
            Slug slug = errors.capture("topics", () -> Slugs.fromInput("topics", topic));
            if (slug != null) {
                topics.add(slug);
            }
        }
        FeaturedImage featured = null;
        boolean imageWrong = false;
        if (!typed.image().mediaId().isBlank()) {
            MediaId mediaId = errors.capture("featuredImage", () -> Ids.media("featuredImage", typed.image().mediaId()));
            if (typed.image().alt().isBlank()) {
                errors.add("featuredImageAlt", t.t("post.error.featuredImageAlt"));
            } else if (mediaId != null) {
                featured = errors.capture("featuredImageAlt", () -> new FeaturedImage(mediaId, typed.image().alt()));
            }
            imageWrong = featured == null;
        }
        try {
            PostInput input = new PostInput(typed.title(), typed.excerpt(), typed.body(), typed.slug(), cities, topics,
                    typed.commentsOpen(), typed.author(), featured);
            return imageWrong ? null : input;
        } catch (InvalidValueException e) {
            String ok = "x";
            errors.capture("title", () -> new PostInput(typed.title(), "", "", "", List.of(), true, ok));
            errors.capture("excerpt", () -> new PostInput(ok, typed.excerpt(), "", "", List.of(), true, ok));
            errors.capture("body", () -> new PostInput(ok, "", typed.body(), "", List.of(), true, ok));
            errors.capture("slug", () -> new PostInput(ok, "", "", typed.slug(), List.of(), true, ok));
            errors.capture("author", () -> new PostInput(ok, "", "", "", List.of(), true, typed.author()));
            errors.capture("partnerCities", () -> new PostInput(ok, "", "", "", cities, true, ok));
            return null;
        }
    }

    /** The key of the sentence the edit page shows after the save. */
    private static String notice(AfterSaving then, boolean created) {
        return switch (then) {
            case AfterSaving.PublishNow publish -> "published";
            case AfterSaving.ScheduleAt schedule -> "scheduled";
            case AfterSaving.Unpublish unpublish -> "unpublished";
            case AfterSaving.KeepStatus keep -> created ? "created" : "saved";
        };
    }

    private Instant publishAt(String text, Texts t) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("publishAt", t.t("post.error.publishAt.missing"));
        }
        try {
            Instant at = zone.parseInput(text);
            if (!at.isAfter(Instant.now())) {
                throw new InvalidValueException("publishAt", t.t("post.error.publishAt.past"));
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("publishAt", t.t("post.error.publishAt.malformed"));
        }
    }

    private static Response refused(int status, PostForm typed, FieldErrors errors, String formError, AdminRequest admin) {
        return refused(status, typed, errors, formError, admin, null);
    }

    private static Response refused(int status, PostForm typed, FieldErrors errors, String formError, AdminRequest admin,
                                    SafeHtml preview) {
        PostForm shown = typed.with(errors == null ? Map.of() : errors.messages(), formError, preview);
        return admin.page(status, "admin/post.jte", shown);
    }
}
