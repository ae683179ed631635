package org.hrcities.platform.adapter.out.persistence.lucene;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * A post as the search index takes it: its title, and its text (the excerpt, then the body's Markdown
 * as plain text: link targets, emphasis marks, heading and list markers dropped), its language, when it
 * was published and what narrows a search to it. A post not published is only dropped from the index.
 */
public record IndexedPost(PostId id, boolean published, String language, String title, String text,
                          Instant publishedAt, List<PartnerCityId> cities, List<TopicId> topics) {

    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]{1,200}>");
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^[ \\t]*(#{1,6}|>+|[-+*]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`~]{1,3}");

    public IndexedPost {
        Objects.requireNonNull(id, "id");
        if (published) {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(publishedAt, "publishedAt");
            cities = List.copyOf(cities);
            topics = List.copyOf(topics);
        }
    }

    /** The post as it is now, in its language. */
    static IndexedPost of(Post post) {
        if (!post.isPublished()) {
            return new IndexedPost(post.id(), false, null, null, null, null, List.of(), List.of());
        }
        return published(post.id(), post.language().code(), post.title(), post.content().excerpt(), post.content().body(),
                post.publishedAt().orElseThrow(), post.partnerCities(), post.topics());
    }

    /** A published post from its stored fields. */
    public static IndexedPost published(PostId id, String language, String title, String excerpt, String body,
                                        Instant publishedAt, List<PartnerCityId> cities, List<TopicId> topics) {
        String text = (excerpt == null || excerpt.isBlank() ? "" : excerpt.strip() + "\n\n") + plain(body == null ? "" : body);
        return new IndexedPost(id, true, language, title, text, publishedAt, cities, topics);
    }

    /** Markdown as the words a reader sees: no link targets, tags, emphasis, heading or list markers. */
    static String plain(String markdown) {
        String text = LINK.matcher(markdown).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(match.group(1)));
        text = TAG.matcher(text).replaceAll(" ");
        text = LINE_MARKER.matcher(text).replaceAll("");
        return EMPHASIS.matcher(text).replaceAll("");
    }
}
