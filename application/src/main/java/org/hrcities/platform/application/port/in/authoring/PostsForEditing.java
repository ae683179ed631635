package org.hrcities.platform.application.port.in.authoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.hrcities.platform.domain.post.Post;
import org.hrcities.platform.domain.post.PostStatus;
import org.hrcities.platform.domain.shared.Page;

/**
 * A page of the posts an editor asked for, with how many posts there are in each status on the
 * whole site (for the "All (12) | Drafts (2) | Published (10)" links), whatever the query filtered.
 */
public record PostsForEditing(Page<Post> posts, Map<PostStatus, Long> countsByStatus) {

    public PostsForEditing {
        Objects.requireNonNull(posts, "posts");
        EnumMap<PostStatus, Long> counts = new EnumMap<>(PostStatus.class);
        for (PostStatus status : PostStatus.values()) {
            counts.put(status, countsByStatus.getOrDefault(status, 0L));
        }
        countsByStatus = Map.copyOf(counts);
    }

    public long count(PostStatus status) {
        return countsByStatus.get(status);
    }

    /** Posts in any status. */
    public long countAll() {
        return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
