package org.hrcities.platform.application.port.in.post;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.topic.Topic;

/**
 * A published post as lists show it: with the cities it is tagged with and the topics it is filed
 * under (both in the post's order), its number of public comments, the media file of its
 * featured image (null when it has none, or the file is gone) and the published posts of its translation
 * group in other languages, by language code.
 */
public record PublishedPost(Post post, List<PartnerCity> partnerCities, List<Topic> topics, long approvedComments,
                            MediaFile featuredImage, List<PublishedTranslation> translations) {

    public PublishedPost {
        Objects.requireNonNull(post, "post");
        partnerCities = List.copyOf(partnerCities);
        topics = List.copyOf(topics);
        translations = translations == null ? List.of() : List.copyOf(translations);
        if (!post.isPublished()) {
            throw new IllegalArgumentException("only published posts are listed");
        }
    }

    /** A post without published translations. */
    public PublishedPost(Post post, List<PartnerCity> partnerCities, List<Topic> topics, long approvedComments,
                         MediaFile featuredImage) {
        this(post, partnerCities, topics, approvedComments, featuredImage, List.of());
    }

    /** A post without a featured image or published translations. */
    public PublishedPost(Post post, List<PartnerCity> partnerCities, List<Topic> topics, long approvedComments) {
        this(post, partnerCities, topics, approvedComments, null, List.of());
    }

    /** The language the post is written in. */
    public Language language() {
        return post.language();
    }
}
