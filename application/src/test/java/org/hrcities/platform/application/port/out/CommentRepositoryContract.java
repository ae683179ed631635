package org.hrcities.platform.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.domain.comment.Comment;
import org.hrcities.platform.domain.comment.CommentFixtures;
import org.hrcities.platform.domain.comment.CommentHasRepliesException;
import org.hrcities.platform.domain.comment.CommentId;
import org.hrcities.platform.domain.comment.CommentText;
import org.hrcities.platform.domain.comment.Commenter;
import org.hrcities.platform.domain.comment.EmailAddress;
import org.hrcities.platform.domain.comment.ModerationStatus;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostFixtures;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.ConcurrentUpdateException;
import org.hrcities.platform.domain.shared.Page;
import org.hrcities.platform.domain.shared.PageRequest;
import org.hrcities.platform.domain.shared.WebsiteUrl;
import org.junit.jupiter.api.Test;

/** What every {@link CommentRepository} must do. */
public abstract class CommentRepositoryContract extends StorageContract {

    private Post storedPost() {
        Post post = PostFixtures.aPublishedPost();
        inTx(() -> storage.posts().save(post));
        return post;
    }

    @Test
    void stores_a_comment_and_finds_it_with_every_field() {
        Post post = storedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, T0);
        Comment reply = CommentFixtures.anApprovedReply(post, parent, T0.plusSeconds(90));
        inTx(() -> {
            storage.comments().save(parent);
            storage.comments().save(reply);
        });

        Comment found = inTx(() -> storage.comments().findById(parent.id())).orElseThrow();
        assertEquals(parent.postId(), found.postId());
        assertEquals(parent.commenter(), found.commenter());
        assertEquals(parent.commenter().email().value(), found.commenter().email().value());
        assertEquals(parent.text(), found.text());
        assertEquals(T0, found.submittedAt());
        assertEquals(ModerationStatus.APPROVED, found.status());
        assertEquals(Optional.empty(), found.parentId());
        assertEquals(1, found.depth());
        assertTrue(found.version() > 0);

        Comment foundReply = inTx(() -> storage.comments().findById(reply.id())).orElseThrow();
        assertEquals(Optional.of(parent.id()), foundReply.parentId());
        assertEquals(2, foundReply.depth());
        assertEquals(Optional.empty(), foundReply.commenter().websiteIfGiven());
    }

    @Test
    void finds_nothing_for_an_unknown_id() {
        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(CommentId.generate())));
    }

    @Test
    void lists_only_the_approved_comments_of_the_post_oldest_first() {
        Post post = storedPost();
        Post otherPost = storedPost();
        Comment second = CommentFixtures.anApprovedComment(post, T0.plusSeconds(20));
        Comment first = CommentFixtures.anApprovedComment(post, T0.plusSeconds(10));
        Comment pending = CommentFixtures.aPendingComment(post, T0.plusSeconds(5));
        Comment spam = CommentFixtures.aPendingComment(post, T0.plusSeconds(6));
        spam.markAsSpam();
        Comment trashed = CommentFixtures.anApprovedComment(post, T0.plusSeconds(7));
        trashed.moveToTrash();
        Comment onOtherPost = CommentFixtures.anApprovedComment(otherPost, T0);
        inTx(() -> List.of(second, first, pending, spam, trashed, onOtherPost).forEach(storage.comments()::save));

        assertEquals(List.of(first.id(), second.id()),
                inTx(() -> storage.comments().findApprovedByPost(post.id())).stream().map(Comment::id).toList());
        assertEquals(6, inTx(() -> storage.comments().count()));
    }

    @Test
    void pages_through_the_approved_comments_of_a_post_with_totals() {
        Post post = storedPost();
        List<Comment> approved = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            approved.add(CommentFixtures.anApprovedComment(post, T0.plusSeconds(i)));
        }
        inTx(() -> approved.forEach(storage.comments()::save));

        Page<Comment> second = inTx(() -> storage.comments().findApprovedByPost(post.id(), new PageRequest(2, 5)));
        assertEquals(12, second.totalItems());
        assertEquals(approved.subList(5, 10).stream().map(Comment::id).toList(),
                second.items().stream().map(Comment::id).toList());
    }

    @Test
    void counts_the_approved_comments_per_post_including_posts_without_any() {
        Post busy = storedPost();
        Post quiet = storedPost();
        inTx(() -> {
            storage.comments().save(CommentFixtures.anApprovedComment(busy, T0));
            storage.comments().save(CommentFixtures.anApprovedComment(busy, T0.plusSeconds(1)));
            storage.comments().save(CommentFixtures.aPendingComment(busy, T0.plusSeconds(2)));
            storage.comments().save(CommentFixtures.aPendingComment(quiet, T0));
        });
        Map<PostId, Long> counts = inTx(() -> storage.comments().countApprovedByPost(List.of(busy.id(), quiet.id())));
        assertEquals(Map.of(busy.id(), 2L, quiet.id(), 0L), counts);
        assertEquals(Map.of(), inTx(() -> storage.comments().countApprovedByPost(List.of())));
    }

    @Test
    void refuses_a_new_comment_whose_id_is_taken_and_keeps_the_stored_one() {
        Post post = storedPost();
        Comment first = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> storage.comments().save(first));
        Comment sameId = Comment.submit(post, first.id(), CommentFixtures.aCommenterWithoutWebsite(),
                new CommentText("Another text under a taken id"), null, T0.plusSeconds(1));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.comments().save(sameId)));

        Comment stored = inTx(() -> storage.comments().findById(first.id())).orElseThrow();
        assertEquals(first.text(), stored.text());
        assertEquals(first.commenter(), stored.commenter());
    }

    @Test
    void stores_a_moderation_decision_and_refuses_a_stale_one() {
        Post post = storedPost();
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> storage.comments().save(comment));
        Comment moderatorA = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
        Comment moderatorB = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();

        moderatorA.approve();
        inTx(() -> storage.comments().save(moderatorA));
        moderatorB.markAsSpam();
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.comments().save(moderatorB)));
        assertEquals(ModerationStatus.APPROVED, inTx(() -> storage.comments().findById(comment.id())).orElseThrow().status());
    }

    @Test
    void refuses_a_comment_on_a_post_that_is_not_stored() {
        Post unsaved = PostFixtures.aPublishedPost();
        Comment orphan = CommentFixtures.aPendingComment(unsaved, T0);
        assertThrows(IllegalArgumentException.class, () -> inTx(() -> storage.comments().save(orphan)));
        assertEquals(0, inTx(() -> storage.comments().count()));
    }

    @Test
    void deletes_a_comment_for_good() {
        Post post = storedPost();
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> storage.comments().save(comment));
        Comment stored = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();

        inTx(() -> storage.comments().delete(stored));

        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(comment.id())));
        assertEquals(0, inTx(() -> storage.comments().count()));
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.comments().delete(stored)));
    }

    @Test
    void refuses_to_delete_a_comment_that_others_answer_until_the_replies_are_gone() {
        Post post = storedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, T0);
        Comment reply = CommentFixtures.anApprovedReply(post, parent, T0.plusSeconds(1));
        inTx(() -> {
            storage.comments().save(parent);
            storage.comments().save(reply);
        });
        Comment storedParent = inTx(() -> storage.comments().findById(parent.id())).orElseThrow();

        assertThrows(CommentHasRepliesException.class, () -> inTx(() -> storage.comments().delete(storedParent)));
        assertEquals(2, inTx(() -> storage.comments().count()));

        inTx(() -> storage.comments().delete(storage.comments().findById(reply.id()).orElseThrow()));
        inTx(() -> storage.comments().delete(storedParent));
        assertEquals(0, inTx(() -> storage.comments().count()));
    }

    @Test
    void refuses_to_delete_a_stale_copy() {
        Post post = storedPost();
        Comment comment = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> storage.comments().save(comment));
        Comment stale = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
        Comment fresh = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
        fresh.approve();
        inTx(() -> storage.comments().save(fresh));

        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.comments().delete(stale)));
        assertEquals(ModerationStatus.APPROVED, inTx(() -> storage.comments().findById(comment.id())).orElseThrow().status());
    }

    private static Comment comment(Post post, Commenter commenter, String text, String address, Instant at,
                                   ModerationStatus status) {
        Comment comment = Comment.submit(post, CommentId.generate(), commenter, new CommentText(text), null, address, at);
        switch (status) {
            case APPROVED -> comment.approve();
            case SPAM -> comment.markAsSpam();
            case TRASH -> comment.moveToTrash();
            default -> {
            }
        }
        return comment;
    }

    private static Commenter commenter(String name, String email, String website) {
        return new Commenter(name, EmailAddress.parse(email), website == null ? null : new WebsiteUrl(website));
    }

    private static List<CommentId> ids(Page<Comment> page) {
        return page.items().stream().map(Comment::id).toList();
    }

    @Test
    void keeps_the_sender_address_or_its_absence() {
        Post post = storedPost();
        Comment withAddress = comment(post, CommentFixtures.aCommenter(), "Hi", "2001:db8::ff00:42:8329", T0,
                ModerationStatus.PENDING);
        Comment without = CommentFixtures.aPendingComment(post, T0);
        inTx(() -> {
            storage.comments().save(withAddress);
            storage.comments().save(without);
        });
        assertEquals(Optional.of("2001:db8::ff00:42:8329"),
                inTx(() -> storage.comments().findById(withAddress.id())).orElseThrow().senderAddress());
        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(without.id())).orElseThrow().senderAddress());
    }

    @Test
    void lists_comments_for_moderation_by_status_or_all_newest_first_with_totals() {
        Post post = storedPost();
        Post otherPost = storedPost();
        Comment oldPending = comment(post, CommentFixtures.aCommenter(), "old", null, T0, ModerationStatus.PENDING);
        Comment newPending = comment(otherPost, CommentFixtures.aCommenter(), "new", null, T0.plusSeconds(30), ModerationStatus.PENDING);
        Comment approved = comment(post, CommentFixtures.aCommenter(), "ok", null, T0.plusSeconds(10), ModerationStatus.APPROVED);
        Comment spam = comment(post, CommentFixtures.aCommenter(), "buy", null, T0.plusSeconds(20), ModerationStatus.SPAM);
        Comment trash = comment(otherPost, CommentFixtures.aCommenter(), "bin", null, T0.plusSeconds(40), ModerationStatus.TRASH);
        inTx(() -> List.of(oldPending, newPending, approved, spam, trash).forEach(storage.comments()::save));

        PageRequest all = PageRequest.first(10);
        assertEquals(List.of(newPending.id(), oldPending.id()),
                ids(inTx(() -> storage.comments().findForModeration(CommentFilter.inStatus(ModerationStatus.PENDING), all))));
        assertEquals(List.of(spam.id()),
                ids(inTx(() -> storage.comments().findForModeration(CommentFilter.inStatus(ModerationStatus.SPAM), all))));
        assertEquals(List.of(trash.id(), newPending.id(), spam.id(), approved.id(), oldPending.id()),
                ids(inTx(() -> storage.comments().findForModeration(new CommentFilter(null, null, null), all))));
        assertEquals(List.of(spam.id(), approved.id(), oldPending.id()),
                ids(inTx(() -> storage.comments().findForModeration(new CommentFilter(null, post.id(), null), all))));
        assertEquals(List.of(oldPending.id()), ids(inTx(() -> storage.comments()
                .findForModeration(new CommentFilter(ModerationStatus.PENDING, post.id(), null), all))));

        Page<Comment> second = inTx(() -> storage.comments().findForModeration(new CommentFilter(null, null, null),
                new PageRequest(2, 2)));
        assertEquals(5, second.totalItems());
        assertEquals(List.of(spam.id(), approved.id()), ids(second));
        Page<Comment> beyond = inTx(() -> storage.comments().findForModeration(new CommentFilter(null, null, null),
                new PageRequest(4, 2)));
        assertEquals(5, beyond.totalItems());
        assertEquals(List.of(), beyond.items());
    }

    @Test
    void breaks_ties_of_the_same_instant_by_id_descending() {
        Post post = storedPost();
        List<Comment> sameInstant = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sameInstant.add(comment(post, CommentFixtures.aCommenter(), "tie " + i, null, T0, ModerationStatus.PENDING));
        }
        inTx(() -> sameInstant.forEach(storage.comments()::save));
        List<CommentId> listed = ids(inTx(() -> storage.comments()
                .findForModeration(CommentFilter.inStatus(ModerationStatus.PENDING), PageRequest.first(10))));
        List<CommentId> byPages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            int p = page;
            byPages.addAll(ids(inTx(() -> storage.comments()
                    .findForModeration(CommentFilter.inStatus(ModerationStatus.PENDING), new PageRequest(p, 2)))));
        }
        assertEquals(listed, byPages, "pages neither repeat nor skip comments of the same instant");
        assertEquals(6, listed.stream().distinct().count());
    }

    @Test
    void searches_name_email_website_and_content_ignoring_case_and_wildcards() {
        Post post = storedPost();
        Comment byName = comment(post, commenter("Zoë Quartermaine", "zq@example.org", null), "Hello", null, T0,
                ModerationStatus.PENDING);
        Comment byEmail = comment(post, commenter("Bo", "Special.Person@example.net", null), "Hello", null,
                T0.plusSeconds(1), ModerationStatus.APPROVED);
        Comment byWebsite = comment(post, commenter("Cy", "cy@example.org", "https://cycling-club.example"), "Hi",
                null, T0.plusSeconds(2), ModerationStatus.SPAM);
        Comment byContent = comment(post, commenter("Di", "di@example.org", null), "We got 100% of the QUARTER done",
                null, T0.plusSeconds(3), ModerationStatus.TRASH);
        inTx(() -> List.of(byName, byEmail, byWebsite, byContent).forEach(storage.comments()::save));
        PageRequest all = PageRequest.first(10);

        assertEquals(List.of(byContent.id(), byName.id()),
                ids(inTx(() -> storage.comments().findForModeration(new CommentFilter(null, null, "quarter"), all))));
        assertEquals(List.of(byEmail.id()),
                ids(inTx(() -> storage.comments().findForModeration(new CommentFilter(null, null, "SPECIAL.person"), all))));
        assertEquals(List.of(byWebsite.id()),
                ids(inTx(() -> storage.comments().findForModeration(new CommentFilter(null, null, "Cycling-Club"), all))));
        assertEquals(List.of(byContent.id()),
                ids(inTx(() -> storage.comments().findForModeration(new CommentFilter(null, null, "100%"), all))));
        assertEquals(List.of(),
                ids(inTx(() -> storage.comments().findForModeration(new CommentFilter(null, null, "o_"), all))));
        assertEquals(List.of(byName.id()), ids(inTx(() -> storage.comments()
                .findForModeration(new CommentFilter(ModerationStatus.PENDING, post.id(), "quarter"), all))));
        assertEquals(1, inTx(() -> storage.comments()
                .findForModeration(new CommentFilter(ModerationStatus.PENDING, null, "quarter"), all)).totalItems());
    }

    @Test
    void counts_the_comments_in_each_status_including_empty_ones() {
        Post post = storedPost();
        assertEquals(Map.of(ModerationStatus.PENDING, 0L, ModerationStatus.APPROVED, 0L, ModerationStatus.SPAM, 0L,
                ModerationStatus.TRASH, 0L), inTx(() -> storage.comments().countByStatus()));
        inTx(() -> {
            storage.comments().save(CommentFixtures.aPendingComment(post, T0));
            storage.comments().save(CommentFixtures.aPendingComment(post, T0));
            storage.comments().save(CommentFixtures.anApprovedComment(post, T0));
            storage.comments().save(comment(post, CommentFixtures.aCommenter(), "x", null, T0, ModerationStatus.SPAM));
        });
        assertEquals(Map.of(ModerationStatus.PENDING, 2L, ModerationStatus.APPROVED, 1L, ModerationStatus.SPAM, 1L,
                ModerationStatus.TRASH, 0L), inTx(() -> storage.comments().countByStatus()));
    }

    @Test
    void finds_an_exact_duplicate_from_the_same_email_on_the_same_post_in_any_status() {
        Post post = storedPost();
        Post otherPost = storedPost();
        Comment spam = comment(post, commenter("Amira", "Amira@example.org", null), "Great post!\nThanks", null, T0,
                ModerationStatus.SPAM);
        inTx(() -> storage.comments().save(spam));
        EmailAddress sameEmailOtherCase = EmailAddress.parse("amira@EXAMPLE.org");

        assertTrue(inTx(() -> storage.comments().existsDuplicate(post.id(), sameEmailOtherCase, new CommentText("Great post!\nThanks"))));
        assertFalse(inTx(() -> storage.comments().existsDuplicate(post.id(), sameEmailOtherCase, new CommentText("Great post!\nthanks"))));
        assertFalse(inTx(() -> storage.comments().existsDuplicate(otherPost.id(), sameEmailOtherCase, new CommentText("Great post!\nThanks"))));
        assertFalse(inTx(() -> storage.comments().existsDuplicate(post.id(), EmailAddress.parse("other@example.org"),
                new CommentText("Great post!\nThanks"))));
    }

    /**
     * Comments received together are stored by one transaction (SubmitCommentService's groups): each
     * is checked seeing the ones saved before it in that transaction.
     */
    @Test
    void sees_the_comments_saved_earlier_in_the_same_transaction() {
        Post post = storedPost();
        Comment first = comment(post, commenter("Amira", "amira@example.org", null), "Said once", null, T0,
                ModerationStatus.APPROVED);
        boolean[] seen = inTx(() -> {
            boolean before = storage.comments().existsDuplicate(post.id(), first.commenter().email(), first.text());
            storage.comments().save(first);
            return new boolean[] {before, storage.comments().existsDuplicate(post.id(), first.commenter().email(), first.text()),
                    storage.comments().hasApprovedComment("Amira", first.commenter().email())};
        });
        assertFalse(seen[0]);
        assertTrue(seen[1], "a duplicate of a comment saved earlier in the transaction");
        assertTrue(seen[2], "a commenter made known earlier in the transaction");
    }

    @Test
    void knows_a_commenter_with_an_approved_comment_by_name_and_email_ignoring_case() {
        Post post = storedPost();
        inTx(() -> {
            storage.comments().save(comment(post, commenter("Amira Haddad", "Amira@example.org", null), "a", null, T0,
                    ModerationStatus.APPROVED));
            storage.comments().save(comment(post, commenter("Jonas Berg", "jonas@example.net", null), "b", null, T0,
                    ModerationStatus.PENDING));
        });
        assertTrue(inTx(() -> storage.comments().hasApprovedComment("AMIRA haddad", EmailAddress.parse("amira@example.org"))));
        assertFalse(inTx(() -> storage.comments().hasApprovedComment("Amira", EmailAddress.parse("amira@example.org"))));
        assertFalse(inTx(() -> storage.comments().hasApprovedComment("Amira Haddad", EmailAddress.parse("amira@example.net"))));
        assertFalse(inTx(() -> storage.comments().hasApprovedComment("Jonas Berg", EmailAddress.parse("jonas@example.net"))),
                "a pending comment does not make its commenter known");
    }

    private static Comment fromSender(Post post, String email, String address, String userAgent, Instant at) {
        return Comment.submit(post, CommentId.generate(), new Commenter("Amira Haddad", EmailAddress.parse(email), null),
                new CommentText("A comment sent at " + at), null, address, userAgent, at);
    }

    @Test
    void keeps_the_user_agent_or_its_absence() {
        Post post = storedPost();
        Comment with = fromSender(post, "ua@example.org", "192.0.2.1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", T0);
        Comment without = fromSender(post, "ua@example.org", null, null, T0.plusSeconds(1));
        inTx(() -> {
            storage.comments().save(with);
            storage.comments().save(without);
        });

        assertEquals(Optional.of("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"),
                inTx(() -> storage.comments().findById(with.id())).orElseThrow().userAgent());
        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(without.id())).orElseThrow().userAgent());
    }

    @Test
    void finds_every_comment_of_an_address_ignoring_its_case_oldest_first_in_any_status() {
        Post post = storedPost();
        Comment later = fromSender(post, "Mixed.Case@example.org", null, null, T0.plusSeconds(60));
        Comment earlier = fromSender(post, "mixed.case@example.org", null, null, T0);
        earlier.markAsSpam();
        Comment someoneElse = fromSender(post, "other@example.org", null, null, T0.plusSeconds(30));
        inTx(() -> List.of(later, earlier, someoneElse).forEach(storage.comments()::save));

        assertEquals(List.of(earlier.id(), later.id()), inTx(() -> storage.comments()
                .findByEmail(EmailAddress.parse("MIXED.CASE@example.org"))).stream().map(Comment::id).toList());
    }

    @Test
    void an_anonymised_comment_is_stored_without_personal_data_and_matches_nobody() {
        Post post = storedPost();
        Comment comment = fromSender(post, "gone@example.org", "192.0.2.7", "Browser/1", T0);
        comment.approve();
        inTx(() -> storage.comments().save(comment));
        Comment stored = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();

        stored.anonymise();
        inTx(() -> storage.comments().save(stored));

        Comment found = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
        assertEquals("Anonymous", found.commenter().name());
        assertEquals(Optional.empty(), found.commenter().emailIfGiven());
        assertEquals(Optional.empty(), found.commenter().websiteIfGiven());
        assertEquals(Optional.empty(), found.senderAddress());
        assertEquals(Optional.empty(), found.userAgent());
        assertTrue(found.isAnonymised());
        EmailAddress gone = EmailAddress.parse("gone@example.org");
        assertEquals(List.of(), inTx(() -> storage.comments().findByEmail(gone)));
        assertFalse(inTx(() -> storage.comments().existsDuplicate(post.id(), gone, comment.text())));
        assertFalse(inTx(() -> storage.comments().hasApprovedComment("Amira Haddad", gone)));
        assertFalse(inTx(() -> storage.comments().hasApprovedComment("Anonymous", gone)));
    }

    @Test
    void tells_whether_a_comment_has_replies() {
        Post post = storedPost();
        Comment parent = CommentFixtures.anApprovedComment(post, T0);
        Comment reply = CommentFixtures.anApprovedReply(post, parent, T0.plusSeconds(1));
        inTx(() -> {
            storage.comments().save(parent);
            storage.comments().save(reply);
        });

        assertTrue(inTx(() -> storage.comments().hasReplies(parent.id())));
        assertFalse(inTx(() -> storage.comments().hasReplies(reply.id())));
    }

    @Test
    void forgets_sender_data_before_a_time_in_bounded_batches_oldest_first() {
        Post post = storedPost();
        Comment oldest = fromSender(post, "a@example.org", "192.0.2.1", null, T0);
        Comment older = fromSender(post, "b@example.org", null, "Browser/2", T0.plusSeconds(10));
        Comment old = fromSender(post, "c@example.org", "192.0.2.3", "Browser/3", T0.plusSeconds(20));
        Comment recent = fromSender(post, "d@example.org", "192.0.2.4", "Browser/4", T0.plusSeconds(100));
        Comment nothingToForget = fromSender(post, "e@example.org", null, null, T0.plusSeconds(5));
        inTx(() -> List.of(oldest, older, old, recent, nothingToForget).forEach(storage.comments()::save));
        long versionBefore = inTx(() -> storage.comments().findById(oldest.id())).orElseThrow().version();
        Instant before = T0.plusSeconds(50);

        assertEquals(2, inTx(() -> storage.comments().forgetSenderDataBefore(before, 2)));
        assertEquals(1, inTx(() -> storage.comments().forgetSenderDataBefore(before, 2)));
        assertEquals(0, inTx(() -> storage.comments().forgetSenderDataBefore(before, 2)));

        for (Comment forgotten : List.of(oldest, older, old)) {
            Comment found = inTx(() -> storage.comments().findById(forgotten.id())).orElseThrow();
            assertEquals(Optional.empty(), found.senderAddress());
            assertEquals(Optional.empty(), found.userAgent());
            assertEquals(forgotten.commenter(), found.commenter(), "the rest of the comment stays");
        }
        Comment kept = inTx(() -> storage.comments().findById(recent.id())).orElseThrow();
        assertEquals(Optional.of("192.0.2.4"), kept.senderAddress());
        assertEquals(Optional.of("Browser/4"), kept.userAgent());
        assertTrue(inTx(() -> storage.comments().findById(oldest.id())).orElseThrow().version() > versionBefore,
                "a moderator's save based on the earlier reading must fail");
        Comment stale = inTx(() -> storage.comments().findById(recent.id())).orElseThrow();
        assertEquals(kept.version(), stale.version());
    }

    @Test
    void a_save_from_a_reading_before_the_sender_data_was_forgotten_fails() {
        Post post = storedPost();
        Comment comment = fromSender(post, "a@example.org", "192.0.2.1", "Browser/1", T0);
        inTx(() -> storage.comments().save(comment));
        Comment read = inTx(() -> storage.comments().findById(comment.id())).orElseThrow();
        inTx(() -> storage.comments().forgetSenderDataBefore(T0.plusSeconds(1), 10));

        read.approve();
        assertThrows(ConcurrentUpdateException.class, () -> inTx(() -> storage.comments().save(read)));
        assertEquals(Optional.empty(), inTx(() -> storage.comments().findById(comment.id())).orElseThrow().senderAddress());
    }
}
