package org.hrcities.platform.application.service.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
import org.hrcities.platform.application.port.in.post.FoundPost;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.ListPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.post.PostDetails;
import org.hrcities.platform.application.port.in.post.PostMovedException;
import org.hrcities.platform.application.port.in.post.PostNotFoundException;
import org.hrcities.platform.application.port.in.post.PublishedPost;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostQuery;
import org.hrcities.platform.application.port.in.post.ReadPublishedPostUseCase;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsQuery;
import org.hrcities.platform.application.port.in.post.SearchPublishedPostsUseCase;
import org.hrcities.platform.application.port.in.topic.TopicNotFoundException;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.PostSearchHit;
import org.hrcities.platform.application.port.out.PostSearchPort;
import org.hrcities.platform.application.port.out.PostSearchQuery;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.search.Snippet;
import org.hrcities.platform.domain.shared.Language;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.topic.TopicId;

/**
 * Reads published posts for visitors. A scheduled post whose time has come is readable at its slug
 * at once, before the scheduler ({@code PublishDuePostsUseCase}, every few seconds) publishes it and
 * it joins the lists: the lists read the index of published posts and their stored total, which
 * only publication changes.
 *
 * <p>One service for the three use cases of visitors reading posts, which share the loading of
 * cities, topics and comment counts ({@link PublishedPosts}): {@link ListPublishedPostsUseCase},
 * {@link ReadPublishedPostUseCase} and {@link SearchPublishedPostsUseCase}.
 */
public class PostReadingService implements ListPublishedPostsUseCase, ReadPublishedPostUseCase,
        SearchPublishedPostsUseCase {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final PartnerCityRepository cities;
    private final TopicRepository topics;
    private final PostSearchPort search;
    private final PublishedPosts published;
    private final DiscussionSettingsRepository settings;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public PostReadingService(PostRepository posts, PostSearchPort search, CommentRepository comments,
                              PartnerCityRepository cities, TopicRepository topics, MediaRepository media,
                              DiscussionSettingsRepository settings, TransactionPort transactions, ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.search = Objects.requireNonNull(search);
        this.comments = Objects.requireNonNull(comments);
        this.cities = Objects.requireNonNull(cities);
        this.topics = Objects.requireNonNull(topics);
        this.published = new PublishedPosts(posts, comments, cities, topics, media);
        this.settings = Objects.requireNonNull(settings);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<PublishedPost> listPublishedPosts(ListPublishedPostsQuery query) {
        return transactions.inTransaction(() -> {
            if (query.partnerCity() == null) {
                return published.of(posts.findPublished(query.language(), query.page()));
            }
            PartnerCity city = cities.findBySlug(query.partnerCity())
                    .orElseThrow(() -> new PartnerCityNotFoundException(query.partnerCity()));
            return published.of(posts.findPublishedByPartnerCity(query.language(), city.id(), query.page()));
        });
    }

    /**
     * Asks the search port for the page of hits, then reads those posts; a hit whose post is no longer
     * published (changed since the search read its index) is left out of the page.
     */
    @Override
    public Page<FoundPost> searchPublishedPosts(SearchPublishedPostsQuery query) {
        if (query.terms().isEmpty()) {
            return Page.empty(query.page());
        }
        return transactions.inTransaction(() -> {
            PartnerCityId city = query.partnerCityOrNull() == null ? null : cities.findBySlug(query.partnerCityOrNull())
                    .orElseThrow(() -> new PartnerCityNotFoundException(query.partnerCityOrNull())).id();
            TopicId topic = query.topicOrNull() == null ? null : topics.findBySlug(query.topicOrNull())
                    .orElseThrow(() -> new TopicNotFoundException(query.topicOrNull())).id();
            Page<PostSearchHit> hits = search.search(new PostSearchQuery(query.terms(), city, topic, query.languageOrNull(),
                    query.page()));
            Map<PostId, Snippet> snippets = hits.items().stream()
                    .collect(Collectors.toMap(PostSearchHit::post, PostSearchHit::snippet, (first, second) -> first));
            List<Post> found = hits.items().stream().map(hit -> posts.findById(hit.post())).flatMap(Optional::stream)
                    .filter(Post::isPublished).toList();
            return published.of(new Page<>(found, hits.request(), Math.max(hits.totalItems(), found.size())))
                    .map(post -> new FoundPost(post, snippets.get(post.post().id())));
        });
    }

    @Override
    public PostDetails readPublishedPost(ReadPublishedPostQuery query) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Post post = posts.findBySlug(query.language(), query.slug())
                    .filter(found -> found.isReadableAt(now))
                    .orElseThrow(() -> movedOrNotFound(query.language(), query.slug(), now));
            return new PostDetails(post, cities.findAllById(post.partnerCities()), published.topicsOf(post),
                    comments.findApprovedByPost(post.id()), settings.load().commentsOpenOn(post, now),
                    published.featuredImageOf(post), published.translationsOf(post));
        });
    }

    /**
     * A post in the language that answered at the slug before it moved, if readers may read it; else plain
     * not found.
     */
    private PostNotFoundException movedOrNotFound(Language language, Slug slug, Instant now) {
        return posts.findByFormerSlug(language, slug)
                .filter(moved -> moved.isReadableAt(now))
                .<PostNotFoundException>map(moved -> new PostMovedException(language, slug, moved.slug()))
                .orElseGet(() -> new PostNotFoundException(slug));
    }
}
