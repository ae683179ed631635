package org.hrcities.platform.application.service.post;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.PublishedTranslation;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.media.FeaturedImage;
import org.hrcities.platform.domain.media.MediaFile;
import org.hrcities.platform.domain.media.MediaId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.topic.Topic;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Makes a page of published posts what visitors' lists show, inside the caller's transaction: each
 * post with its partner cities and topics, in the post's order (one that no longer exists is left
 * out), its number of approved comments, its featured image's media file and its published translations;
 * five reads for the whole page. Shared by the services
 * that list posts: all of them, a search's, a topic's.
 */
public final class PublishedPosts {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final PartnerCityRepository cities;
    private final TopicRepository topics;
    private final MediaRepository media;

    public PublishedPosts(PostRepository posts, CommentRepository comments, PartnerCityRepository cities,
                          TopicRepository topics, MediaRepository media) {
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.cities = Objects.requireNonNull(cities);
        this.topics = Objects.requireNonNull(topics);
        this.media = Objects.requireNonNull(media);
    }

    /** The posts of {@code page}, each with its cities, topics and approved comment count. */
    public Page<PublishedPost> of(Page<Post> page) {
        List<PostId> ids = page.items().stream().map(Post::id).toList();
        Map<PostId, Long> counts = comments.countApprovedByPost(ids);
        Map<PartnerCityId, PartnerCity> tagged = byId(page.items(), Post::partnerCities, cities::findAllById, PartnerCity::id);
        Map<TopicId, Topic> filed = byId(page.items(), Post::topics, topics::findAllById, Topic::id);
        Map<MediaId, MediaFile> images = byId(page.items(), post -> post.featuredImage().map(FeaturedImage::media).stream()
                .toList(), media::findAllById, MediaFile::id);
        Map<PostId, List<Post>> groups = page.items().isEmpty() ? Map.of() : posts.findPublishedOfGroups(
                page.items().stream().map(Post::translationGroup).distinct().toList()).stream()
                .collect(Collectors.groupingBy(Post::translationGroup));
        return page.map(post -> new PublishedPost(post, inOrder(post.partnerCities(), tagged), inOrder(post.topics(), filed),
                counts.getOrDefault(post.id(), 0L), post.featuredImage().map(image -> images.get(image.media()))
                .orElse(null), translations(post, groups.getOrDefault(post.translationGroup(), List.of()))));
    }

    /** The published posts of the post's translation group in other languages, by language code. */
    public List<PublishedTranslation> translationsOf(Post post) {
        return translations(post, posts.findTranslations(post.translationGroup()));
    }

    private static List<PublishedTranslation> translations(Post post, List<Post> group) {
        return group.stream()
                .filter(member -> member.isPublished() && !member.id().equals(post.id()))
                .sorted(Comparator.comparing(Post::language))
                .map(PublishedTranslation::of)
                .toList();
    }

    /** The media file of the post's featured image, or null when it has none or the file is gone. */
    public MediaFile featuredImageOf(Post post) {
        return post.featuredImage().flatMap(image -> media.findById(image.media())).orElse(null);
    }

    /** The topics the post is filed under, in its order; those that no longer exist are left out. */
    public List<Topic> topicsOf(Post post) {
        return topics.findAllById(post.topics());
    }

    private static <I, T> Map<I, T> byId(List<Post> posts, Function<Post, List<I>> ids,
                                         Function<Collection<I>, List<T>> load, Function<T, I> idOf) {
        List<I> wanted = posts.stream().flatMap(post -> ids.apply(post).stream()).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return load.apply(wanted).stream().collect(Collectors.toMap(idOf, Function.identity()));
    }

    private static <I, T> List<T> inOrder(List<I> ids, Map<I, T> found) {
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
