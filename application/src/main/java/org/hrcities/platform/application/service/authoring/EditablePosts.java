package org.hrcities.platform.application.service.authoring;

import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.TranslationSummary;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * The posts as the editors' services load them, inside the caller's transaction: by id in any
 * status, at the version the editor read, and with the partner cities they are tagged with and the
 * topics they are filed under, and the other posts of their translation group.
 */
final class EditablePosts {

    private final PostRepository posts;
    private final PartnerCityRepository cities;
    private final TopicRepository topics;
    private final MediaRepository media;

    EditablePosts(PostRepository posts, PartnerCityRepository cities, TopicRepository topics, MediaRepository media) {
        this.posts = Objects.requireNonNull(posts);
        this.cities = Objects.requireNonNull(cities);
        this.topics = Objects.requireNonNull(topics);
        this.media = Objects.requireNonNull(media);
    }

    Post load(PostId id) {
        return posts.findById(id).orElseThrow(() -> new PostNotFoundException(id));
    }

    /** The post as the editor read it, or a refusal if it has changed since. */
    Post loadAt(PostId id, long expectedVersion) {
        Post post = load(id);
        if (post.version() != expectedVersion) {
            throw new ConcurrentUpdateException("post", id);
        }
        return post;
    }

    /** The post as stored now, with its cities and topics: what an editor sees after a change. */
    PostForEditing reload(PostId id) {
        return forEditing(load(id));
    }

    PostForEditing forEditing(Post post) {
        List<TranslationSummary> translations = posts.findTranslations(post.translationGroup()).stream()
                .filter(member -> !member.id().equals(post.id())).map(TranslationSummary::of).toList();
        return new PostForEditing(post, cities.findAllById(post.partnerCities()), topics.findAllById(post.topics()),
                post.featuredImage().flatMap(image -> media.findById(image.media())).orElse(null), translations);
    }
}
