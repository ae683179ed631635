package org.hrcities.platform.application.service.authoring;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hrcities.platform.application.port.out.PostRepository;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostId;
import org.hrcities.platform.domain.shared.Slug;

/**
 * Answers a mocked {@link PostRepository}'s reads from the posts a test stored and the service
 * saved (each save stores a copy at the next version), and records every save, so that a test
 * checks what the service wrote and that a refused change wrote nothing.
 */
final class StubbedPosts {

    final Map<PostId, Post> stored = new HashMap<>();
    final List<Post> saved = new ArrayList<>();

    StubbedPosts(PostRepository posts) {
        lenient().when(posts.findById(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.<PostId>getArgument(0)))
                .map(StubbedPosts::copy));
        lenient().when(posts.findBySlug(any(), any())).thenAnswer(call -> stored.values().stream()
                .filter(post -> post.language().equals(call.getArgument(0)) && post.slug().equals(call.getArgument(1)))
                .findFirst().map(StubbedPosts::copy));
        lenient().when(posts.findByFormerSlug(any(), any())).thenAnswer(call -> stored.values().stream()
                .filter(post -> post.language().equals(call.getArgument(0))
                        && post.formerSlugs().contains(call.<Slug>getArgument(1))).findFirst()
                .map(StubbedPosts::copy));
        lenient().when(posts.findTranslations(any())).thenAnswer(call -> stored.values().stream()
                .filter(post -> post.translationGroup().equals(call.getArgument(0)))
                .sorted(Comparator.comparing(Post::language)).map(StubbedPosts::copy).toList());
        lenient().doAnswer(call -> {
            Post post = call.getArgument(0);
            saved.add(post);
            stored.put(post.id(), copy(post, post.version() + 1));
            return null;
        }).when(posts).save(any());
    }

    /** Stores the post at version 1, and answers it as an editor would have read it. */
    Post given(Post post) {
        stored.put(post.id(), copy(post, 1));
        return copy(post, 1);
    }

    static Post copy(Post post) {
        return copy(post, post.version());
    }

    static Post copy(Post post, long version) {
        Post copy = Post.reconstitute(post.id(), post.language(), post.translationOf().orElse(null), post.slug(), post.formerSlugs(), post.content(), post.authorName(),
                post.status(), post.publishedAt().orElse(null), post.partnerCities(), post.topics(), post.commentsOpen(),
                post.updatedAt(), version);
        copy.feature(post.featuredImage().orElse(null));
        return copy;
    }
}
