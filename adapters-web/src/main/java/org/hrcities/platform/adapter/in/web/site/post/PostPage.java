package org.hrcities.platform.adapter.in.web.site.post;

import java.time.Instant;
import java.util.List;
import org.hrcities.platform.adapter.in.web.site.privacy.SenderDataRetention;
import org.hrcities.platform.adapter.in.web.render.SafeHtml;
import org.hrcities.platform.adapter.in.web.site.CityLink;
import org.hrcities.platform.adapter.in.web.site.ImageLink;
import org.hrcities.platform.adapter.in.web.site.TopicLink;

/**
 * Everything the page of one post shows, its partner cities and topics as links. {@code commentNotice}
 * is {@value #RECEIVED} or {@value #PUBLISHED} just after the visitor sent a comment, null otherwise.
 */
public record PostPage(String slug, String title, String excerpt, String author, Instant publishedAt, SafeHtml body,
                       List<CityLink> cities, List<TopicLink> topics, List<CommentNode> comments, int commentCount,
                       boolean commentsOpen, String commentNotice, CommentForm form, ImageLink image,
                       int senderDataDays, List<EventLink> events) {

    /** A published event that names the post, as a link: "This post is about: ...". */
    public record EventLink(String slug, String title, String when) {

        public String href() {
            return "/events/" + slug;
        }
    }

    /** A post page that no event names. */
    public PostPage(String slug, String title, String excerpt, String author, Instant publishedAt, SafeHtml body,
                    List<CityLink> cities, List<TopicLink> topics, List<CommentNode> comments, int commentCount,
                    boolean commentsOpen, String commentNotice, CommentForm form, ImageLink image, int senderDataDays) {
        this(slug, title, excerpt, author, publishedAt, body, cities, topics, comments, commentCount, commentsOpen,
                commentNotice, form, image, senderDataDays, List.of());
    }

    /** A post page whose form says sender data is kept for the default number of days. */
    public PostPage(String slug, String title, String excerpt, String author, Instant publishedAt, SafeHtml body,
                    List<CityLink> cities, List<TopicLink> topics, List<CommentNode> comments, int commentCount,
                    boolean commentsOpen, String commentNotice, CommentForm form, ImageLink image) {
        this(slug, title, excerpt, author, publishedAt, body, cities, topics, comments, commentCount, commentsOpen,
                commentNotice, form, image, SenderDataRetention.DEFAULT_DAYS);
    }

    /** A post page without a featured image. */
    public PostPage(String slug, String title, String excerpt, String author, Instant publishedAt, SafeHtml body,
                    List<CityLink> cities, List<TopicLink> topics, List<CommentNode> comments, int commentCount,
                    boolean commentsOpen, String commentNotice, CommentForm form) {
        this(slug, title, excerpt, author, publishedAt, body, cities, topics, comments, commentCount, commentsOpen,
                commentNotice, form, null);
    }

    /** The comment awaits moderation (also said of spam, which its sender must not learn about). */
    public static final String RECEIVED = "received";
    /** The comment was approved on arrival. */
    public static final String PUBLISHED = "published";

    public PostPage {
        events = List.copyOf(events);
        commentNotice = RECEIVED.equals(commentNotice) || PUBLISHED.equals(commentNotice) ? commentNotice : null;
    }

    public boolean commentReceived() {
        return RECEIVED.equals(commentNotice);
    }

    public boolean commentPublished() {
        return PUBLISHED.equals(commentNotice);
    }

    public String href() {
        return "/posts/" + slug;
    }

    /** The form is shown while comments are open, and whenever it holds text that must not be lost. */
    public boolean showsForm() {
        return commentsOpen || form.hasErrors();
    }
}
