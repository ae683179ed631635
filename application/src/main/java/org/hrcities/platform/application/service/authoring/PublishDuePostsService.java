package org.hrcities.platform.application.service.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hrcities.platform.application.port.in.authoring.PublishDuePostsUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * The scheduler's publication of the scheduled posts whose time has come: one transaction to find
 * them, then one per post, so that a post an editor changes meanwhile holds back no other.
 */
public class PublishDuePostsService implements PublishDuePostsUseCase {

    private final PostRepository posts;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public PublishDuePostsService(PostRepository posts, TransactionPort transactions, ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
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
}
