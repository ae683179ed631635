package org.hrcities.platform.application.service.authoring;

import java.util.Objects;
import java.util.function.Consumer;
import org.hrcities.platform.application.port.in.authoring.DeletePostCommand;
import org.hrcities.platform.application.port.in.authoring.DeletePostUseCase;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingQuery;
import org.hrcities.platform.application.port.in.authoring.ListPostsForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostsForEditing;
import org.hrcities.platform.application.port.in.authoring.PublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.PublishPostUseCase;
import org.hrcities.platform.application.port.in.authoring.ReadPostForEditingUseCase;
import org.hrcities.platform.application.port.in.authoring.SchedulePostCommand;
import org.hrcities.platform.application.port.in.authoring.SchedulePostUseCase;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostCommand;
import org.hrcities.platform.application.port.in.authoring.UnpublishPostUseCase;
import org.hrcities.platform.application.port.out.ClockPort;
import org.hrcities.platform.application.port.out.MediaRepository;
import org.hrcities.platform.application.port.out.PartnerCityRepository;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.application.port.out.TopicRepository;
import org.hrcities.platform.application.port.out.TransactionPort;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;

/**
 * What editors do with posts besides saving them (that is {@link SavePostService}): list, read,
 * publish, schedule, withdraw and delete them. Every change names the version the editor read; a
 * post changed since is refused with {@link ConcurrentUpdateException}, never overwritten.
 *
 * <p>One service for six use cases of the editors that share the loading of a post at the version
 * read: {@link ListPostsForEditingUseCase}, {@link ReadPostForEditingUseCase},
 * {@link PublishPostUseCase}, {@link SchedulePostUseCase}, {@link UnpublishPostUseCase} and
 * {@link DeletePostUseCase}.
 */
public class PostAuthoringService implements ListPostsForEditingUseCase, ReadPostForEditingUseCase,
        PublishPostUseCase, SchedulePostUseCase, UnpublishPostUseCase, DeletePostUseCase {

    private final PostRepository posts;
    private final EditablePosts editable;
    private final TransactionPort transactions;
    private final ClockPort clock;

    public PostAuthoringService(PostRepository posts, PartnerCityRepository cities, TopicRepository topics,
                                MediaRepository media, TransactionPort transactions, ClockPort clock) {
        this.posts = Objects.requireNonNull(posts);
        this.editable = new EditablePosts(posts, cities, topics, media);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public PostsForEditing listPostsForEditing(ListPostsForEditingQuery query) {
        return transactions.inTransaction(() -> new PostsForEditing(
                posts.findForEditing(query.languageOrNull(), query.status(), query.words(), query.page()), posts.countByStatus()));
    }

    @Override
    public PostForEditing readPostForEditing(PostId id) {
        Objects.requireNonNull(id, "id");
        return transactions.inTransaction(() -> editable.reload(id));
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
        transactions.inTransaction(() -> posts.delete(editable.loadAt(command.id(), command.expectedVersion())));
    }

    private PostForEditing change(PostId id, long expectedVersion, Consumer<Post> change) {
        return transactions.inTransaction(() -> {
            Post post = editable.loadAt(id, expectedVersion);
            change.accept(post);
            posts.save(post);
            return editable.reload(id);
        });
    }
}
