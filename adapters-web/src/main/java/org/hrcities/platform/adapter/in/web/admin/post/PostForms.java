package org.hrcities.platform.adapter.in.web.admin.post;

import org.hrcities.platform.adapter.in.web.route.MediaAddresses;
import org.hrcities.platform.application.port.in.media.ReadMediaUseCase;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.AdminPages;
import org.hrcities.platform.adapter.in.web.admin.ContentLanguage;
import org.hrcities.platform.adapter.in.web.route.LanguageRoutes;
import org.hrcities.platform.application.port.in.authoring.TranslationSummary;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.adapter.in.web.input.SiteTimeZone;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.city.ListPartnerCitiesForAdministrationUseCase;
import org.hrcities.platform.application.port.in.topic.ListTopicsUseCase;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Fills the post form: blank for a new post, from a stored post, or as an editor typed it, always
 * with the partner cities to tag (the current ones, and retired ones the post is tagged with), every
 * topic to file it under, times in the site's zone, and the post's language: the site's languages to
 * choose from for a new post, a stored post's translations or the buttons that start them.
 */
final class PostForms {

    private final ListPartnerCitiesForAdministrationUseCase listCities;
    private final ListTopicsUseCase listTopics;
    /** How many of the newest images the form offers (the chosen one is always among them). */
    static final int IMAGE_CHOICES = 100;

    private final SiteTimeZone zone;
    private final ReadMediaUseCase media;
    private final SiteLanguages languages;

    PostForms(ListPartnerCitiesForAdministrationUseCase listCities, ListTopicsUseCase listTopics, ReadMediaUseCase media,
              SiteTimeZone zone, SiteLanguages languages) {
        this.languages = languages;
        this.listCities = listCities;
        this.listTopics = listTopics;
        this.media = media;
        this.zone = zone;
    }

    PostForm blank(AdminNav nav, boolean commentsOpen) {
        return new PostForm(nav, null, 0, "", "", "", "", choices(Set.of()), topicChoices(Set.of()), commentsOpen,
                nav.displayName(), "", zone.id(), null, List.of(), null, null, null, Map.of(), null, null, null,
                image("", ""), ContentLanguage.choosing(languages, null));
    }

    PostForm stored(AdminNav nav, PostForEditing editing, String notice, String noticeHref) {
        Post post = editing.post();
        Set<String> checked = new LinkedHashSet<>();
        post.partnerCities().forEach(city -> checked.add(city.toString()));
        Set<String> filedUnder = new LinkedHashSet<>();
        editing.topics().forEach(topic -> filedUnder.add(topic.slug().value()));
        String publishAt = post.status() == PostStatus.SCHEDULED ? zone.inputValue(post.publishedAt().orElseThrow()) : "";
        return new PostForm(nav, post.id().toString(), post.version(), post.title(), post.content().excerpt(),
                post.content().body(), post.slug().value(), choices(checked), topicChoices(filedUnder), post.commentsOpen(), post.authorName(),
                publishAt, zone.id(), post.status().name(), formerSlugs(post), publicHref(post), scheduledFor(post), null,
                Map.of(), null, notice, noticeHref, image(post.featuredImage().map(image -> image.media().toString())
                        .orElse(""), post.featuredImage().map(FeaturedImage::altText).orElse("")), language(editing));
    }

    /** The form as posted, beside what is stored of the post ({@code stored} null for a new post). */
    PostForm typed(AdminNav nav, PostForEditing stored, MultivaluedMap<String, String> form) {
        Set<String> checked = new LinkedHashSet<>(form.getOrDefault("partnerCities", List.of()));
        Set<String> filedUnder = new LinkedHashSet<>(form.getOrDefault("topics", List.of()));
        Post post = stored == null ? null : stored.post();
        return new PostForm(nav, post == null ? null : post.id().toString(), AdminPages.version(form),
                AdminPages.value(form, "title"), AdminPages.value(form, "excerpt"), AdminPages.value(form, "body"),
                AdminPages.value(form, "slug"), choices(checked), topicChoices(filedUnder), "true".equals(form.getFirst("commentsOpen")),
                AdminPages.value(form, "author"), AdminPages.value(form, "publishAt"), zone.id(),
                post == null ? null : post.status().name(), post == null ? List.of() : formerSlugs(post),
                post == null ? null : publicHref(post), post == null ? null : scheduledFor(post), null, Map.of(), null,
                null, null, image(AdminPages.value(form, "featuredImage"), AdminPages.value(form, "featuredImageAlt")),
                stored == null ? ContentLanguage.choosing(languages, languages.find(AdminPages.value(form, "language").strip()))
                        : language(stored));
    }

    /** The language a new post is to be written in, as chosen in the form: null when none or unknown. */
    Language chosenLanguage(MultivaluedMap<String, String> form) {
        return languages.find(AdminPages.value(form, "language").strip());
    }

    /** A stored post's language, and for each other language of the site its translation or the button that starts it. */
    private ContentLanguage language(PostForEditing editing) {
        Post post = editing.post();
        List<ContentLanguage.Translation> lines = new ArrayList<>();
        for (Language other : languages.all()) {
            if (other.equals(post.language())) {
                continue;
            }
            TranslationSummary translation = editing.translations().stream()
                    .filter(summary -> summary.language().equals(other)).findFirst().orElse(null);
            lines.add(translation == null
                    ? new ContentLanguage.Translation(other.code(), other.nativeName(), null, null, null,
                            "/admin/posts/" + post.id() + "/translations")
                    : new ContentLanguage.Translation(other.code(), other.nativeName(), "/admin/posts/" + translation.id(),
                            translation.status().name().toLowerCase(java.util.Locale.ROOT), translation.title(), null));
        }
        return ContentLanguage.of(languages, post.language(), lines);
    }

    /** The featured image field with {@code chosen} selected among the newest images. */
    private FeaturedImageField image(String chosen, String alt) {
        List<MediaFile> files = new ArrayList<>(media.listNewest(0, IMAGE_CHOICES));
        if (!chosen.isBlank() && files.stream().noneMatch(file -> file.id().toString().equals(chosen.strip()))) {
            try {
                media.findMedia(new MediaId(java.util.UUID.fromString(chosen.strip()))).ifPresent(files::add);
            } catch (IllegalArgumentException e) {
                // not an id: nothing to add, the save says what is wrong
            }
        }
        return new FeaturedImageField(chosen.strip(), alt, files.stream().map(file -> new FeaturedImageField.ImageChoice(
                file.id().toString(), file.fileName(), MediaAddresses.pathOf(file), file.width(), file.height(),
                file.id().toString().equals(chosen.strip()))).toList());
    }

    /** Where readers find the post: its page, under its language's prefix, while it is published; null otherwise. */
    String publicHref(Post post) {
        return publicHref(post, new LanguageRoutes(languages));
    }

    static String publicHref(Post post, LanguageRoutes routes) {
        return post.isPublished() ? routes.prefix(post.language()) + "/posts/" + post.slug().value() : null;
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

    private List<PostForm.TopicChoice> topicChoices(Set<String> checked) {
        return listTopics.listTopics().stream().map(topic -> new PostForm.TopicChoice(topic.slug().value(), topic.name(),
                checked.contains(topic.slug().value()))).toList();
    }

    private String scheduledFor(Post post) {
        return post.status() == PostStatus.SCHEDULED ? zone.human(post.publishedAt().orElseThrow()) : null;
    }

    private static List<String> formerSlugs(Post post) {
        return post.formerSlugs().stream().map(Slug::value).toList();
    }
}
