package org.hrcities.platform.application.service.post;

import java.time.Instant;
import java.util.Objects;
import org.hrcities.platform.application.port.in.city.PartnerCityNotFoundException;
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
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.CommentRepository;
import org.hrcities.platform.application.port.out.DiscussionSettingsRepository;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.Slug;

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
    private final PublishedPosts published;
    private final DiscussionSettingsRepository settings;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public PostReadingService(PostRepository posts, CommentRepository comments, PartnerCityRepository cities,
                              TopicRepository topics, MediaRepository media, DiscussionSettingsRepository settings,
                              TransactionPort transactions, ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.comments = Objects.requireNonNull(comments);
        this.cities = Objects.requireNonNull(cities);
        this.published = new PublishedPosts(comments, cities, topics, media);
        this.settings = Objects.requireNonNull(settings);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Page<PublishedPost> listPublishedPosts(ListPublishedPostsQuery query) {
        return transactions.inTransaction(() -> {
            if (query.partnerCity() == null) {
                return published.of(posts.findPublished(query.page()));
            }
            PartnerCity city = cities.findBySlug(query.partnerCity())
                    .orElseThrow(() -> new PartnerCityNotFoundException(query.partnerCity()));
            return published.of(posts.findPublishedByPartnerCity(city.id(), query.page()));
        });
    }

    @Override
    public Page<PublishedPost> searchPublishedPosts(SearchPublishedPostsQuery query) {
        if (query.words().isEmpty()) {
            return Page.empty(query.page());
        }
        return transactions.inTransaction(() -> published.of(posts.searchPublished(query.words(), query.page())));
    }

    @Override
    public PostDetails readPublishedPost(ReadPublishedPostQuery query) {
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Post post = posts.findBySlug(query.slug())
                    .filter(found -> found.isReadableAt(now))
                    .orElseThrow(() -> movedOrNotFound(query.slug(), now));
            return new PostDetails(post, cities.findAllById(post.partnerCities()), published.topicsOf(post),
                    comments.findApprovedByPost(post.id()), settings.load().commentsOpenOn(post, now),
                    published.featuredImageOf(post));
        });
    }

    /** A post that answered at the slug before it moved, if readers may read it; else plain not found. */
    private PostNotFoundException movedOrNotFound(Slug slug, Instant now) {
        return posts.findByFormerSlug(slug)
                .filter(moved -> moved.isReadableAt(now))
                .<PostNotFoundException>map(moved -> new PostMovedException(slug, moved.slug()))
                .orElseGet(() -> new PostNotFoundException(slug));
    }
}
