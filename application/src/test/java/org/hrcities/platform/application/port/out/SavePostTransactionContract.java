package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hrcities.platform.application.port.in.authoring.AfterSaving;
import org.hrcities.platform.application.port.in.authoring.PostForEditing;
import org.hrcities.platform.application.port.in.authoring.PostInput;
import org.hrcities.platform.application.port.in.authoring.SavePostCommand;
import org.hrcities.platform.application.service.authoring.SavePostService;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.post.PostStateException;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.InvalidValueException;
import org.hrcities.platform.domain.shared.SiteLanguages;
import org.hrcities.platform.domain.shared.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Save and publish" is one transaction, on every storage adapter: when the step after saving is
 * refused, or a write fails, nothing of the change is stored. Each test first lets the save take a
 * slug over from another post's former slugs, so that the change has written something (that post,
 * without the redirect) before the part that fails: only the transaction can undo it.
 */
public abstract class SavePostTransactionContract extends StorageContract {

    private static final Slug TAKEN_OVER = new Slug("taken-over");

    /** A published post that had the slug {@code taken-over} and moved on: that slug still leads to it. */
    private Post formerOwner;

    @BeforeEach
    void storeAPostThatMovedAwayFromTheSlug() {
        Post post = PostFixtures.aPublishedPost(TAKEN_OVER.value(), T0.minusSeconds(3600));
        post.changeSlug(new Slug("moved-on"));
        inTx(() -> storage.posts().save(post));
        formerOwner = storedPost(post.id());
    }

    private SavePostService service(PostRepository posts) {
        return new SavePostService(posts, storage.cities(), storage.topics(), storage.media(), storage.transactions(), () -> T0, SiteLanguages.parse("en,fr,de"));
    }

    private SavePostService service() {
        return service(storage.posts());
    }

    private Post storedDraft() {
        Post draft = PostFixtures.aDraftPost();
        inTx(() -> storage.posts().save(draft));
        return storedPost(draft.id());
    }

    private Post storedPost(PostId id) {
        return inTx(() -> storage.posts().findById(id)).orElseThrow();
    }

    private static PostInput takingOver(String title, String body) {
        return new PostInput(title, "", body, TAKEN_OVER.value(), List.of(), true, "Anna Editor");
    }

    /** The post that had the slug is as it was: the slug still leads to it, at its version. */
    private void assertFormerOwnerUntouched() {
        Post now = storedPost(formerOwner.id());
        assertEquals(Set.of(TAKEN_OVER), now.formerSlugs(), "the slug still leads to the post that had it");
        assertEquals(formerOwner.version(), now.version());
        assertEquals(Optional.of(formerOwner.id()),
                inTx(() -> storage.posts().findByFormerSlug(PostFixtures.ENGLISH, TAKEN_OVER)).map(Post::id));
    }

    private void assertDraftUntouched(Post draft) {
        Post now = storedPost(draft.id());
        assertEquals(PostStatus.DRAFT, now.status());
        assertEquals(draft.title(), now.title());
        assertEquals(draft.slug(), now.slug());
        assertEquals(draft.version(), now.version());
        assertEquals(1, inTx(() -> storage.posts().countByStatus()).getOrDefault(PostStatus.PUBLISHED, 0L),
                "the post that moved away is the only published one");
    }

    @Test
    void publishes_nothing_when_saving_fails() {
        Post draft = storedDraft();
        IllegalStateException failure = new IllegalStateException("the write of the post failed");
        PostRepository failingOnTheDraft = failingToSave(draft.id(), failure);

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> service(failingOnTheDraft)
                .savePost(SavePostCommand.storedPost(draft.id(), draft.version(), takingOver("Published?", "Body."),
                        AfterSaving.publishNow())));

        assertSame(failure, thrown);
        assertDraftUntouched(draft);
        assertFormerOwnerUntouched();
    }

    @Test
    void saves_nothing_of_an_edit_when_publishing_is_refused() {
        Post draft = storedDraft();

        assertThrows(PostStateException.class, () -> service().savePost(SavePostCommand.storedPost(draft.id(),
                draft.version(), takingOver("Without a body", ""), AfterSaving.publishNow())));

        assertDraftUntouched(draft);
        assertEquals(draft.content(), storedPost(draft.id()).content(), "the body it had is kept");
        assertFormerOwnerUntouched();
    }

    @Test
    void stores_no_new_post_when_scheduling_it_is_refused() {
        long before = inTx(() -> storage.posts().count());

        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> service().savePost(
                SavePostCommand.newPost(takingOver("Yesterday", "Body."), AfterSaving.scheduleAt(T0.minusSeconds(60)))));

        assertEquals("publishAt", refused.field());
        assertEquals(before, inTx(() -> storage.posts().count()));
        assertFormerOwnerUntouched();
    }

    @Test
    void stores_an_edit_and_its_publication_together() {
        Post draft = storedDraft();

        PostForEditing saved = service().savePost(SavePostCommand.storedPost(draft.id(), draft.version(),
                takingOver("Published now", "Body."), AfterSaving.publishNow()));

        Post stored = storedPost(draft.id());
        assertEquals(saved.version(), stored.version());
        assertEquals(PostStatus.PUBLISHED, stored.status());
        assertEquals(Optional.of(T0), stored.publishedAt());
        assertEquals("Published now", stored.title());
        assertEquals(TAKEN_OVER, stored.slug());
        assertEquals(Set.of(), storedPost(formerOwner.id()).formerSlugs(), "the new owner wins the slug");
        assertEquals(2, inTx(() -> storage.posts().countByStatus()).get(PostStatus.PUBLISHED));
    }

    /** The adapter's post repository, but saving the post with {@code id} fails with {@code failure}. */
    private PostRepository failingToSave(PostId id, RuntimeException failure) {
        PostRepository posts = storage.posts();
        return (PostRepository) Proxy.newProxyInstance(PostRepository.class.getClassLoader(),
                new Class<?>[] {PostRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("save") && ((Post) args[0]).id().equals(id)) {
                        throw failure;
                    }
                    try {
                        return method.invoke(posts, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
