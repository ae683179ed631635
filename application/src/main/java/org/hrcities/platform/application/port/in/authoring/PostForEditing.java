package org.hrcities.platform.application.port.in.authoring;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.topic.Topic;

/**
 * A post as an editor sees it, in any status: everything it holds, with its version (to send back
 * with a change), language, status, publication or scheduled time ({@link Post#publishedAt()}), former
 * slugs, the partner cities it is tagged with (retired ones included) and the topics it is filed under,
 * both in the post's order, the media file of its featured image (null when it has none, or the file is
 * gone), and the other posts of its translation group in any status, by language code.
 */
public record PostForEditing(Post post, List<PartnerCity> partnerCities, List<Topic> topics, MediaFile featuredImage,
                             List<TranslationSummary> translations) {

    public PostForEditing {
        Objects.requireNonNull(post, "post");
        partnerCities = List.copyOf(partnerCities);
        topics = List.copyOf(topics);
        translations = translations == null ? List.of() : List.copyOf(translations);
        if (translations.stream().anyMatch(translation -> translation.id().equals(post.id()))) {
            throw new IllegalArgumentException("a post is not one of its own translations");
        }
    }

    /** A post without translations. */
    public PostForEditing(Post post, List<PartnerCity> partnerCities, List<Topic> topics, MediaFile featuredImage) {
        this(post, partnerCities, topics, featuredImage, List.of());
    }

    /** A post without a featured image or translations. */
    public PostForEditing(Post post, List<PartnerCity> partnerCities, List<Topic> topics) {
        this(post, partnerCities, topics, null, List.of());
    }

    public long version() {
        return post.version();
    }

    /** The language the post is written in. */
    public Language language() {
        return post.language();
    }
}
