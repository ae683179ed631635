package org.hrcities.platform.adapter.in.web.admin.post;

import java.util.List;
import java.util.Map;
import org.hrcities.platform.adapter.in.web.admin.AdminNav;
import org.hrcities.platform.adapter.in.web.admin.ContentLanguage;
import org.hrcities.platform.adapter.in.web.form.FieldMessages;
import org.hrcities.platform.adapter.in.web.render.SafeHtml;

/**
 * The form that writes a post, as typed, with a message per wrong field. {@code id} is null for a new
 * post; {@code version} is the one the form was read at; {@code status}, {@code formerSlugs},
 * {@code publicHref} and {@code scheduledFor} describe the stored post; {@code preview} is the body
 * rendered as the public page renders it, when the editor asked for a preview; {@code image} is the
 * featured image chosen and those to choose from; {@code language} is the language to write a new post
 * in, or a stored post's language with its translations.
 */
public record PostForm(AdminNav nav, String id, long version, String title, String excerpt, String body, String slug,
                       List<CityChoice> cities, List<TopicChoice> topics, boolean commentsOpen, String author, String publishAt, String zone,
                       String status, List<String> formerSlugs, String publicHref, String scheduledFor,
                       SafeHtml preview, Map<String, String> errors, String formError, String notice, String noticeHref,
                       FeaturedImageField image, ContentLanguage language) implements FieldMessages {

    /** The form without a language (a site in one language). */
    public PostForm(AdminNav nav, String id, long version, String title, String excerpt, String body, String slug,
                    List<CityChoice> cities, List<TopicChoice> topics, boolean commentsOpen, String author, String publishAt,
                    String zone, String status, List<String> formerSlugs, String publicHref, String scheduledFor,
                    SafeHtml preview, Map<String, String> errors, String formError, String notice, String noticeHref,
                    FeaturedImageField image) {
        this(nav, id, version, title, excerpt, body, slug, cities, topics, commentsOpen, author, publishAt, zone, status,
                formerSlugs, publicHref, scheduledFor, preview, errors, formError, notice, noticeHref, image,
                ContentLanguage.none());
    }

    /** The form without images to choose from. */
    public PostForm(AdminNav nav, String id, long version, String title, String excerpt, String body, String slug,
                    List<CityChoice> cities, List<TopicChoice> topics, boolean commentsOpen, String author, String publishAt,
                    String zone, String status, List<String> formerSlugs, String publicHref, String scheduledFor,
                    SafeHtml preview, Map<String, String> errors, String formError, String notice, String noticeHref) {
        this(nav, id, version, title, excerpt, body, slug, cities, topics, commentsOpen, author, publishAt, zone, status,
                formerSlugs, publicHref, scheduledFor, preview, errors, formError, notice, noticeHref,
                FeaturedImageField.none(), ContentLanguage.none());
    }

    /** A partner city the post may be tagged with. */
    public record CityChoice(String id, String name, boolean checked, boolean retired) {
    }

    /** A topic the post may be filed under, named in the form by its slug. */
    public record TopicChoice(String slug, String name, boolean checked) {
    }

    public boolean isNew() {
        return id == null;
    }

    public String action() {
        return isNew() ? "/admin/posts" : "/admin/posts/" + id;
    }

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public boolean isScheduled() {
        return "SCHEDULED".equals(status);
    }

    public String statusLabel() {
        return status == null ? "new" : status.toLowerCase(java.util.Locale.ROOT);
    }

    /** The address readers will find the post at, from the slug as typed or stored. */
    public String publicPath() {
        return slug == null || slug.isBlank() ? null : language.prefix() + "/posts/" + slug.strip();
    }

    /** The form as it was, with {@code newNotice} above it and nothing wrong. */
    PostForm withNotice(String newNotice) {
        return new PostForm(nav, id, version, title, excerpt, body, slug, cities, topics, commentsOpen, author, publishAt,
                zone, status, formerSlugs, publicHref, scheduledFor, preview, Map.of(), null, newNotice, null, image,
                language);
    }

    public String invalid(String field) {
        return hasError(field) ? "true" : null;
    }

    /** aria-describedby for a field: its error message's id when it has one, else its hint's, if any. */
    public String describedBy(String field, String hint) {
        return hasError(field) ? field + "-error" : hint;
    }

    PostForm with(Map<String, String> newErrors, String newFormError, SafeHtml newPreview) {
        return new PostForm(nav, id, version, title, excerpt, body, slug, cities, topics, commentsOpen, author, publishAt,
                zone, status, formerSlugs, publicHref, scheduledFor, newPreview, newErrors, newFormError, null, null, image,
                language);
    }
}
