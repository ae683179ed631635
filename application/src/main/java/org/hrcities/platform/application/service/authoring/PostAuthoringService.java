package org.hrcities.platform.application.service.authoring;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.hrcities.platform.application.port.in.authoring.CreatePostCommand;
import org.hrcities.platform.application.port.in.authoring.CreatePostUseCase;
import org.hrcities.platform.application.port.in.authoring.DeletePostCommand;
import org.hrcities.platform.application.port.in.authoring.DeletePostUseCase;
import org.hrcities.platform.application.port.in.authoring.EditPostCommand;
import org.hrcities.platform.application.port.in.authoring.EditPostUseCase;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.PublishDuePostsUseCase;
import org.hrcities.platform.application.port.in.authoring.PublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.PublishPostUseCase;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.SchedulePostCommand;
import org.hrcities.platform.application.port.in.authoring.SchedulePostUseCase;
import org.hrcities.platform.application.port.in.authoring.UnknownPostException;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.city.PartnerCity;
import org.hrcities.platform.domain.city.PartnerCityId;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.Slug;
import org.hrcities.platform.domain.shared.SlugAlreadyTakenException;

/**
 * What editors do with posts: list, read, write, publish, schedule, withdraw and delete them, and
 * the scheduler's publication of the posts whose time has come. Every change names the version the
 * editor read; a post changed since is refused with {@link ConcurrentUpdateException}, never
 * overwritten.
 */
public class PostAuthoringService implements ListPostsForEditingUseCase, ReadPostForEditingUseCase, CreatePostUseCase,
        EditPostUseCase, PublishPostUseCase, SchedulePostUseCase, UnpublishPostUseCase, DeletePostUseCase,
        PublishDuePostsUseCase {

    /** How many numbered variants of a derived slug ({@code title-2} ...) are tried before giving up. */
    static final int MAX_DERIVED_SLUG_ATTEMPTS = 100;

    private final PostRepository posts;
    private final PartnerCityRepository cities;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public PostAuthoringService(PostRepository posts, PartnerCityRepository cities, TransactionPort transactions,
                                ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.cities = Objects.requireNonNull(cities);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public PostsForEditing listPostsForEditing(ListPostsForEditingQuery query) {
        return transactions.inTransaction(() -> new PostsForEditing(
                posts.findForEditing(query.status(), query.words(), query.page()), posts.countByStatus()));
    }

    @Override
    public PostForEditing readPostForEditing(PostId id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> forEditing(load(id)));
    }

    @Override
    public PostForEditing createPost(CreatePostCommand command) {
        PostInput input = command.post();
        return transactions.inTransaction(() -> {
            requireKnownCities(input.partnerCities());
            PostId id = PostId.generate();
            Slug slug = input.slugOrNull() != null ? input.slugOrNull() : freeSlugFor(input.title());
            claimSlug(id, slug);
            Post post = Post.draft(id, slug, input.content(), input.authorName(), input.partnerCities(),
                    input.commentsOpen(), clock.now());
            posts.save(post);
            return forEditing(load(id));
        });
    }

    @Override
    public PostForEditing editPost(EditPostCommand command) {
        PostInput input = command.post();
        return transactions.inTransaction(() -> {
            Post post = loadAt(command.id(), command.expectedVersion());
            requireKnownCities(input.partnerCities());
            Slug slug = input.slugOrNull() != null ? input.slugOrNull() : post.slug();
            if (!slug.equals(post.slug())) {
                claimSlug(post.id(), slug);
            }
            post.edit(input.content(), slug, input.authorName(), input.partnerCities(), input.commentsOpen(), clock.now());
            posts.save(post);
            return forEditing(load(post.id()));
        });
    }

    @Override
    public PostForEditing publishPost(PublishPostCommand command) {
        return change(command.id(), command.expectedVersion(), post -> post.publish(clock.now()));
    }

    @Override
    public PostForEditing schedulePost(SchedulePostCommand command) {
        return change(command.id(), command.expectedVersion(), post -> post.schedule(command.publishAt(), clock.now()));
    }

    @Override
    public PostForEditing unpublishPost(UnpublishPostCommand command) {
        return change(command.id(), command.expectedVersion(), post -> post.unpublish(clock.now()));
    }

    @Override
    public void deletePost(DeletePostCommand command) {
        transactions.inTransaction(() -> posts.delete(loadAt(command.id(), command.expectedVersion())));
    }

    @Override
    public int publishDuePosts() {
        Instant now = clock.now();
        List<PostId> due = transactions.inTransaction(() -> posts.findDueScheduled(now, BATCH_SIZE).stream()
                .map(Post::id).toList());
        int published = 0;
        for (PostId id : due) {
            try {
                boolean done = transactions.inTransaction(() -> {
                    Post post = posts.findById(id).orElse(null);
                    if (post == null || !post.publishIfDue(now)) {
                        return false;
                    }
                    posts.save(post);
                    return true;
                });
                published += done ? 1 : 0;
            } catch (ConcurrentUpdateException e) {
                // an editor changed the post meanwhile: the next call sees what they made of it
            }
        }
        return published;
    }

    private PostForEditing change(PostId id, long expectedVersion, Consumer<Post> change) {
        return transactions.inTransaction(() -> {
            Post post = loadAt(id, expectedVersion);
            change.accept(post);
            posts.save(post);
            return forEditing(load(id));
        });
    }

    private Post load(PostId id) {
        return posts.findById(id).orElseThrow(() -> new UnknownPostException(id));
    }

    /** The post as the editor read it, or a refusal if it has changed since. */
    private Post loadAt(PostId id, long expectedVersion) {
        Post post = load(id);
        if (post.version() != expectedVersion) {
            throw new ConcurrentUpdateException("post", id);
        }
        return post;
    }

    private PostForEditing forEditing(Post post) {
        return new PostForEditing(post, cities.findAllById(post.partnerCities()));
    }

    private void requireKnownCities(List<PartnerCityId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<PartnerCityId> known = new HashSet<>(cities.findAllById(ids).stream().map(PartnerCity::id).toList());
        for (PartnerCityId id : ids) {
            if (!known.contains(id)) {
                throw new InvalidValueException("partnerCities", "no partner city has the id " + id);
            }
        }
    }

    /**
     * Lets the post with {@code id} answer at {@code slug}: refused when it is another post's slug;
     * when it is another post's former slug, the new owner wins and that redirect goes.
     */
    private void claimSlug(PostId id, Slug slug) {
        if (posts.findBySlug(slug).filter(owner -> !owner.id().equals(id)).isPresent()) {
            throw new SlugAlreadyTakenException("post", slug);
        }
        posts.findByFormerSlug(slug).filter(owner -> !owner.id().equals(id)).ifPresent(formerOwner -> {
            formerOwner.dropFormerSlug(slug);
            posts.save(formerOwner);
        });
    }

    /** The slug derived from the title, numbered ({@code -2}, {@code -3} ...) past slugs in use, current or former. */
    private Slug freeSlugFor(String title) {
        Slug base = Slug.fromTitle(title);
        for (int n = 1; n <= MAX_DERIVED_SLUG_ATTEMPTS; n++) {
            Slug candidate = n == 1 ? base : new Slug(base.value() + "-" + n);
            if (posts.findBySlug(candidate).isEmpty() && posts.findByFormerSlug(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new SlugAlreadyTakenException("post", base);
    }
}
