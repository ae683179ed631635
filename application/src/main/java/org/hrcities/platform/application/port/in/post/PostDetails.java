package org.hrcities.platform.application.port.in.post;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.topic.Topic;

/**
 * A published post with its cities and topics (in the post's order) and its approved comments,
 * oldest first. {@code acceptsComments} says whether readers may comment on it now: its comments
 * are open and it is not older than the discussion settings keep comments open; a page shows its
 * comment form only then. {@code featuredImage} is the media file of its featured image (null when it
 * has none, or the file is gone). {@code translations} are the published posts of its translation group
 * in other languages, by language code.
 */
public record PostDetails(Post post, List<PartnerCity> partnerCities, List<Topic> topics, List<Comment> approvedComments,
                          boolean acceptsComments, MediaFile featuredImage, List<PublishedTranslation> translations) {

    public PostDetails {
        Objects.requireNonNull(post, "post");
        translations = translations == null ? List.of() : List.copyOf(translations);
        partnerCities = List.copyOf(partnerCities);
        topics = List.copyOf(topics);
        approvedComments = List.copyOf(approvedComments);
        if (acceptsComments && !post.acceptsComments()) {
            throw new IllegalArgumentException("a post whose comments are closed accepts none");
        }
    }

    /** A post without published translations. */
    public PostDetails(Post post, List<PartnerCity> partnerCities, List<Topic> topics, List<Comment> approvedComments,
                       boolean acceptsComments, MediaFile featuredImage) {
        this(post, partnerCities, topics, approvedComments, acceptsComments, featuredImage, List.of());
    }

    /** A post without a featured image. */
    public PostDetails(Post post, List<PartnerCity> partnerCities, List<Topic> topics, List<Comment> approvedComments,
                       boolean acceptsComments) {
        this(post, partnerCities, topics, approvedComments, acceptsComments, null);
    }

    /** The language the post is written in. */
    public Language language() {
        return post.language();
    }

    /** A post whose comments are open or closed by the post alone (no closing by age). */
    public PostDetails(Post post, List<PartnerCity> partnerCities, List<Topic> topics, List<Comment> approvedComments) {
        this(post, partnerCities, topics, approvedComments, post.acceptsComments());
    }
}
